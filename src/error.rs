//! Errors users branch on.
//!
//! An [`Error`] crosses the wasm boundary as a plain object; the JS wrapper turns it into an
//! instance of the class named by [`ErrorKind::class_name`] (`DinteroValidationError`, ...).
//! Nothing in here ever holds a client secret or an access token: messages built from text that
//! came from outside (transport messages, response bodies) are redacted by the client first.

use crate::validate::ValidationIssue;
use serde::Serialize;
use serde_json::Value;
use std::fmt;

mod kinds;

pub use kinds::{ErrorCode, ErrorKind};

/// What an HTTP error response said besides its status: request id and Dintero's error body
/// (`{"error": {"code", "message", "errors"}}`). Boxed in [`Error`] to keep results small.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseDetails {
    /// The request id from the response headers (`request-id`, `x-request-id` or
    /// `dintero-request-id`), when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Dintero's `error.code` from the response body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dintero_code: Option<String>,
    /// Dintero's `error.message` from the response body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dintero_message: Option<String>,
    /// Dintero's `error.errors` from the response body (nested validation errors), as
    /// serde_json reads them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<Value>>,
    /// The error body's exact text when it has `error.errors`: the wasm boundary gives JS
    /// callers `errors` as `JSON.parse(body).error.errors`, so its numbers and member order are
    /// as sent. When a secret had to be redacted from `errors`, the printed
    /// `{"error":{"errors":[...]}}` of the redacted values instead.
    #[serde(skip)]
    pub error_body_json: Option<String>,
}

/// What a charge's error says about the payment: its merchant reference and, for a decline,
/// the transaction and Dintero's decline reason in both shapes it has used. Boxed in [`Error`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentDetails {
    /// The `merchant_reference` of the charge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_reference: Option<String>,
    /// The transaction's `status` (`FAILED`, `DECLINED`, `AUTHORIZATION_VOIDED`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// `retry_policy.retry_codes` (2026), or `["DO_NOT_RETRY"]` for a 2024 `type` of
    /// `DO_NOT_RETRY`; empty when Dintero gave none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_codes: Option<Vec<String>>,
    /// Whether a new charge (with a new merchant reference) may succeed: `false` for
    /// `DO_NOT_RETRY` and whenever Dintero does not say a retry may work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retryable: Option<bool>,
    /// The transaction's exact text (JS reads `transaction` from it), card tokens redacted.
    #[serde(skip)]
    pub transaction_json: Option<String>,
    /// The event error's `type` as sent (a string in 2024, an array in 2026), as JSON text.
    #[serde(skip)]
    pub error_type_json: Option<String>,
    /// The event error's `retry_policy` as sent (2026), as JSON text.
    #[serde(skip)]
    pub retry_policy_json: Option<String>,
}

/// A failure, with everything needed to branch on it and nothing secret.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Error {
    /// Which JS class this becomes.
    pub kind: ErrorKind,
    /// Stable snake_case identifier, e.g. `validation_failed`, `rate_limited`, `timeout`.
    pub code: String,
    /// Human readable message.
    pub message: String,
    /// The validation issues (for [`ErrorKind::Validation`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<ValidationIssue>,
    /// The HTTP status of the last response, when there was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// How many HTTP attempts were made for the failing request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempts: Option<u32>,
    /// Seconds Dintero asked to wait (`Retry-After`), when it said so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<f64>,
    /// Request id and Dintero's error body, serialised inline (`requestId`, `dinteroCode`,
    /// `dinteroMessage`, `errors`).
    #[serde(flatten)]
    pub response: Option<Box<ResponseDetails>>,
    /// The charge's details (`merchantReference`, `retryCodes`, `retryable`, ...), inline.
    #[serde(flatten)]
    pub payment: Option<Box<PaymentDetails>>,
}

