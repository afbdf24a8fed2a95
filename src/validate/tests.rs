//! Every rule with a passing and a failing case, asserting exact codes and paths.

use super::*;
use crate::json_pointer::JsonPointer;
use serde_json::{json, Value};

/// 2023-11-14T22:13:20Z.
const NOW: i64 = 1_700_000_000_000;

/// A request using every known field, valid and without warnings.
fn full_request() -> Value {
    json!({
        "session": {
            "order": {
                "currency": "NOK",
                "merchant_reference": "order-1",
                "merchant_reference_2": "r2",
                "store": {
                    "id": "sc029",
                    "name": "SC Oslo",
                    "business_name": "SC Oslo AS",
                    "address": {
                        "address_line": "Sommerkroveien 34",
                        "postal_place": "Oslo",
                        "country": "NO",
                        "address_line_2": "PB 123",
                        "postal_code": "0349"
                    },
                    "chain": "SuperChain",
                    "email": "contact@superchain.com",
                    "gln": "5790001398644",
                    "organization_number": "123456789MVA",
                    "phone_number": "+4738260107",
                    "mcc": "5814",
                    "bax": "102603",
                    "terminal_id": "T0292",
                    "payout_destination_id": "seller-1"
                }
            },
            "url": {
                "return_url": "https://example.com/accept",
                "callback_url": "https://example.com/callback?method=POST&report_error=true&delay_callback=10\
                                 &report_event=CAPTURE&report_event=REFUND&includes=session&sid_parameter_name=sid",
                "merchant_terms_url": "https://example.com/terms.html"
            },
            "profile_id": "P1",
            "customer": {"customer_id": "c1", "email": "john.doe@example.com", "phone_number": "+4799999999"},
            "expires_at": "2030-01-01T00:00:00Z",
            "configuration": {
                "theme": {"backdrop": "#ff0000", "primary": "rgba(255,0,0,0.5)", "cardRadius": "8px", "buttonRadius": "4px"},
                "channel": "ecommerce"
            },
            "metadata": {"ext_system_x_id": "XAB1239", "ext_number_x": 1921}
        },
        "token_provider": {
            "payment_product_type": "dintero_psp.creditcard",
            "token_types": ["payment_token"],
            "token_supported_auth_methods": ["PASSKEY", "3DS"]
        }
    })
}

