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
mod expect;
mod iso_codes;
mod issue;
mod metadata;
mod node;
mod pay;
mod report;
mod schema;
mod severity;
pub(crate) mod suggest;
mod system_headers;
mod text_rules;
mod token_provider;
mod walk;

#[cfg(test)]
mod tests;

pub use codes::IssueCode;
pub use date_time::parse_rfc3339_unix_ms;
pub use issue::ValidationIssue;
pub use severity::Severity;
pub use system_headers::{system_header_value_issues, SYSTEM_HEADER_MAX_CHARS};

use serde_json::Value;

/// A request body the validator knows. One entry point validates each (from a value or from
/// JSON text) and the builder refuses it on errors the same way: a new endpoint's request is a
/// new variant with its field table (from its model) and its rule file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestKind {
    /// `POST /v1/sessions/payment-token`.
    PaymentTokenSession,
    /// `POST /v1/sessions/pay`.
    PayWithToken,
}

impl RequestKind {
    /// How error messages name the request.
    pub fn subject(self) -> &'static str {
        match self {
            RequestKind::PaymentTokenSession => "the payment token session request",
            RequestKind::PayWithToken => "the payment request",
        }
    }

    /// Every issue in `input`, in a deterministic order (document order of the known schema,
    /// then rule order). `now_unix_ms` is the current time in milliseconds since the Unix
    /// epoch (`session.expires_at` must be later than it).
    pub fn validate(self, input: &Value, now_unix_ms: i64) -> Vec<ValidationIssue> {
        self.validate_node(&node::Node::from_value(input), now_unix_ms)
    }

    /// [`RequestKind::validate`] for a request given as JSON text, or `None` if the text is
    /// not JSON that `serde_json::from_str` accepts. Strings are borrowed from `text`.
    pub fn validate_json(self, text: &str, now_unix_ms: i64) -> Option<Vec<ValidationIssue>> {
        node::Node::parse(text).map(|input| self.validate_node(&input, now_unix_ms))
    }

    fn validate_node(self, input: &node::Node<'_>, now_unix_ms: i64) -> Vec<ValidationIssue> {
        match self {
            RequestKind::PaymentTokenSession => validate_session_node(input, now_unix_ms),
            RequestKind::PayWithToken => {
                let mut report = report::Report::new(now_unix_ms, None, false);
                walk::check_object(
                    input,
                    &report::Location::Root,
                    schema::PAY_REQUEST,
                    &mut report,
                );
                pay::check_tokens(input, &mut report);
                report.into_issues()
            }
        }
    }
}

/// Every issue in the payment token session request `input` ([`RequestKind::validate`]).
pub fn validate_payment_token_session(input: &Value, now_unix_ms: i64) -> Vec<ValidationIssue> {
    RequestKind::PaymentTokenSession.validate(input, now_unix_ms)
}

/// [`validate_payment_token_session`] for a request given as JSON text
/// ([`RequestKind::validate_json`]).
pub fn validate_payment_token_session_json(
    text: &str,
    now_unix_ms: i64,
) -> Option<Vec<ValidationIssue>> {
    RequestKind::PaymentTokenSession.validate_json(text, now_unix_ms)
}

/// Every issue in the charge request `input` ([`RequestKind::validate`]).
pub fn validate_pay_with_token(input: &Value, now_unix_ms: i64) -> Vec<ValidationIssue> {
    RequestKind::PayWithToken.validate(input, now_unix_ms)
}

fn validate_session_node(input: &node::Node<'_>, now_unix_ms: i64) -> Vec<ValidationIssue> {
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
