//! Errors users branch on.
//!
//! An [`Error`] crosses the wasm boundary as a plain object; the JS wrapper turns it into an
//! instance of the class named by [`ErrorKind::class_name`] (`DinteroValidationError`, ...).
//! Nothing in here ever holds a client secret or an access token.

use crate::validate::ValidationIssue;
use serde::Serialize;

/// Which error class a failure maps to in JavaScript.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The request payload or options are invalid; nothing was sent.
    Validation,
}

impl ErrorKind {
    /// The JS class name this kind becomes.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Validation => "DinteroValidationError",
        }
    }
}

/// A failure, with everything needed to branch on it and nothing secret.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Error {
    /// Which JS class this becomes.
    pub kind: ErrorKind,
    /// Stable snake_case identifier, e.g. `validation_failed`.
    pub code: String,
    /// Human readable message.
    pub message: String,
    /// The validation issues (for [`ErrorKind::Validation`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<ValidationIssue>,
}

impl Error {
    /// The error thrown when a payload has error-severity issues.
    pub fn validation(issues: Vec<ValidationIssue>) -> Self {
        let errors: Vec<&ValidationIssue> = issues.iter().filter(|i| i.is_error()).collect();
        let mut message = format!("the payment token session request has {} error(s)", errors.len());
        for issue in errors.iter().take(5) {
            message.push_str(&format!("; {} at `{}`: {}", issue.code, issue.path, issue.message));
        }
        if errors.len() > 5 {
            message.push_str(&format!("; and {} more (see .issues)", errors.len() - 5));
        }
        Self { kind: ErrorKind::Validation, code: "validation_failed".into(), message, issues }
    }
}
