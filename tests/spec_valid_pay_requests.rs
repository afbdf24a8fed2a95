//! The charge validator is never stricter than Dintero's spec: 1,500 `POST /v1/sessions/pay`
//! bodies generated (fixed seed) from the spec's definitions (`PaySessionOptions` =
//! `PaySessionBase` with `SessionOrder`, `SessionCustomer` + `SessionCustomerTokens`,
//! `CallbackUrl`, `AutoCaptureConfiguration`; `Metadata`; `PayExCreditcardPayment` /
//! `BamboraCreditcardPayment`; Y24 l.1717-1816, l.2206-2231, l.4628, l.4710-4770, l.8841-8870),
//! with real ISO codes (tests/fixtures/iso_codes.json) and the text forms real shops send,
//! raise no `error` issue. Warnings are expected and counted.
#![cfg(not(target_arch = "wasm32"))]

use dintero_payment_token::validate::{validate_pay_with_token, Severity};
use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, TestRng};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// 2023-11-14T22:13:20Z.
const NOW: i64 = 1_700_000_000_000;
/// How many requests are generated.
const REQUESTS: usize = 1_500;

fn pick<'a, T>(rng: &mut TestRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

fn codes(key: &str) -> Vec<String> {
    let path = format!(
        "{}/tests/fixtures/iso_codes.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let fixture: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    fixture[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect()
}

/// Text the spec gives no format: anything.
fn text(rng: &mut TestRng) -> Value {
    let forms = [
        "order-10045",
        "Ordre #123 — «test»",
        "",
        "   ",
        "Stablestol",
        "中文名称",
        "line\nbreak",
        "ext_🙂",
    ];
    let base = *pick(rng, &forms);
    json!(if rng.random_bool(0.3) {
        format!("{base}{}", rng.random_range(0..100_000))
    } else {
        base.to_owned()
    })
}

/// Sets `key` to `value` half of the time (`value` is only generated then).
macro_rules! maybe {
    ($rng:expr, $object:expr, $key:expr, $value:expr $(,)?) => {
        if $rng.random_bool(0.5) {
            let value = $value;
            $object.insert(String::from($key), value);
        }
    };
}

fn amount(rng: &mut TestRng) -> Value {
    json!(*pick(rng, &[0i64, 1, 100, 29_990, 72_200, 9_999_999_999]))
}

fn address(rng: &mut TestRng, countries: &[String]) -> Value {
    let mut address = Map::new();
    for key in [
        "first_name",
        "last_name",
        "address_line",
        "address_line_2",
        "co_address",
        "business_name",
        "postal_code",
        "postal_place",
    ] {
        maybe!(rng, &mut address, key, text(rng));
    }
    maybe!(rng, &mut address, "country", json!(pick(rng, countries)));
    maybe!(rng, &mut address, "phone_number", phone(rng));
    maybe!(rng, &mut address, "email", email(rng));
    Value::Object(address)
}

fn email(rng: &mut TestRng) -> Value {
    json!(pick(
        rng,
        &["john.doe@example.com", "ola@bølle.no", "noreply", "", "a@b"]
    ))
}

fn phone(rng: &mut TestRng) -> Value {
    json!(pick(
        rng,
        &[
            "+4799999999",
            "99999999",
            "+47 999 99 999",
            "(0)22 12 34 56",
            ""
        ]
    ))
}

fn callback_url(rng: &mut TestRng) -> Value {
    let scheme = pick(rng, &["https", "https", "http"]);
    let host = pick(
        rng,
        &[
            "example.com",
            "shop.example.no",
            "www.bølle.no",
            "203.0.113.7",
            "localhost",
        ],
    );
    let rest = pick(
        rng,
        &[
            "",
            "/callback?method=GET",
            "/cb?method=POST&report_error=true",
            "/ørder/æ?ü=1",
        ],
    );
    json!(format!("{scheme}://{host}{rest}"))
}

fn future_date_time(rng: &mut TestRng) -> Value {
    let year = rng.random_range(2024..2100);
    let month = rng.random_range(1..=12);
    let day = rng.random_range(1..=28);
    let offset = pick(rng, &["Z", "+01:00", "-05:30"]);
    json!(format!("{year:04}-{month:02}-{day:02}T12:30:00{offset}"))
}

fn request(rng: &mut TestRng, currencies: &[String], countries: &[String]) -> Value {
    let product_type = *pick(rng, &["payex.creditcard", "bambora.creditcard"]);
    let mut order = Map::new();
    order.insert("amount".into(), amount(rng));
    order.insert("currency".into(), json!(pick(rng, currencies)));
    order.insert("merchant_reference".into(), text(rng));
    maybe!(rng, &mut order, "vat_amount", amount(rng));
    maybe!(rng, &mut order, "merchant_reference_2", text(rng));
    maybe!(
        rng,
        &mut order,
        "partial_payment",
        json!(rng.random_bool(0.5)),
    );
    if rng.random_bool(0.6) {
        let items: Vec<Value> = (0..rng.random_range(0..4))
            .map(|i| {
                let mut item = Map::new();
                maybe!(rng, &mut item, "id", text(rng));
                maybe!(rng, &mut item, "line_id", json!(format!("{}", i + 1)));
                maybe!(rng, &mut item, "description", text(rng));
                maybe!(
                    rng,
                    &mut item,
                    "quantity",
                    json!(*pick(rng, &[1.0, 2.0, 0.5])),
                );
                maybe!(rng, &mut item, "amount", amount(rng));
                maybe!(rng, &mut item, "vat_amount", amount(rng));
                maybe!(rng, &mut item, "vat", json!(*pick(rng, &[0, 12, 15, 25])));
                Value::Object(item)
            })
            .collect();
        order.insert("items".into(), json!(items));
    }
    if rng.random_bool(0.3) {
        order.insert("shipping_address".into(), address(rng, countries));
    }
    if rng.random_bool(0.3) {
        order.insert("billing_address".into(), address(rng, countries));
    }
    let mut token = Map::new();
    let kinds: &[&str] = if product_type == "payex.creditcard" {
        &["payment_token", "recurrence_token", "both"]
    } else {
        &["payment_token"]
    };
    match *pick(rng, kinds) {
        "both" => {
            token.insert("payment_token".into(), json!("pt-1"));
            token.insert("recurrence_token".into(), json!("rt-1"));
        }
        kind => {
            token.insert(
                kind.into(),
                json!(format!("tok-{}", rng.random_range(0..1000))),
            );
        }
    }
    let mut customer = Map::new();
    maybe!(rng, &mut customer, "customer_id", text(rng));
    maybe!(rng, &mut customer, "email", email(rng));
    maybe!(rng, &mut customer, "phone_number", phone(rng));
    customer.insert("tokens".into(), json!({ product_type: token }));
    let mut session = Map::new();
    session.insert("order".into(), Value::Object(order));
    session.insert("customer".into(), Value::Object(customer));
    if rng.random_bool(0.5) {
        session.insert("url".into(), json!({ "callback_url": callback_url(rng) }));
    }
    maybe!(rng, &mut session, "expires_at", future_date_time(rng));
    if rng.random_bool(0.5) {
        session.insert(
            "configuration".into(),
            json!({ "auto_capture": rng.random_bool(0.5) }),
        );
    }
    if rng.random_bool(0.3) {
        let metadata: Map<String, Value> = (0..rng.random_range(0..=10))
            .map(|i| (format!("ext_key_{i}"), json!(format!("v{i}"))))
            .collect();
        session.insert("metadata".into(), Value::Object(metadata));
    }
    let operation = *pick(rng, &["unscheduled_purchase", "recurring_purchase"]);
    json!({
        "session": session,
        "payment": { "payment_product_type": product_type, "operation": operation },
    })
}

#[test]
fn pay_requests_valid_under_the_spec_raise_no_error() {
    let currencies = codes("currencies");
    let countries = codes("countries");
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[21; 32]);
    let mut warnings: BTreeMap<String, usize> = BTreeMap::new();
    for _ in 0..REQUESTS {
        let request = request(&mut rng, &currencies, &countries);
        for issue in validate_pay_with_token(&request, NOW) {
            assert_eq!(
                issue.severity,
                Severity::Warning,
                "a spec-valid request raised an error: {issue:?}\n{request:#}"
            );
            *warnings.entry(issue.code).or_default() += 1;
        }
    }
    // Advice is still given (so the generator does reach the rules).
    assert!(warnings.contains_key("empty_value"), "{warnings:?}");
    assert!(
        warnings.contains_key("invalid_phone_number"),
        "{warnings:?}"
    );
}