impl Error {
    /// An error of `kind` with only a code and a message.
    pub fn new(kind: ErrorKind, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            kind,
            code: code.as_str().to_owned(),
            message: message.into(),
            issues: Vec::new(),
            status: None,
            attempts: None,
            retry_after: None,
            response: None,
            payment: None,
        }
    }

    /// The error thrown when a payload has error-severity issues.
    pub fn validation(issues: Vec<ValidationIssue>) -> Self {
        Self::validation_of("the payment token session request", issues)
    }

    /// The error thrown when the payload `subject` names has error-severity issues.
    pub fn validation_of(subject: &str, issues: Vec<ValidationIssue>) -> Self {
        Self::invalid(ErrorCode::ValidationFailed, subject, issues)
    }

    /// The error thrown when client or call options have error-severity issues.
    pub fn invalid_options(issues: Vec<ValidationIssue>) -> Self {
        Self::invalid(ErrorCode::InvalidOptions, "the options", issues)
    }

    /// The error thrown when a method argument (e.g. a transaction id) is invalid.
    pub fn invalid_arguments(issues: Vec<ValidationIssue>) -> Self {
        Self::invalid(ErrorCode::InvalidArguments, "the arguments", issues)
    }

    fn invalid(code: ErrorCode, subject: &str, issues: Vec<ValidationIssue>) -> Self {
        let errors: Vec<&ValidationIssue> = issues.iter().filter(|i| i.is_error()).collect();
        let mut message = format!("{subject} has {} error(s)", errors.len());
        for issue in errors.iter().take(5) {
            message.push_str(&format!(
                "; {} at `{}`: {}",
                issue.code, issue.path, issue.message
            ));
        }
        if errors.len() > 5 {
            message.push_str(&format!("; and {} more (see .issues)", errors.len() - 5));
        }
        Self {
            issues,
            ..Self::new(ErrorKind::Validation, code, message)
        }
    }

    /// The request id from the response headers, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.response.as_ref().and_then(|r| r.request_id.as_deref())
    }

    /// Dintero's `error.code`, if any.
    pub fn dintero_code(&self) -> Option<&str> {
        self.response
            .as_ref()
            .and_then(|r| r.dintero_code.as_deref())
    }

    /// Dintero's `error.message`, if any.
    pub fn dintero_message(&self) -> Option<&str> {
        self.response
            .as_ref()
            .and_then(|r| r.dintero_message.as_deref())
    }

    /// Dintero's `error.errors`, if any.
    pub fn dintero_errors(&self) -> Option<&[Value]> {
        self.response.as_ref().and_then(|r| r.errors.as_deref())
    }

    /// The JSON text JS reads Dintero's `error.errors` from (see
    /// [`ResponseDetails::error_body_json`]).
    pub fn dintero_error_body_json(&self) -> Option<&str> {
        self.response
            .as_ref()
            .and_then(|r| r.error_body_json.as_deref())
    }

    /// Sets how many attempts were made.
    pub fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = Some(attempts);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.class_name(), self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `code: "..."` literal of the JS wrapper is an [`ErrorCode`] or an
    /// [`crate::validate::IssueCode`]: the JS layer has no codes of its own.
    #[test]
    fn js_codes_are_rust_codes() {
        let sources = [
            include_str!("../pkg-template/src/client.js"),
            include_str!("../pkg-template/src/error-mapping.js"),
            include_str!("../pkg-template/src/runtime.js"),
            include_str!("../pkg-template/src/validation.js"),
            include_str!("../pkg-template/src/hooks.js"),
        ];
        let mut seen = 0;
        for source in sources {
            for literal in source.split("code: \"").skip(1) {
                let code = literal.split('"').next().unwrap();
                let known = ErrorCode::ALL.iter().any(|c| c.as_str() == code)
                    || crate::validate::IssueCode::ALL
                        .iter()
                        .any(|c| c.as_str() == code);
                assert!(known, "JS code `{code}` is not declared in Rust");
                seen += 1;
            }
        }
        // The errors the wasm module cannot raise itself: not loaded, trapped, a foreign value.
        assert!(seen >= 3, "{seen}");
    }

    #[test]
    fn serialises_camel_case_and_skips_absent_fields() {
        let mut error =
            Error::new(ErrorKind::RateLimit, ErrorCode::RateLimited, "slow down").with_attempts(3);
        error.status = Some(429);
        error.retry_after = Some(2.0);
        error.response = Some(Box::new(ResponseDetails {
            request_id: Some("r-1".into()),
            dintero_code: Some("TOO_MANY".into()),
            ..ResponseDetails::default()
        }));
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "rate_limit", "code": "rate_limited", "message": "slow down", "status": 429,
                "requestId": "r-1", "attempts": 3, "dinteroCode": "TOO_MANY", "retryAfter": 2.0
            })
        );
    }

    #[test]
    fn stays_small_enough_to_return_by_value() {
        assert!(
            std::mem::size_of::<Error>() <= 128,
            "{}",
            std::mem::size_of::<Error>()
        );
    }

    #[test]
    fn every_kind_names_a_dintero_class() {
        for kind in ErrorKind::ALL {
            assert!(
                kind.class_name().starts_with("Dintero") && kind.class_name().ends_with("Error")
            );
        }
    }

    #[test]
    fn invalid_options_lists_the_issues() {
        let error = Error::invalid_options(vec![ValidationIssue::error(
            "/accountId",
            crate::validate::IssueCode::Required,
            "`accountId` is required",
        )]);
        assert_eq!(error.code, "invalid_options");
        assert!(
            error.message.contains("required at `/accountId`"),
            "{}",
            error.message
        );
        assert_eq!(
            error.to_string(),
            format!("DinteroValidationError: {}", error.message)
        );
    }
}
