//! Fields whose JSON value may be an explicit `null`.
//!
//! A plain `Option<T>` reads `null` and a missing member alike as `None`, and writes `None` as
//! a missing member, so an explicit `null` would not survive a round trip. A field that Dintero
//! documents with a `null` value is an `Option<Option<T>>` instead:
//! `None` = absent, `Some(None)` = `null`, `Some(Some(v))` = a value.
//! Use it as
//! `#[serde(default, deserialize_with = "nullable::deserialize", skip_serializing_if = "Option::is_none")]`.

use serde::{Deserialize, Deserializer};

/// Reads a present member (including `null`) as `Some(..)`; a missing member never reaches
/// this function and becomes `None` through `#[serde(default)]`.
pub(crate) fn deserialize<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
