//! `token_provider`: the payment product type and the token types and auth methods it allows.
//!
//! The wire values of `payment_product_type` are the spec's `x-discriminator-value`s
//! (`payex.creditcard`, `bambora.creditcard`) plus the `dintero_psp.*` providers of the newer
//! documentation. Where the 2024 spec and the newer documentation disagree, the newer one wins:
//! `bambora.creditcard` allows only `payment_token` (the 2024 spec also had `recurrence_token`).

use super::codes::IssueCode;
use super::describe::quoted;
use super::expect::{expect_array, expect_string};
use super::node::Node;
use super::report::{Location, Report};
use super::schema::ListRule;
use super::suggest::check_one_of;
use crate::model::{TokenAuthMethod, TokenType};

/// Every known `payment_product_type` with the token types it can create.
const PROVIDERS: [(&str, &[&str]); 5] = [
    ("payex.creditcard", &["payment_token", "recurrence_token"]),
    ("bambora.creditcard", &["payment_token"]),
    ("dintero_psp.creditcard", &["payment_token"]),
    ("dintero_psp.googlepay", &["payment_token"]),
    ("dintero_psp.clicktopay", &["payment_token"]),
];

/// Every token type of any provider.
const TOKEN_TYPES: &[&str] = TokenType::KNOWN;

/// The authentication methods of `dintero_psp.*` providers (list order = preference).
const AUTH_METHODS: &[&str] = TokenAuthMethod::KNOWN;

/// Schema names some generated clients put on the wire by mistake, with the real wire value.
const SCHEMA_NAMES: [(&str, &str); 5] = [
    ("PayExTokenProvider", "payex.creditcard"),
    ("BamboraTokenProvider", "bambora.creditcard"),
    ("DinteroPspCardTokenProvider", "dintero_psp.creditcard"),
    ("DinteroPspGooglePayTokenProvider", "dintero_psp.googlepay"),
    (
        "DinteroPspClickToPayPayTokenProvider",
        "dintero_psp.clicktopay",
    ),
];

/// `text` when it is a known `payment_product_type` wire value.
pub(super) fn known_product_type(text: &str) -> Option<&str> {
    PROVIDERS
        .iter()
        .any(|(name, _)| *name == text)
        .then_some(text)
}

/// Wire values that appear in Dintero's generated 2026 types as `payment_product_type` enum
/// values but have no `x-discriminator-value` or documentation example confirming them.
const UNVERIFIED: [&str; 2] = ["dintero_psp.googlepay", "dintero_psp.clicktopay"];

/// `payment_product_type`: an error for a value that is not a known wire value (the spec's
/// discriminator values), a warning for a known but unconfirmed one.
pub(super) fn check_product_type(text: &str, at: &Location<'_>, report: &mut Report<'_>) {
    if UNVERIFIED.contains(&text) {
        report.add(
            IssueCode::UnverifiedProductType,
            at,
            format!(
                "{} appears in Dintero's 2026 API types, but no published example or discriminator value confirms \
                 it as a wire value; it is sent as given",
                quoted(text)
            ),
        );
        return;
    }
    if known_product_type(text).is_some() {
        return;
    }
    let names: Vec<&str> = PROVIDERS.iter().map(|(name, _)| *name).collect();
    if let Err(message) = check_one_of(text, &names) {
        let message = match SCHEMA_NAMES.iter().find(|(schema, _)| *schema == text) {
            Some((_, wire)) => format!(
                "{} is a schema name, not the value sent on the wire; use `{wire}` (known values: {})",
                quoted(text),
                names.join(", ")
            ),
            None => message,
        };
        report.add(IssueCode::InvalidEnumValue, at, message);
    }
}

