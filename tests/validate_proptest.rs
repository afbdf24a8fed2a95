//! Property tests: the validator and the builder never panic, are deterministic, only emit
//! documented codes with their documented severity, and agree with each other, for arbitrary
//! JSON and for mutations of a valid request (so that the deep rules run too).
//!
//! 100,000+ cases in total; about half a minute in a debug build on two slow cores.
#![cfg(not(target_arch = "wasm32"))]

use dintero_payment_token::builder::build_payment_token_session;
use dintero_payment_token::json_pointer::JsonPointer;
use dintero_payment_token::validate::{
    system_header_value_issues, validate_payment_token_session,
    validate_payment_token_session_json, IssueCode,
};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, RngAlgorithm};
use serde_json::{json, Map, Value};
use std::sync::OnceLock;

/// 2023-11-14T22:13:20Z.
const NOW: i64 = 1_700_000_000_000;

/// Every key the schema knows, plus near misses, so generated objects hit the rules.
const KEYS: &[&str] = &[
    "session",
    "token_provider",
    "order",
    "url",
    "profile_id",
    "customer",
    "expires_at",
    "configuration",
    "metadata",
    "currency",
    "merchant_reference",
    "merchant_reference_2",
    "store",
    "id",
    "name",
    "business_name",
    "address",
    "chain",
    "email",
    "gln",
    "organization_number",
    "phone_number",
    "mcc",
    "bax",
    "terminal_id",
    "payout_destination_id",
    "address_line",
    "address_line_2",
    "postal_code",
    "postal_place",
    "country",
    "return_url",
    "callback_url",
    "merchant_terms_url",
    "customer_id",
    "theme",
    "channel",
    "backdrop",
    "primary",
    "cardRadius",
    "buttonRadius",
    "text",
    "warning",
    "error",
    "font-family",
    "payment_product_type",
    "token_types",
    "token_supported_auth_methods",
    "ext_a",
    "dintero",
    "session:x",
    "returnUrl",
    "curency",
    "",
    "a/b~c",
];

/// Strings that sit on the edges of the rules.
const STRINGS: &[&str] = &[
    "", " ", "NOK", "nok", "XXX", "NO", "no", "UK", "https://example.com/cb?method=POST&delay_callback=60",
    "https://example.com/cb?method=PUT&delay_callback=61&report_event=X&includes=&report_error&sid_parameter_name=sid",
    "http://localhost/", "https://127.0.0.1:99999/", "https://[::1]/", "https://[", "myapp://x", "mailto:a@b.c",
    "//example.com", "http://", "https://exa mple.com", "john.doe@example.com", "a@b", "@", "+4799999999", "+47 99",
    "+", "2030-01-01T00:00:00Z", "2020-02-29T23:59:60+23:59", "2030-13-01T00:00:00Z", "2030-01-01T00:00:00.",
    "9999-12-31T23:59:59-23:59", "0000-01-01T00:00:00Z", "#fff", "#ffff", "rgb(255,255,255)", "rgba(0,0,0,1.0)",
    "rgba(", "rgb()", "5814", "581", "ecommerce", "in_app", "in_store", "payex.creditcard", "bambora.creditcard",
    "dintero_psp.creditcard", "dintero_psp.googlepay", "dintero_psp.clicktopay", "PayExTokenProvider",
    "payment_token", "recurrence_token", "3DS", "PASSKEY", "ø", "\u{0}", "\r\n", "é\u{301}", "\u{10FFFF}", "%", "%zz",
    "%C3%B8", "ext_", "dintero:", "~", "/", "http://example.com/x", "https://localhost/cb", "58140", "NOR", "order_id",
];

/// Characters that matter to the rules: URL and email syntax, digits, case, whitespace,
/// controls, non-ASCII.
const ALPHABET: [char; 32] = [
    'a',
    'Z',
    '0',
    '9',
    '/',
    ':',
    '?',
    '&',
    '=',
    '%',
    '.',
    '#',
    '@',
    '+',
    '-',
    '_',
    ' ',
    '\t',
    '\r',
    '\n',
    '\u{0}',
    'ø',
    'é',
    '\u{301}',
    '\u{10FFFF}',
    'T',
    'z',
    '(',
    ')',
    ',',
    '[',
    ']',
];

