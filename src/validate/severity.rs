//! How bad a validation issue is.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// How bad an issue is: `error` blocks the request, `warning` is advice and the request is sent
/// (unless the `strict` option makes warnings errors).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Dintero's spec makes the request invalid, or the session could not work; nothing is sent.
    Error,
    /// Probably a mistake, but the request is still sent as given.
    Warning,
}