#[test]
fn the_errors_the_spec_makes() {
    let valid = json!({
        "session": {"order": {"amount": 100, "currency": "NOK", "merchant_reference": "o-1"},
                    "customer": {"tokens": {"bambora.creditcard": {"payment_token": "pt"}}}},
        "payment": {"payment_product_type": "bambora.creditcard", "operation": "recurring_purchase"}
    });
    assert!(validate_pay_with_token(&valid, NOW).is_empty());
    let codes = |request: &Value| -> Vec<(String, String, Severity)> {
        validate_pay_with_token(request, NOW)
            .into_iter()
            .map(|i| (i.path, i.code, i.severity))
            .collect()
    };
    let mut missing = valid.clone();
    missing["session"]["order"]
        .as_object_mut()
        .unwrap()
        .remove("merchant_reference");
    missing["session"]["customer"]["tokens"] = json!({"payex.creditcard": {"payment_token": "pt"}});
    missing["payment"]["operation"] = json!("one_off");
    missing["session"]["order"]["amount"] = json!("100");
    assert_eq!(
        codes(&missing),
        [
            (
                "/session/order/amount".into(),
                "invalid_type".into(),
                Severity::Error
            ),
            (
                "/session/order/merchant_reference".into(),
                "required".into(),
                Severity::Error
            ),
            (
                "/payment/operation".into(),
                "invalid_enum_value".into(),
                Severity::Error
            ),
            (
                "/session/customer/tokens/bambora.creditcard".into(),
                "missing_token".into(),
                Severity::Error
            ),
        ]
    );
    let mut psp = valid.clone();
    psp["payment"]["payment_product_type"] = json!("dintero_psp.creditcard");
    psp["session"]["customer"]["tokens"] =
        json!({"dintero_psp.creditcard": {"payment_token": "pt", "recurrence_token": "rt"}});
    let found = codes(&psp);
    assert_eq!(
        found,
        [
            (
                "/payment/payment_product_type".into(),
                "unlisted_product_type".into(),
                Severity::Warning
            ),
            (
                "/session/customer/tokens/dintero_psp.creditcard/recurrence_token".into(),
                "token_type_not_issued".into(),
                Severity::Warning
            ),
        ]
    );
    let mut unknown = valid;
    unknown["payment"]["payment_product_type"] = json!("payex.creditcrad");
    let found = validate_pay_with_token(&unknown, NOW);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, "invalid_enum_value");
    assert!(
        found[0].message.contains("payex.creditcard"),
        "{}",
        found[0].message
    );
}