/// A cheap generated string: up to 24 characters from [`ALPHABET`], derived from two integers.
fn alphabet_string() -> impl Strategy<Value = String> {
    (any::<u64>(), any::<u64>()).prop_map(|(a, b)| {
        let len = (a % 25) as usize;
        (0..len)
            .map(|i| {
                ALPHABET[((b >> ((i * 5) % 60)) ^ (a >> (i % 8 * 8))) as usize % ALPHABET.len()]
            })
            .collect()
    })
}

fn any_string() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(STRINGS).prop_map(str::to_owned),
        3 => alphabet_string(),
        1 => any::<String>(),
    ]
}

fn any_key() -> impl Strategy<Value = String> {
    prop_oneof![6 => select(KEYS).prop_map(str::to_owned), 1 => alphabet_string()]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f).map(Value::Number)),
        3 => any_string().prop_map(Value::String),
    ]
}

/// Arbitrary JSON up to 5 levels deep, with keys drawn mostly from the schema.
fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((any_key(), inner), 0..5).prop_map(|entries| Value::Object(
                entries.into_iter().collect::<Map<String, Value>>()
            )),
        ]
    })
}

/// A valid request using every known field.
fn valid_request() -> Value {
    json!({
        "session": {
            "order": {
                "currency": "NOK", "merchant_reference": "order-1", "merchant_reference_2": "r2",
                "store": {
                    "id": "sc029", "name": "SC Oslo", "business_name": "SC Oslo AS",
                    "address": {"address_line": "Sommerkroveien 34", "postal_place": "Oslo", "country": "NO",
                                "address_line_2": "PB 123", "postal_code": "0349"},
                    "chain": "SuperChain", "email": "contact@superchain.com", "gln": "5790001398644",
                    "organization_number": "123456789MVA", "phone_number": "+4738260107", "mcc": "5814",
                    "bax": "102603", "terminal_id": "T0292", "payout_destination_id": "seller-1"
                }
            },
            "url": {
                "return_url": "https://example.com/accept",
                "callback_url": "https://example.com/callback?method=POST&delay_callback=10",
                "merchant_terms_url": "https://example.com/terms.html"
            },
            "profile_id": "P1",
            "customer": {"customer_id": "c1", "email": "john.doe@example.com", "phone_number": "+4799999999"},
            "expires_at": "2030-01-01T00:00:00Z",
            "configuration": {"theme": {"backdrop": "#ff0000", "primary": "rgb(1,2,3)", "cardRadius": "8px",
                                        "buttonRadius": "4px"}, "channel": "ecommerce"},
            "metadata": {"ext_system_x_id": "XAB1239", "ext_number_x": 1921}
        },
        "token_provider": {
            "payment_product_type": "dintero_psp.creditcard",
            "token_types": ["payment_token"],
            "token_supported_auth_methods": ["PASSKEY", "3DS"]
        }
    })
}

