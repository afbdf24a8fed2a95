//! One problem found in a payload.

use super::codes::IssueCode;
use super::severity::Severity;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// One problem in a payload, with where it is and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Tsify)]
pub struct ValidationIssue {
    /// JSON Pointer (RFC 6901) of the offending value, e.g. `/session/order/currency`.
    pub path: String,
    /// Stable snake_case identifier to branch on, e.g. `required`, `invalid_currency`.
    #[tsify(type = "IssueCode")]
    pub code: String,
    /// Human readable explanation.
    pub message: String,
    /// `error` blocks the request; `warning` does not.
    pub severity: Severity,
}

impl ValidationIssue {
    /// An error-severity issue.
    pub fn error(path: impl Into<String>, code: IssueCode, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            code: code.as_str().to_owned(),
            message: message.into(),
            severity: Severity::Error,
        }
    }

    /// A warning-severity issue.
    pub fn warning(path: impl Into<String>, code: IssueCode, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            code: code.as_str().to_owned(),
            message: message.into(),
            severity: Severity::Warning,
        }
    }

    /// Whether this issue blocks the request.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