/// One change to [`full_request`]: set the value at a JSON Pointer (parents must exist), or
/// remove it.
enum Change {
    Set(&'static str, Value),
    Remove(&'static str),
}
use Change::{Remove, Set};

fn apply(request: &mut Value, change: Change) {
    let (pointer, value) = match change {
        Set(pointer, value) => (pointer, Some(value)),
        Remove(pointer) => (pointer, None),
    };
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    match request.pointer_mut(parent).unwrap() {
        Value::Object(map) => match value {
            Some(value) => drop(map.insert(key, value)),
            None => assert!(map.remove(&key).is_some(), "nothing to remove at {pointer}"),
        },
        Value::Array(items) => {
            let index: usize = key.parse().unwrap();
            match value {
                Some(value) => items[index] = value,
                None => drop(items.remove(index)),
            }
        }
        other => panic!("cannot change inside {other}"),
    }
}

/// `(code, path)` of every issue after the changes, asserting each severity matches its code.
fn issues_after(changes: Vec<Change>) -> Vec<(String, String)> {
    let mut request = full_request();
    for change in changes {
        apply(&mut request, change);
    }
    validate_payment_token_session(&request, NOW)
        .into_iter()
        .map(|issue| {
            let code = IssueCode::from_code_str(&issue.code)
                .unwrap_or_else(|| panic!("undocumented {}", issue.code));
            assert_eq!(issue.severity, code.severity(), "{issue:?}");
            (issue.code, issue.path)
        })
        .collect()
}

fn expect(changes: Vec<Change>, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect();
    assert_eq!(issues_after(changes), expected);
}

fn ok(changes: Vec<Change>) {
    expect(changes, &[]);
}

fn message_of(changes: Vec<Change>, path: &str) -> String {
    let mut request = full_request();
    for change in changes {
        apply(&mut request, change);
    }
    let issues = validate_payment_token_session(&request, NOW);
    issues
        .into_iter()
        .find(|i| i.path == path)
        .map(|i| i.message)
        .unwrap_or_else(|| panic!("no issue at {path}"))
}

#[test]
fn the_full_request_is_clean() {
    ok(vec![]);
}

#[test]
fn minimal_request_is_clean() {
    let minimal = json!({
        "session": {"order": {"currency": "NOK", "merchant_reference": "1"}, "url": {"return_url": "https://x.no/"}},
        "token_provider": {"payment_product_type": "payex.creditcard", "token_types": ["payment_token", "recurrence_token"]}
    });
    assert_eq!(validate_payment_token_session(&minimal, NOW), vec![]);
}

#[test]
fn required_fields() {
    for pointer in [
        "/session",
        "/token_provider",
        "/session/order",
        "/session/url",
        "/session/order/currency",
        "/session/order/merchant_reference",
        "/session/url/return_url",
        "/token_provider/token_types",
        "/session/order/store/id",
        "/session/order/store/address/address_line",
        "/session/order/store/address/postal_place",
        "/session/order/store/address/country",
    ] {
        expect(vec![Remove(pointer)], &[("required", pointer)]);
    }
    // Without a known product type, the auth-methods provider check has nothing to compare with.
    expect(
        vec![Remove("/token_provider/payment_product_type")],
        &[("required", "/token_provider/payment_product_type")],
    );
    assert_eq!(
        message_of(
            vec![Remove("/session/order/currency")],
            "/session/order/currency"
        ),
        "`currency` is required"
    );
}

#[test]
fn optional_fields_may_be_left_out() {
    ok(vec![
        Remove("/session/order/merchant_reference_2"),
        Remove("/session/order/store"),
        Remove("/session/url/callback_url"),
        Remove("/session/url/merchant_terms_url"),
        Remove("/session/profile_id"),
        Remove("/session/customer"),
        Remove("/session/expires_at"),
        Remove("/session/configuration"),
        Remove("/session/metadata"),
        Remove("/token_provider/token_supported_auth_methods"),
    ]);
}

#[test]
fn json_types_at_every_depth() {
    let root = validate_payment_token_session(&json!([1, 2]), NOW);
    assert_eq!(root.len(), 1);
    assert_eq!(
        (root[0].code.as_str(), root[0].path.as_str()),
        ("invalid_type", "")
    );
    assert_eq!(root[0].message, "expected an object, got array");
    for (pointer, value, actual) in [
        ("/session", json!("x"), "string"),
        ("/session/order", json!(null), "null"),
        ("/session/order/currency", json!(578), "number"),
        ("/session/order/merchant_reference", json!(12345), "number"),
        ("/session/order/store", json!([]), "array"),
        (
            "/session/order/store/address/country",
            json!(true),
            "boolean",
        ),
        (
            "/session/url/return_url",
            json!({"href": "https://x.no"}),
            "object",
        ),
        ("/session/customer", json!("john"), "string"),
        (
            "/session/customer/phone_number",
            json!(4799999999u64),
            "number",
        ),
        ("/session/expires_at", json!(1893456000), "number"),
        ("/session/configuration/theme", json!("dark"), "string"),
        ("/session/configuration/theme/backdrop", json!(null), "null"),
        ("/session/metadata", json!([["ext_a", "b"]]), "array"),
        (
            "/token_provider/payment_product_type",
            json!(["payex.creditcard"]),
            "array",
        ),
        (
            "/token_provider/token_types",
            json!("payment_token"),
            "string",
        ),
        ("/token_provider/token_types/0", json!(1), "number"),
        (
            "/token_provider/token_supported_auth_methods",
            json!({}),
            "object",
        ),
        (
            "/token_provider/token_supported_auth_methods/1",
            json!(null),
            "null",
        ),
    ] {
        expect(
            vec![Set(pointer, value.clone())],
            &[("invalid_type", pointer)],
        );
        let message = message_of(vec![Set(pointer, value)], pointer);
        assert!(
            message.ends_with(&format!("got {actual}")),
            "{pointer}: {message}"
        );
    }
}

#[test]
fn unknown_fields_are_warnings_with_suggestions() {
    expect(
        vec![Set("/session/order/amount", json!(100))],
        &[("unknown_field", "/session/order/amount")],
    );
    expect(
        vec![Set("/session/url/returnUrl", json!("x"))],
        &[("unknown_field", "/session/url/returnUrl")],
    );
    let message = message_of(
        vec![Set("/session/url/returnUrl", json!("x"))],
        "/session/url/returnUrl",
    );
    assert!(message.ends_with("did you mean `return_url`?"), "{message}");
    let message = message_of(vec![Set("/sesion", json!({}))], "/sesion");
    assert!(message.ends_with("did you mean `session`?"), "{message}");
    let message = message_of(
        vec![Set("/token_provider/token_type", json!([]))],
        "/token_provider/token_type",
    );
    assert!(
        message.ends_with("did you mean `token_types`?"),
        "{message}"
    );
    let message = message_of(
        vec![Set("/session/order/amount", json!(1))],
        "/session/order/amount",
    );
    assert!(!message.contains("did you mean"), "{message}");
    // Keys are escaped in the pointer, and unknown subtrees are never looked into.
    expect(
        vec![Set(
            "/session/a~1b",
            json!({"currency": "nok", "deep": [{"return_url": "/relative"}]}),
        )],
        &[("unknown_field", "/session/a~1b")],
    );
}

#[test]
fn deprecated_theme_keys_are_warnings() {
    for key in ["text", "warning", "error", "font-family"] {
        let pointer = format!("/session/configuration/theme/{key}");
        let pointer: &'static str = Box::leak(pointer.into_boxed_str());
        expect(
            vec![Set(pointer, json!("#000"))],
            &[("deprecated_field", pointer)],
        );
        expect(
            vec![Set(pointer, json!(0))],
            &[("deprecated_field", pointer), ("invalid_type", pointer)],
        );
    }
}

#[test]
fn empty_required_texts_are_warnings() {
    expect(
        vec![Set("/session/order/merchant_reference", json!(""))],
        &[("empty_value", "/session/order/merchant_reference")],
    );
    expect(
        vec![Set("/session/order/store/id", json!("  "))],
        &[("empty_value", "/session/order/store/id")],
    );
    ok(vec![Set("/session/order/merchant_reference_2", json!(""))]);
}

#[test]
fn channel() {
    ok(vec![Set("/session/configuration/channel", json!("in_app"))]);
    expect(
        vec![Set("/session/configuration/channel", json!("in_store"))],
        &[("invalid_enum_value", "/session/configuration/channel")],
    );
    let message = message_of(
        vec![Set("/session/configuration/channel", json!("inapp"))],
        "/session/configuration/channel",
    );
    assert_eq!(
        message,
        "`inapp` is not one of `ecommerce`, `in_app`; did you mean `in_app`?"
    );
}

#[test]
fn payment_product_type() {
    ok(vec![Set(
        "/token_provider/payment_product_type",
        json!("dintero_psp.creditcard"),
    )]);
    // In Dintero's 2026 types but confirmed by no published example: accepted with a warning.
    for unverified in ["dintero_psp.googlepay", "dintero_psp.clicktopay"] {
        let at = "/token_provider/payment_product_type";
        expect(
            vec![Set(at, json!(unverified))],
            &[("unverified_product_type", at)],
        );
        assert!(message_of(vec![Set(at, json!(unverified))], at).contains("no published example"));
    }
    for known in ["payex.creditcard", "bambora.creditcard"] {
        ok(vec![
            Set("/token_provider/payment_product_type", json!(known)),
            Remove("/token_provider/token_supported_auth_methods"),
        ]);
    }
    let at = "/token_provider/payment_product_type";
    expect(vec![Set(at, json!("payex"))], &[("invalid_enum_value", at)]);
    let message = message_of(vec![Set(at, json!("vipps"))], at);
    for listed in [
        "payex.creditcard",
        "bambora.creditcard",
        "dintero_psp.creditcard",
        "dintero_psp.googlepay",
        "dintero_psp.clicktopay",
    ] {
        assert!(message.contains(listed), "{message}");
    }
    let message = message_of(vec![Set(at, json!("PayExTokenProvider"))], at);
    assert!(
        message.contains("schema name") && message.contains("use `payex.creditcard`"),
        "{message}"
    );
    let message = message_of(vec![Set(at, json!("Payex.CreditCard"))], at);
    assert!(
        message.ends_with("did you mean `payex.creditcard`?"),
        "{message}"
    );
}

#[test]
fn currency() {
    for code in ["EUR", "SEK", "DKK", "USD"] {
        ok(vec![Set("/session/order/currency", json!(code))]);
    }
    let at = "/session/order/currency";
    expect(vec![Set(at, json!("nok"))], &[("invalid_currency", at)]);
    assert!(message_of(vec![Set(at, json!("nok"))], at).ends_with("did you mean `NOK`?"));
    expect(vec![Set(at, json!("ABC"))], &[("invalid_currency", at)]);
    expect(vec![Set(at, json!("HRK"))], &[("withdrawn_currency", at)]);
    expect(vec![Set(at, json!(""))], &[("invalid_currency", at)]);
    expect(vec![Set(at, json!("kroner"))], &[("invalid_currency", at)]);
}

#[test]
fn urls_must_be_absolute() {
    ok(vec![Set(
        "/session/url/return_url",
        json!("https://example.com:8443/a?b=c#d"),
    )]);
    for (at, bad) in [
        ("/session/url/return_url", "/accept"),
        ("/session/url/return_url", ""),
        ("/session/url/callback_url", "callback"),
        ("/session/url/merchant_terms_url", "https://"),
        ("/session/url/merchant_terms_url", "https://exa mple.com"),
    ] {
        expect(vec![Set(at, json!(bad))], &[("invalid_url", at)]);
    }
}

#[test]
fn url_schemes() {
    let at = "/session/url/return_url";
    expect(
        vec![Set(at, json!("myapp://pay"))],
        &[("unsupported_url_scheme", at)],
    );
    assert!(message_of(vec![Set(at, json!("myapp://pay"))], at).contains("in_app"));
    ok(vec![
        Set(at, json!("myapp://?initial_recipient=merchant")),
        Set("/session/configuration/channel", json!("in_app")),
    ]);
    // The spec's pattern `https?://` (unanchored, case-sensitive) binds the other two URLs.
    for at in [
        "/session/url/callback_url",
        "/session/url/merchant_terms_url",
    ] {
        expect(
            vec![Set(at, json!("ftp://example.com/x"))],
            &[("url_pattern_mismatch", at)],
        );
        expect(
            vec![
                Set(at, json!("myapp://x")),
                Set("/session/configuration/channel", json!("in_app")),
            ],
            &[("url_pattern_mismatch", at)],
        );
        expect(
            vec![Set(at, json!("HTTPS://EXAMPLE.COM/x"))],
            &[("url_pattern_mismatch", at)],
        );
        assert!(
            message_of(vec![Set(at, json!("HTTPS://EXAMPLE.COM/x"))], at).contains("`https://…`")
        );
        // Matches the pattern, so the spec allows it; only a warning.
        expect(
            vec![Set(
                at,
                json!("ftp://example.com/?next=https://example.com"),
            )],
            &[("unsupported_url_scheme", at)],
        );
    }
}

#[test]
fn plain_http_is_a_warning_except_locally() {
    for at in ["/session/url/return_url", "/session/url/merchant_terms_url"] {
        expect(
            vec![Set(at, json!("http://example.com/x"))],
            &[("insecure_url", at)],
        );
        ok(vec![Set(at, json!("http://localhost:3000/x"))]);
        ok(vec![Set(at, json!("http://127.0.0.1/x"))]);
    }
    // No pattern binds `return_url` (format uri only): any case of the scheme is fine.
    ok(vec![Set(
        "/session/url/return_url",
        json!("HTTPS://EXAMPLE.COM/x"),
    )]);
}

#[test]
fn callback_url_must_be_public_https() {
    let at = "/session/url/callback_url";
    expect(
        vec![Set(at, json!("http://example.com/cb"))],
        &[("callback_url_not_https", at)],
    );
    expect(
        vec![Set(at, json!("https://localhost/cb"))],
        &[("callback_url_loopback", at)],
    );
    expect(
        vec![Set(at, json!("http://127.0.0.1/cb"))],
        &[
            ("callback_url_not_https", at),
            ("callback_url_loopback", at),
        ],
    );
    expect(
        vec![Set(at, json!("https://[::1]:8443/cb"))],
        &[("callback_url_loopback", at)],
    );
    // Names that are not trusted for a plain-http baseUrl still never reach Dintero's servers.
    for local in [
        "https://api.localhost/cb",
        "https://localhost./cb",
        "https://0.0.0.0/cb",
    ] {
        expect(
            vec![Set(at, json!(local))],
            &[("callback_url_loopback", at)],
        );
    }
    ok(vec![Set(at, json!("https://shop.example.com/cb"))]);
}

#[test]
fn callback_url_parameters() {
    let at = "/session/url/callback_url";
    ok(vec![Set(
        at,
        json!("https://example.com/cb?order=1&foo&method=GET&delay_callback=60"),
    )]);
    expect(
        vec![Set(
            at,
            json!("https://example.com/cb?method=PUT&delay_callback=61&report_event=AUTH&includes=tx&report_error=1\
                   &sid_parameter_name=x"),
        )],
        &[("invalid_callback_parameter", at); 6],
    );
    assert!(message_of(
        vec![Set(at, json!("https://example.com/cb?method=post"))],
        at
    )
    .contains("did you mean `POST`?"));
}

#[test]
fn customer_email() {
    ok(vec![Set(
        "/session/customer/email",
        json!("a.b+c@sub.example.no"),
    )]);
    for bad in [
        "john",
        "john@example",
        "john doe@example.com",
        "@example.com",
    ] {
        expect(
            vec![Set("/session/customer/email", json!(bad))],
            &[("invalid_email", "/session/customer/email")],
        );
    }
}

#[test]
fn customer_phone_number() {
    let at = "/session/customer/phone_number";
    ok(vec![Set(at, json!("+12345"))]);
    for bad in ["99999999", "+47 999 99 999", "+1234", "+4799999999x"] {
        expect(vec![Set(at, json!(bad))], &[("invalid_phone_number", at)]);
    }
    assert!(message_of(vec![Set(at, json!("+47 999 99 999"))], at).contains("`+4799999999`"));
}

#[test]
fn expires_at() {
    let at = "/session/expires_at";
    ok(vec![Set(at, json!("2023-11-14T22:13:20.001Z"))]);
    ok(vec![Set(at, json!("2023-11-15T00:13:20.001+02:00"))]);
    expect(
        vec![Set(at, json!("2023-11-14T23:13:20+01:00"))],
        &[("expires_at_in_past", at)],
    );
    expect(
        vec![Set(at, json!("2020-01-01T00:00:00Z"))],
        &[("expires_at_in_past", at)],
    );
    expect(
        vec![Set(at, json!("2030-01-01 00:00:00Z"))],
        &[("invalid_date_time", at)],
    );
    expect(
        vec![Set(at, json!("2030-01-01T00:00:00"))],
        &[("invalid_date_time", at)],
    );
    expect(
        vec![Set(at, json!("2030-02-30T00:00:00Z"))],
        &[("invalid_date_time", at)],
    );
}

#[test]
fn theme_colours() {
    for good in [
        "#fff",
        "#ffffff",
        "#ffffff80",
        "rgb(0, 0, 0)",
        "rgba(0,0,0,0)",
    ] {
        ok(vec![Set(
            "/session/configuration/theme/primary",
            json!(good),
        )]);
    }
    for bad in ["red", "#ff", "rgb(300,0,0)"] {
        let at = "/session/configuration/theme/backdrop";
        expect(vec![Set(at, json!(bad))], &[("invalid_color", at)]);
    }
}

#[test]
fn store_mcc_and_country() {
    ok(vec![Set("/session/order/store/mcc", json!("0742"))]);
    for bad in ["581", "58144", "58a4", ""] {
        expect(
            vec![Set("/session/order/store/mcc", json!(bad))],
            &[("invalid_mcc", "/session/order/store/mcc")],
        );
    }
    let at = "/session/order/store/address/country";
    ok(vec![Set(at, json!("SE"))]);
    expect(vec![Set(at, json!("XX"))], &[("invalid_country", at)]);
    expect(vec![Set(at, json!("NOR"))], &[("invalid_country", at)]);
    assert!(message_of(vec![Set(at, json!("no"))], at).ends_with("did you mean `NO`?"));
}

#[test]
fn metadata_values_and_key_count() {
    let ten: serde_json::Map<String, Value> =
        (0..10).map(|i| (format!("ext_{i}"), json!(i))).collect();
    ok(vec![Set("/session/metadata", Value::Object(ten.clone()))]);
    let mut eleven = ten;
    eleven.insert("ext_10".into(), json!("x"));
    expect(
        vec![Set("/session/metadata", Value::Object(eleven))],
        &[("too_many_metadata_keys", "/session/metadata")],
    );
    ok(vec![Set("/session/metadata/ext_float", json!(-1.5))]);
    for bad in [json!(null), json!(true), json!([]), json!({})] {
        expect(
            vec![Set("/session/metadata/ext_x", bad)],
            &[("invalid_type", "/session/metadata/ext_x")],
        );
    }
}

#[test]
fn metadata_keys() {
    expect(
        vec![Set("/session/metadata/dintero", json!("x"))],
        &[("reserved_metadata_key", "/session/metadata/dintero")],
    );
    expect(
        vec![Set("/session/metadata/session:profile_id", json!("x"))],
        &[(
            "reserved_metadata_key",
            "/session/metadata/session:profile_id",
        )],
    );
    expect(
        vec![Set("/session/metadata/Payex", json!("x"))],
        &[("reserved_metadata_key", "/session/metadata/Payex")],
    );
    ok(vec![Set("/session/metadata/ext_dintero", json!("x"))]);
    expect(
        vec![Set("/session/metadata/order_id", json!("x"))],
        &[("metadata_key_not_prefixed", "/session/metadata/order_id")],
    );
}

#[test]
fn metadata_lengths() {
    let key_128 = format!("ext_{}", "k".repeat(124));
    let key_129 = format!("ext_{}", "k".repeat(125));
    let mut request = full_request();
    request["session"]["metadata"] = json!({ key_128.clone(): "ø".repeat(256) });
    assert_eq!(validate_payment_token_session(&request, NOW), vec![]);
    request["session"]["metadata"] = json!({ key_129.clone(): "ø".repeat(257) });
    let issues: Vec<(String, String)> = validate_payment_token_session(&request, NOW)
        .into_iter()
        .map(|i| (i.code, i.path))
        .collect();
    let at = format!("/session/metadata/{key_129}");
    assert_eq!(
        issues,
        [
            ("metadata_key_too_long".to_string(), at.clone()),
            ("metadata_value_too_long".to_string(), at)
        ]
    );
}

#[test]
fn token_types() {
    let at = "/token_provider/token_types";
    expect(vec![Set(at, json!([]))], &[("empty_array", at)]);
    expect(
        vec![Set(at, json!(["payment_token", "payment_token"]))],
        &[("duplicate_item", "/token_provider/token_types/1")],
    );
    expect(
        vec![Set(at, json!(["payment"]))],
        &[("invalid_enum_value", "/token_provider/token_types/0")],
    );
    assert!(message_of(
        vec![Set(at, json!(["PaymentToken"]))],
        "/token_provider/token_types/0"
    )
    .ends_with("did you mean `payment_token`?"));
}

#[test]
fn token_types_per_provider() {
    let types = "/token_provider/token_types";
    let product = "/token_provider/payment_product_type";
    let both = json!(["payment_token", "recurrence_token"]);
    ok(vec![
        Set(product, json!("payex.creditcard")),
        Set(types, both.clone()),
        Remove("/token_provider/token_supported_auth_methods"),
    ]);
    // The newer API narrowed Bambora to payment tokens (the 2024 spec also allowed recurrence tokens).
    expect(
        vec![
            Set(product, json!("bambora.creditcard")),
            Set(types, both.clone()),
            Remove("/token_provider/token_supported_auth_methods"),
        ],
        &[("token_type_not_supported", "/token_provider/token_types/1")],
    );
    for psp in [
        "dintero_psp.creditcard",
        "dintero_psp.googlepay",
        "dintero_psp.clicktopay",
    ] {
        let issues = issues_after(vec![
            Set(product, json!(psp)),
            Set(types, json!(["recurrence_token"])),
        ]);
        assert!(issues.contains(&(
            "token_type_not_supported".into(),
            "/token_provider/token_types/0".into()
        )));
    }
    // An unknown product type is reported once; its token types are only checked against all known ones.
    expect(
        vec![
            Set(product, json!("vipps")),
            Set(types, both),
            Remove("/token_provider/token_supported_auth_methods"),
        ],
        &[("invalid_enum_value", product)],
    );
}

#[test]
fn auth_methods() {
    let at = "/token_provider/token_supported_auth_methods";
    ok(vec![Set(at, json!([]))]);
    ok(vec![
        Set(at, json!(["3DS"])),
        Set(
            "/token_provider/payment_product_type",
            json!("dintero_psp.creditcard"),
        ),
    ]);
    expect(
        vec![Set(at, json!(["OTP"]))],
        &[(
            "invalid_enum_value",
            "/token_provider/token_supported_auth_methods/0",
        )],
    );
    expect(
        vec![Set(at, json!(["3DS", "3DS"]))],
        &[(
            "duplicate_item",
            "/token_provider/token_supported_auth_methods/1",
        )],
    );
    for provider in ["payex.creditcard", "bambora.creditcard"] {
        expect(
            vec![Set("/token_provider/payment_product_type", json!(provider))],
            &[("auth_methods_not_supported", at)],
        );
    }
}

#[test]
fn issues_come_in_document_order_then_rule_order() {
    let changes = || {
        vec![
            Set("/zzz", json!(1)),
            Set(
                "/token_provider/token_types",
                json!(["recurrence_token", "x", "recurrence_token"]),
            ),
            Set("/session/metadata/dintero", json!([])),
            Set("/session/customer/email", json!("nope")),
            Set(
                "/session/url/callback_url",
                json!("http://localhost/cb?method=PUT"),
            ),
            Set("/session/order/currency", json!("nok")),
            Set("/session/order/extra", json!(1)),
            Set("/aaa", json!(1)),
        ]
    };
    let expected = [
        ("invalid_currency", "/session/order/currency"),
        ("unknown_field", "/session/order/extra"),
        ("callback_url_not_https", "/session/url/callback_url"),
        ("callback_url_loopback", "/session/url/callback_url"),
        ("invalid_callback_parameter", "/session/url/callback_url"),
        ("invalid_email", "/session/customer/email"),
        ("reserved_metadata_key", "/session/metadata/dintero"),
        ("invalid_type", "/session/metadata/dintero"),
        ("token_type_not_supported", "/token_provider/token_types/0"),
        ("invalid_enum_value", "/token_provider/token_types/1"),
        ("token_type_not_supported", "/token_provider/token_types/2"),
        ("duplicate_item", "/token_provider/token_types/2"),
        ("unknown_field", "/aaa"),
        ("unknown_field", "/zzz"),
    ];
    expect(changes(), &expected);
    // Same input, same issues, same order, every time.
    let mut request = full_request();
    for change in changes() {
        apply(&mut request, change);
    }
    let first = validate_payment_token_session(&request, NOW);
    for _ in 0..5 {
        assert_eq!(validate_payment_token_session(&request, NOW), first);
        assert_eq!(validate_payment_token_session(&request.clone(), NOW), first);
    }
    // Key insertion order of the input does not matter either.
    let reparsed: Value =
        serde_json::from_str(&serde_json::to_string_pretty(&request).unwrap()).unwrap();
    assert_eq!(validate_payment_token_session(&reparsed, NOW), first);
}

#[test]
fn system_headers() {
    let at = |field: &str| JsonPointer::root().key("system").key(field);
    let check = |header: &str, value: &str| system_header_value_issues(header, value, &at("name"));
    for good in [
        "woocommerce",
        "5.4",
        "Dintero.Checkout.WooCommerce",
        &"9".repeat(120),
    ] {
        assert_eq!(check("Dintero-System-Name", good), vec![]);
    }
    let long = "v".repeat(121);
    let cases = [
        (
            "shop\r\nX-Injected: 1",
            "header_control_character",
            Severity::Error,
        ),
        ("a\tb", "header_control_character", Severity::Error),
        (long.as_str(), "header_too_long", Severity::Error),
        ("Bølle", "header_non_ascii", Severity::Error),
        ("", "empty_value", Severity::Warning),
    ];
    for (value, code, severity) in cases {
        let issues = check("Dintero-System-Name", value);
        assert_eq!(issues.len(), 1, "{value:?}: {issues:?}");
        assert_eq!(
            (
                issues[0].code.as_str(),
                issues[0].path.as_str(),
                issues[0].severity
            ),
            (code, "/system/name", severity)
        );
    }
    let message = &check("Dintero-System-Name", "shop\r\nX-Injected: 1")[0].message;
    assert!(
        message.contains("\\r\\n") && !message.contains('\r'),
        "{message}"
    );
    let nested = JsonPointer::root()
        .key("options")
        .key("system")
        .key("pluginName");
    let one = system_header_value_issues("Dintero-System-Plugin-Name", "x\n", &nested);
    assert_eq!(
        (one.len(), one[0].path.as_str()),
        (1, "/options/system/pluginName")
    );
}

#[test]
fn huge_values_are_handled_in_linear_time() {
    let huge = "a".repeat(10 * 1024 * 1024);
    let mut request = full_request();
    for pointer in [
        "/session/order/currency",
        "/session/order/merchant_reference",
        "/session/order/store/mcc",
        "/session/order/store/address/country",
        "/session/url/return_url",
        "/session/url/callback_url",
        "/session/url/merchant_terms_url",
        "/session/customer/email",
        "/session/customer/phone_number",
        "/session/expires_at",
        "/session/configuration/channel",
        "/session/configuration/theme/backdrop",
        "/token_provider/payment_product_type",
    ] {
        *request.pointer_mut(pointer).unwrap() = json!(huge.clone());
    }
    request["session"]["metadata"] = json!({ huge.clone(): huge.clone() });
    request["session"][huge.clone()] = json!(huge.clone());
    request["token_provider"]["token_types"] = json!([huge.clone(), huge.clone()]);
    let callback = format!("https://example.com/?method={huge}&delay_callback=0{huge}");
    request["session"]["url"]["callback_url"] = json!(callback);
    let started = std::time::Instant::now();
    let issues = validate_payment_token_session(&request, NOW);
    assert!(issues.len() >= 15, "{}", issues.len());
    assert!(
        issues.iter().all(|i| i.message.len() < 1_000),
        "messages stay short"
    );
    assert!(
        started.elapsed().as_secs() < 30,
        "took {:?}",
        started.elapsed()
    );

    let name = JsonPointer::root().key("system").key("name");
    assert_eq!(
        system_header_value_issues("Dintero-System-Name", &huge, &name).len(),
        1
    );
}

#[test]
fn huge_arrays_and_objects_are_handled() {
    let mut request = full_request();
    request["token_provider"]["token_types"] = Value::Array(vec![json!("payment_token"); 200_000]);
    let unknown: serde_json::Map<String, Value> =
        (0..20_000).map(|i| (format!("k{i}"), json!(i))).collect();
    request["session"]["order"]["store"] = json!({"id": "s"});
    for (k, v) in unknown {
        request["session"]["order"]["store"][k] = v;
    }
    let issues = validate_payment_token_session(&request, NOW);
    assert_eq!(
        issues.iter().filter(|i| i.code == "duplicate_item").count(),
        199_999
    );
    assert_eq!(
        issues.iter().filter(|i| i.code == "unknown_field").count(),
        20_000
    );
}