/// The pointer of a node of `value` chosen by `choice`: walks down from the root, at each
/// container either stopping or entering the child `choice` selects.
fn pick_pointer(value: &Value, mut choice: u64) -> String {
    let mut pointer = String::new();
    let mut node = value;
    let mut stop_one_in = 16;
    loop {
        let children: Vec<(String, &Value)> = match node {
            Value::Object(map) => map
                .iter()
                .map(|(k, v)| (k.replace('~', "~0").replace('/', "~1"), v))
                .collect(),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v))
                .collect(),
            _ => Vec::new(),
        };
        if children.is_empty() || choice % stop_one_in == 0 {
            return pointer;
        }
        choice /= stop_one_in;
        stop_one_in = 8;
        let (segment, child) = &children[(choice % children.len() as u64) as usize];
        choice /= children.len() as u64;
        pointer.push('/');
        pointer.push_str(segment);
        node = child;
    }
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Remove the node.
    Remove,
    /// Put another value in its place.
    Replace(Value),
    /// Add a key (when the node is an object).
    AddKey(String, Value),
    /// Add `n` items (copies of existing ones) or `ext_` keys, for counts and duplicates.
    Grow(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => Just(Mutation::Remove),
        6 => any_string().prop_map(|s| Mutation::Replace(Value::String(s))),
        1 => select(&[120usize, 121, 128, 129, 256, 257][..]).prop_map(|n| Mutation::Replace(Value::String("k".repeat(n)))),
        2 => leaf().prop_map(Mutation::Replace),
        1 => any_json().prop_map(Mutation::Replace),
        2 => (any_key(), leaf()).prop_map(|(k, v)| Mutation::AddKey(k, v)),
        1 => (1usize..12).prop_map(Mutation::Grow),
    ]
}

/// Applies `mutation` at the node of `request` that `choice` picks.
fn mutate(request: &mut Value, choice: u64, mutation: Mutation) {
    let pointer = pick_pointer(request, choice);
    match mutation {
        Mutation::Replace(value) => *request.pointer_mut(&pointer).unwrap() = value,
        Mutation::AddKey(key, value) => {
            if let Some(Value::Object(map)) = request.pointer_mut(&pointer) {
                map.insert(key, value);
            }
        }
        Mutation::Grow(n) => match request.pointer_mut(&pointer) {
            Some(Value::Object(map)) => {
                (0..n).for_each(|i| drop(map.insert(format!("ext_g{i}"), Value::from(i))))
            }
            Some(Value::Array(items)) if !items.is_empty() => {
                (0..n).for_each(|i| items.push(items[i % items.len()].clone()))
            }
            _ => {}
        },
        Mutation::Remove => {
            let Some((parent, last)) = pointer.rsplit_once('/') else {
                return;
            };
            let key = last.replace("~1", "/").replace("~0", "~");
            match request.pointer_mut(parent) {
                Some(Value::Object(map)) => drop(map.remove(&key)),
                Some(Value::Array(items)) => drop(items.remove(key.parse::<usize>().unwrap())),
                _ => unreachable!("parents are containers"),
            }
        }
    }
}

/// The properties every input must satisfy.
/// `value` as JSON text with every object's keys in reverse order (the text path must not
/// depend on key order).
fn reversed_text(value: &Value) -> String {
    match value {
        Value::Array(items) => format!(
            "[{}]",
            items
                .iter()
                .map(reversed_text)
                .collect::<Vec<_>>()
                .join(",")
        ),
        Value::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .rev()
                .map(|(key, item)| format!("{}:{}", Value::from(key.as_str()), reversed_text(item)))
                .collect::<Vec<_>>()
                .join(",")
        ),
        other => other.to_string(),
    }
}

fn check(input: &Value, now: i64) {
    let issues = validate_payment_token_session(input, now);
    // The JSON-text path (what the wasm wrappers use) finds exactly the same issues.
    let text = input.to_string();
    assert_eq!(
        validate_payment_token_session_json(&text, now).as_ref(),
        Some(&issues)
    );
    let reversed = reversed_text(input);
    assert_eq!(
        validate_payment_token_session_json(&reversed, now).as_ref(),
        Some(&issues),
        "{reversed}"
    );
    for issue in &issues {
        let code = IssueCode::from_code_str(&issue.code)
            .unwrap_or_else(|| panic!("undocumented code {}", issue.code));
        assert_eq!(issue.severity, code.severity(), "{issue:?}");
        assert!(
            issue.path.is_empty() || issue.path.starts_with('/'),
            "{issue:?}"
        );
        assert!(issue.message.len() < 2_000, "message too long: {issue:?}");
    }
    let has_errors = issues.iter().any(|i| i.is_error());
    // The builder validates again: comparing its issues also proves the order is deterministic.
    match build_payment_token_session(input, now) {
        Ok(built) => {
            assert!(!has_errors);
            assert_eq!(&built, input, "the builder never changes a valid input");
            assert_eq!(
                validate_payment_token_session(input, now),
                issues,
                "deterministic"
            );
        }
        Err(error) => {
            assert!(has_errors);
            assert_eq!(
                error.issues, issues,
                "deterministic, and the builder reports every issue"
            );
        }
    }
}

