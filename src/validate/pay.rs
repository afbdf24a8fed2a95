//! The rules of a charge (`POST /v1/sessions/pay`) that span fields: the product type, and the
//! token it needs under `session.customer.tokens`.
//!
//! Severity follows the policy of the session request: an error only where the spec makes the
//! request invalid (the spec's discriminator values `payex.creditcard` and `bambora.creditcard`,
//! Y24 l.2206-2231; a charge with no token for its product type has nothing to charge), a warning
//! where it is probably a mistake (a token kind the provider does not issue; a product type the
//! 2024 spec does not list but Dintero's newer material uses, `dintero_psp.creditcard`).

use super::codes::IssueCode;
use super::describe::quoted;
use super::node::Node;
use super::report::{Location, Report};
use super::suggest::check_one_of;

/// The product types of the spec's `PayPayment` subtypes (x-discriminator-value).
const SPEC_PRODUCT_TYPES: [&str; 2] = ["payex.creditcard", "bambora.creditcard"];

/// Product types Dintero's newer material charges with this endpoint, with the token kinds each
/// issues (lifecycle.md §4: Swedbank Pay issues both, Bambora and Dintero PSP `payment_token`).
const PROVIDERS: [(&str, &[&str]); 3] = [
    ("payex.creditcard", &["payment_token", "recurrence_token"]),
    ("bambora.creditcard", &["payment_token"]),
    ("dintero_psp.creditcard", &["payment_token"]),
];

/// The token kinds a charge can carry.
const TOKEN_KINDS: [&str; 2] = ["payment_token", "recurrence_token"];

/// `payment.payment_product_type`.
pub(super) fn check_product_type(text: &str, at: &Location<'_>, report: &mut Report<'_>) {
    if SPEC_PRODUCT_TYPES.contains(&text) {
        return;
    }
    if PROVIDERS.iter().any(|(name, _)| *name == text) {
        report.add(
            IssueCode::UnlistedProductType,
            at,
            format!(
                "{} is not among the product types Dintero's 2024 spec lists for this endpoint \
                 (payex.creditcard, bambora.creditcard); newer Dintero material uses it, so it is sent as given",
                quoted(text)
            ),
        );
        return;
    }
    let names: Vec<&str> = PROVIDERS.iter().map(|(name, _)| *name).collect();
    if let Err(message) = check_one_of(text, &names) {
        report.add(IssueCode::InvalidEnumValue, at, message);
    }
}

/// The token of `payment.payment_product_type` under `session.customer.tokens`: an error when
/// there is none, a warning for a kind the provider does not issue. Nothing is said for a
/// product type the validator does not know (that is reported at the product type).
pub(super) fn check_tokens(input: &Node<'_>, report: &mut Report<'_>) {
    let Some(product_type) = input
        .get("payment")
        .and_then(|payment| payment.get("payment_product_type"))
        .and_then(Node::as_str)
    else {
        return;
    };
    let Some((product_type, issued)) = PROVIDERS.iter().find(|(name, _)| *name == product_type)
    else {
        return;
    };
    let root = Location::Root;
    let session = root.key("session");
    let customer = session.key("customer");
    let tokens_at = customer.key("tokens");
    let entry_at = tokens_at.key(product_type);
    let entry = input
        .get("session")
        .and_then(|session| session.get("customer"))
        .and_then(|customer| customer.get("tokens"))
        .and_then(|tokens| tokens.get(product_type));
    let present: Vec<&str> = TOKEN_KINDS
        .iter()
        .copied()
        .filter(|kind| {
            entry
                .and_then(|entry| entry.get(kind))
                .and_then(Node::as_str)
                .is_some_and(|token| !token.is_empty())
        })
        .collect();
    if present.is_empty() {
        if entry.is_none() || entry.is_some_and(|e| e.as_object().is_some()) {
            report.add(
                IssueCode::MissingToken,
                &entry_at,
                format!(
                    "no `payment_token` or `recurrence_token` for `{product_type}` \
                     (the `payment.payment_product_type`): there is no card to charge"
                ),
            );
        }
        return;
    }
    for kind in present.into_iter().filter(|kind| !issued.contains(kind)) {
        report.add(
            IssueCode::TokenTypeNotIssued,
            &entry_at.key(kind),
            format!(
                "`{product_type}` does not issue a `{kind}` (it issues {}); Dintero will probably refuse it",
                issued.join(", ")
            ),
        );
    }
}