/// Checks `token_types` or `token_supported_auth_methods`.
pub(super) fn check_list(
    rule: ListRule,
    value: &Node<'_>,
    at: &Location<'_>,
    report: &mut Report<'_>,
) {
    match rule {
        ListRule::TokenTypes => {
            let allowed = report
                .product_type
                .and_then(|p| PROVIDERS.iter().find(|(name, _)| *name == p));
            let Some(items) = expect_array(value, at, report) else {
                return;
            };
            if items.is_empty() {
                let example = allowed
                    .and_then(|(_, types)| types.first())
                    .unwrap_or(&"payment_token");
                report.add(
                    IssueCode::EmptyArray,
                    at,
                    format!(
                        "`token_types` is empty, so no token would be created; ask for at least one, e.g. `[\"{example}\"]`"
                    ),
                );
            }
            check_unique_items(
                items,
                at,
                TOKEN_TYPES,
                report,
                |token_type, item_at, report| {
                    if let Some((provider, types)) =
                        allowed.filter(|(_, types)| !types.contains(&token_type))
                    {
                        report.add(
                            IssueCode::TokenTypeNotSupported,
                            item_at,
                            format!(
                                "`{provider}` cannot create a `{token_type}`; it supports {}",
                                types.join(", ")
                            ),
                        );
                    }
                },
            );
        }
        ListRule::AuthMethods => {
            if let Some(provider) = report
                .product_type
                .filter(|p| !p.starts_with("dintero_psp."))
            {
                report.add(
                    IssueCode::AuthMethodsNotSupported,
                    at,
                    format!("`token_supported_auth_methods` applies only to `dintero_psp.*` providers; `{provider}` ignores it"),
                );
            }
            if let Some(items) = expect_array(value, at, report) {
                check_unique_items(items, at, AUTH_METHODS, report, |_, _, _| {});
            }
        }
    }
}

/// Up to how many items [`check_unique_items`] finds duplicates by a linear search.
const LINEAR_SEARCH_MAX_ITEMS: usize = 16;

/// Each item a string from `allowed`, then `extra` on valid items, and no item twice.
fn check_unique_items(
    items: &[Node<'_>],
    at: &Location<'_>,
    allowed: &[&str],
    report: &mut Report<'_>,
    extra: impl Fn(&str, &Location<'_>, &mut Report<'_>),
) {
    // Long lists index their items in a `serde_json::Map` (a BTreeMap the .wasm already has for
    // JSON objects): a HashMap here cost ~6 KB of hashing code.
    let mut first_seen = serde_json::Map::new();
    for (index, item) in items.iter().enumerate() {
        let item_at = at.index(index);
        let Some(text) = expect_string(item, &item_at, report) else {
            continue;
        };
        match check_one_of(text, allowed) {
            Ok(()) => extra(text, &item_at, report),
            Err(message) => report.add(IssueCode::InvalidEnumValue, &item_at, message),
        }
        // Short lists (all real ones) are searched directly: no map to build and hash.
        let first = if items.len() <= LINEAR_SEARCH_MAX_ITEMS {
            items
                .iter()
                .take(index)
                .position(|earlier| earlier.as_str() == Some(text))
        } else {
            let first = first_seen.get(text).and_then(serde_json::Value::as_u64);
            first_seen
                .entry(text)
                .or_insert_with(|| serde_json::Value::from(index));
            first.map(|first| first as usize)
        };
        if let Some(first) = first {
            report.add(
                IssueCode::DuplicateItem,
                &item_at,
                format!(
                    "{} already appears at index {first}; list each value once",
                    quoted(text)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PROVIDERS;
    use crate::model::{
        BamboraTokenProvider, DinteroPspTokenProvider, PayExTokenProvider, TokenProvider,
    };

    /// The providers the validator knows are the model's `TokenProvider` variants.
    #[test]
    fn providers_are_the_model_variants() {
        let psp = DinteroPspTokenProvider::default;
        let variants = [
            TokenProvider::PayExCreditcard(PayExTokenProvider::default()),
            TokenProvider::BamboraCreditcard(BamboraTokenProvider::default()),
            TokenProvider::DinteroPspCreditcard(psp()),
            TokenProvider::DinteroPspGooglePay(psp()),
            TokenProvider::DinteroPspClickToPay(psp()),
        ];
        let tags: Vec<&str> = variants
            .iter()
            .filter_map(TokenProvider::payment_product_type)
            .collect();
        let names: Vec<&str> = PROVIDERS.iter().map(|(name, _)| *name).collect();
        assert_eq!(tags, names);
    }
}