/// The valid request, built once.
static VALID: OnceLock<Value> = OnceLock::new();

/// `cases` cases with the cheap XorShift generator (ChaCha dominates the run time in debug
/// builds) and no failure file (shrunk failures are printed).
fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::XorShift,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config(40_000))]
    #[test]
    fn arbitrary_json_never_panics(input in any_json(), now in any::<i64>()) {
        check(&input, now);
    }
}

proptest! {
    #![proptest_config(config(20_000))]
    #[test]
    fn arbitrary_session_and_provider_never_panic(session in any_json(), provider in any_json(), extra in any_json()) {
        check(&json!({"session": session, "token_provider": provider, "x": extra}), NOW);
    }
}

/// One to four mutations of the valid request, and a clock that is usually the fixed "now".
fn mutated_request() -> impl Strategy<Value = (Value, i64)> {
    (
        prop::collection::vec((any::<u64>(), mutation()), 1..5),
        prop_oneof![3 => Just(NOW), 1 => any::<i64>()],
    )
        .prop_map(|(mutations, now)| {
            let mut request = VALID.get_or_init(valid_request).clone();
            for (choice, m) in mutations {
                mutate(&mut request, choice, m);
            }
            (request, now)
        })
}

proptest! {
    #![proptest_config(config(40_000))]
    #[test]
    fn mutated_valid_requests_never_panic((request, now) in mutated_request()) {
        check(&request, now);
    }
}

/// The mutations really reach the deep rules: a few thousand of them (fixed seed) produce
/// most codes.
#[test]
fn mutations_exercise_most_rules() {
    let seen = std::sync::Mutex::new(std::collections::BTreeSet::new());
    let rng = proptest::test_runner::TestRng::deterministic_rng(RngAlgorithm::XorShift);
    let mut runner = proptest::test_runner::TestRunner::new_with_rng(config(5_000), rng);
    runner
        .run(&mutated_request(), |(request, now)| {
            let codes = validate_payment_token_session(&request, now)
                .into_iter()
                .map(|i| i.code);
            seen.lock().unwrap().extend(codes);
            Ok(())
        })
        .unwrap();
    let seen = seen.into_inner().unwrap();
    let missing: Vec<&str> = IssueCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !seen.contains(*c))
        .collect();
    // 29 codes can occur in a request (the 3 header codes cannot); the fixed seed reaches 24.
    assert!(
        seen.len() >= 24,
        "only {} codes seen; missing {missing:?}",
        seen.len()
    );
}

proptest! {
    #![proptest_config(config(10_000))]
    #[test]
    fn system_headers_never_panic(values in prop::collection::vec(prop::option::of(any_string()), 4)) {
        let at = JsonPointer::root().key("system").key("name");
        let issues: Vec<_> = values.iter().flatten().flat_map(|v| system_header_value_issues("Dintero-System-Name", v, &at)).collect();
        let again: Vec<_> = values.iter().flatten().flat_map(|v| system_header_value_issues("Dintero-System-Name", v, &at)).collect();
        assert_eq!(again, issues);
        for issue in &issues {
            let code = IssueCode::from_code_str(&issue.code).unwrap();
            assert_eq!(issue.severity, code.severity());
            assert!(issue.path.starts_with("/system/"));
        }
    }
}

#[test]
fn the_valid_request_used_for_mutations_is_clean() {
    assert_eq!(
        validate_payment_token_session(&valid_request(), NOW),
        vec![]
    );
}
