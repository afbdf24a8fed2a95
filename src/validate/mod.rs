//! Validation of a payment token session request given as JSON.
//!
//! [`validate_payment_token_session`] returns *every* issue in a request, each named by a JSON
//! Pointer, with a stable snake_case code ([`IssueCode`]) and a severity: `error` blocks the
//! request, `warning` is advice. The order is deterministic: the known fields in the order of
//! Dintero's documentation page, each field's rules in a fixed order, then unknown keys of the
//! same object (sorted by key). Unknown fields are reported as warnings and never looked into.
//!
//! The validator never panics and does work linear in the size of the parts of the input it
//! knows, whatever the input is.

mod callback_params;
mod codes;
mod color;
mod contact;
mod date_time;
mod describe;
mod iso_codes;
mod issue;
mod metadata;
mod node;
mod report;
mod schema;
pub(crate) mod suggest;
mod system_headers;
mod text_rules;
mod token_provider;
mod walk;

#[cfg(test)]
mod tests;

pub use codes::IssueCode;
pub use issue::{Severity, ValidationIssue};
pub use system_headers::{system_header_value_issues, SYSTEM_HEADER_MAX_CHARS};

use serde_json::Value;

/// Every issue in the payment token session request `input`, in a deterministic order
/// (document order of the known schema, then rule order). `now_unix_ms` is the current time
/// in milliseconds since the Unix epoch; `session.expires_at` must be later than it.
pub fn validate_payment_token_session(input: &Value, now_unix_ms: i64) -> Vec<ValidationIssue> {
    validate_node(&node::Node::from_value(input), now_unix_ms)
}

/// [`validate_payment_token_session`] for a request given as JSON text, or `None` if the text
/// is not JSON that `serde_json::from_str` accepts. Faster than parsing the text into a
/// `serde_json::Value` first: strings are borrowed from `text`.
pub fn validate_payment_token_session_json(
    text: &str,
    now_unix_ms: i64,
) -> Option<Vec<ValidationIssue>> {
    node::Node::parse(text).map(|input| validate_node(&input, now_unix_ms))
}

fn validate_node(input: &node::Node<'_>, now_unix_ms: i64) -> Vec<ValidationIssue> {
    let product_type = input
        .get("token_provider")
        .and_then(|provider| provider.get("payment_product_type"))
        .and_then(node::Node::as_str)
        .and_then(token_provider::known_product_type);
    let in_app_channel = input
        .get("session")
        .and_then(|session| session.get("configuration"))
        .and_then(|configuration| configuration.get("channel"))
        .and_then(node::Node::as_str)
        == Some("in_app");
    let mut report = report::Report::new(now_unix_ms, product_type, in_app_channel);
    walk::check_object(input, &report::Location::Root, schema::REQUEST, &mut report);
    report.into_issues()
}

/// What the `strict` option adds to a promoted warning's message.
pub const STRICT_NOTE: &str = " (a warning, made an error by the `strict` option)";

/// `issues` as the `strict` option sees them: with `strict`, every warning becomes an error
/// (and says so in its message); without it, `issues` unchanged.
pub fn apply_strict(mut issues: Vec<ValidationIssue>, strict: bool) -> Vec<ValidationIssue> {
    if strict {
        for issue in issues.iter_mut().filter(|issue| !issue.is_error()) {
            issue.severity = Severity::Error;
            issue.message.push_str(STRICT_NOTE);
        }
    }
    issues
}

/// Whether any issue in `issues` is an error (and so blocks the request).
pub fn has_errors(issues: &[ValidationIssue]) -> bool {
    issues.iter().any(ValidationIssue::is_error)
}
