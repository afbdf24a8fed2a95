//! Fields of a JSON object that this version of the model does not know.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use std::ops::{Deref, DerefMut};
use tsify::Tsify;

/// Members of a JSON object that this version of the model does not know, kept verbatim
/// so they survive a parse / serialize round trip unchanged.
///
/// Every model type flattens one of these, so a field Dintero adds later is neither
/// rejected nor dropped. In TypeScript the type declares nothing: the members are present at
/// run time, and reading one needs a cast, exactly as for any property a type does not declare.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
#[serde(transparent)]
#[tsify(type = "{}")]
pub struct UnknownFields(pub Map<String, Value>);

impl UnknownFields {
    /// An empty set of unknown fields.
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> Deserialize<'de> for UnknownFields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let members = Map::deserialize(deserializer)?;
        #[cfg(test)]
        recorded::record(&members);
        Ok(Self(members))
    }
}

impl Deref for UnknownFields {
    type Target = Map<String, Value>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for UnknownFields {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl From<Map<String, Value>> for UnknownFields {
    fn from(map: Map<String, Value>) -> Self {
        Self(map)
    }
}

/// Test support: which unknown members the parses of the current thread met, so tests can
/// prove that a fixture is fully modelled (nothing landed in an [`UnknownFields`]).
#[cfg(test)]
pub(crate) mod recorded {
    use serde_json::{Map, Value};
    use std::cell::RefCell;

    thread_local! {
        static KEYS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn record(members: &Map<String, Value>) {
        KEYS.with(|keys| keys.borrow_mut().extend(members.keys().cloned()));
    }

    /// Returns the unknown member names met since the last call, and forgets them.
    pub(crate) fn take() -> Vec<String> {
        KEYS.with(|keys| std::mem::take(&mut *keys.borrow_mut()))
    }
}
