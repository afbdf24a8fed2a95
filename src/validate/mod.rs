//! Validation of a payment token session request given as JSON.

mod issue;

pub use issue::{Severity, ValidationIssue};

use crate::json_pointer::JsonPointer;
use serde_json::Value;

/// Every issue in `input`, in a deterministic order (document order, then rule order).
pub fn validate_payment_token_session(input: &Value) -> Vec<ValidationIssue> {
    let mut issues = Vec::new();
    let root = JsonPointer::root();
    match input.as_object() {
        None => issues.push(ValidationIssue::error(root.as_str(), "invalid_type", "expected an object with `session` and `token_provider`")),
        Some(obj) => {
            for key in ["session", "token_provider"] {
                if !obj.contains_key(key) {
                    issues.push(ValidationIssue::error(root.key(key).as_str(), "required", format!("`{key}` is required")));
                }
            }
        }
    }
    issues
}
