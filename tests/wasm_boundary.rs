//! The wasm boundary under `wasm-pack test --node`: JS values of every kind cross into the
//! validator without a trap, and the module keeps working afterwards.
#![cfg(target_arch = "wasm32")]

use dintero_payment_token::wasm::{
    build_payment_token_session_js, validate_payment_token_session_js,
};
use js_sys::{Array, Function, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn js(source: &str) -> JsValue {
    Function::new_no_args(&format!("return ({source});"))
        .call0(&JsValue::NULL)
        .unwrap()
}

fn issue_codes(input: &JsValue) -> Vec<String> {
    let issues: Array = validate_payment_token_session_js(input.clone(), None)
        .unwrap_or_else(|_| panic!("validate throws only for bad options"))
        .unchecked_into();
    issues
        .iter()
        .map(|i| {
            let path = Reflect::get(&i, &"path".into())
                .unwrap()
                .as_string()
                .unwrap();
            let code = Reflect::get(&i, &"code".into())
                .unwrap()
                .as_string()
                .unwrap();
            format!("{path}:{code}")
        })
        .collect()
}

const VALID: &str = r#"{"session":{"order":{"currency":"NOK","merchant_reference":"o-1"},"url":{"return_url":"https://example.com/accept"}},"token_provider":{"payment_product_type":"payex.creditcard","token_types":["payment_token"]}}"#;

fn valid() -> JsValue {
    JSON::parse(VALID).unwrap()
}

fn assert_still_works() {
    let built = build_payment_token_session_js(valid(), None)
        .unwrap_or_else(|e| panic!("valid request rejected: {e:?}"));
    assert_eq!(JSON::stringify(&built).unwrap().as_string().unwrap(), VALID);
}

#[wasm_bindgen_test]
fn valid_request_builds_unchanged() {
    assert_still_works();
}

#[wasm_bindgen_test]
fn hostile_values_become_issues_at_their_path() {
    let cases = [
        ("(() => { const o = { session: {}, token_provider: {} }; o.session.self = o; return o; })()", "/session/self:circular_reference"),
        ("({ session: { order: { currency: 10n } }, token_provider: {} })", "/session/order/currency:unsupported_value"),
        ("({ session: { order: { currency: Symbol('x') } }, token_provider: {} })", "/session/order/currency:unsupported_value"),
        ("({ session: { order: { currency: () => 1 } }, token_provider: {} })", "/session/order/currency:unsupported_value"),
        ("({ session: { expires_at: new Date() }, token_provider: {} })", "/session/expires_at:unsupported_value"),
        ("({ session: { metadata: new Map([['a', 'b']]) }, token_provider: {} })", "/session/metadata:unsupported_value"),
        ("({ session: new (class Session {})(), token_provider: {} })", "/session:unsupported_value"),
        ("({ session: { order: { currency: NaN } }, token_provider: {} })", "/session/order/currency:invalid_number"),
        ("({ session: { get order() { throw new Error('boom'); } }, token_provider: {} })", "/session/order:unreadable_value"),
        ("(() => { const p = Proxy.revocable({}, {}); p.revoke(); return { session: p.proxy, token_provider: {} }; })()", "/session:unreadable_value"),
        ("new Proxy({}, { ownKeys() { throw new Error('no keys'); } })", ":unreadable_value"),
        ("new Proxy({}, { getPrototypeOf() { throw new Error('no prototype'); } })", ":unreadable_value"),
        ("({ session: {}, token_provider: { token_types: new Proxy(['payment_token'], { get() { throw new Error('trap'); } }) } })", "/token_provider/token_types:unreadable_value"),
        ("({ session: {}, token_provider: { token_types: new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : undefined) }) } })", "/token_provider/token_types:too_large"),
        ("({ session: {}, token_provider: { token_types: new Proxy([], { get: (t, k) => (k === 'length' ? 1.5 : undefined) }) } })", "/token_provider/token_types:unreadable_value"),
        ("({ session: {}, token_provider: { token_types: new Array(2 ** 32 - 1) } })", "/token_provider/token_types:too_large"),
        ("({ session: {}, token_provider: { token_types: new Array(100001).fill(undefined) } })", "/token_provider/token_types:too_large"),
        ("({ session: { order: { merchant_reference: 'ref-\\ud800' } }, token_provider: {} })", "/session/order/merchant_reference:lone_surrogate"),
        ("({ session: { metadata: { ['ext_\\udc00']: 'x' } }, token_provider: {} })", "/session/metadata/ext_\u{fffd}:lone_surrogate"),
    ];
    for (source, expected) in cases {
        let codes = issue_codes(&js(source));
        assert!(
            codes.iter().any(|c| c == expected),
            "{source}: expected {expected} in {codes:?}"
        );
        assert_still_works();
    }
}

#[wasm_bindgen_test]
fn deep_nesting_is_cut_off_without_recursion() {
    let deep = js("(() => { let o = {}; const root = { session: o, token_provider: {} }; for (let i = 0; i < 10000; i++) { o.next = {}; o = o.next; } return root; })()");
    let codes = issue_codes(&deep);
    assert!(codes.iter().any(|c| c.ends_with(":too_deep")), "{codes:?}");
    assert_still_works();
}

#[wasm_bindgen_test]
fn non_objects_are_reported_at_the_root() {
    for source in ["null", "undefined", "42", "'text'", "[]", "true"] {
        let codes = issue_codes(&js(source));
        assert!(!codes.is_empty(), "{source}: no issues");
        assert!(
            codes.iter().all(|c| !c.contains("unsupported")),
            "{source}: {codes:?}"
        );
    }
    assert_still_works();
}

#[wasm_bindgen_test]
fn huge_strings_and_arrays_are_handled() {
    let big = js("({ session: { order: { currency: 'N'.repeat(10 * 1024 * 1024), merchant_reference: 'x' } }, token_provider: { token_types: new Array(200000).fill('payment_token') } })");
    let codes = issue_codes(&big);
    assert!(codes.iter().any(|c| c.ends_with(":too_large")), "{codes:?}");
    assert_still_works();
}

#[wasm_bindgen_test]
fn build_error_is_a_plain_object_with_issues() {
    let err = build_payment_token_session_js(Object::new().into(), None).unwrap_err();
    assert_eq!(
        Reflect::get(&err, &"kind".into())
            .unwrap()
            .as_string()
            .unwrap(),
        "validation"
    );
    assert_eq!(
        Reflect::get(&err, &"code".into())
            .unwrap()
            .as_string()
            .unwrap(),
        "validation_failed"
    );
    let issues: Array = Reflect::get(&err, &"issues".into())
        .unwrap()
        .unchecked_into();
    assert!(issues.length() >= 2);
}

mod model_round_trip {
    //! The documentation page's examples parse into the typed model inside wasm and cross back to
    //! JS deep-equal to the input, unknown fields and enum values included.
    use dintero_payment_token::model::{PaymentTokenSessionCreated, PaymentTokenSessionRequest};
    use dintero_payment_token::wasm::json_to_js;
    use js_sys::{Function, JSON};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn deep_equal(a: &JsValue, b: &JsValue) -> bool {
        // Canonical JSON with sorted keys: equal iff deep-equal plain values (a `Map` would print `{}`).
        let same = Function::new_with_args(
            "a, b",
            "const canon = (v) => Array.isArray(v) ? `[${v.map(canon)}]` \
               : v !== null && typeof v === 'object' \
                 ? (Object.getPrototypeOf(v) === Object.prototype ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)}}` : 'not plain') \
                 : JSON.stringify(v); \
             return canon(a) === canon(b);",
        );
        same.call2(&JsValue::NULL, a, b).unwrap().as_bool().unwrap()
    }

    fn assert_round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(fixture: &str) {
        let typed: T = serde_json::from_str(fixture).unwrap();
        let crossed = json_to_js(&serde_json::to_value(&typed).unwrap());
        let expected = JSON::parse(fixture).unwrap();
        assert!(
            deep_equal(&crossed, &expected),
            "{}",
            JSON::stringify(&crossed).unwrap().as_string().unwrap()
        );
    }

    #[wasm_bindgen_test]
    fn documentation_request_example() {
        assert_round_trip::<PaymentTokenSessionRequest>(include_str!(
            "fixtures/payment_token_session_request.doc_example.json"
        ));
        assert_round_trip::<PaymentTokenSessionRequest>(include_str!(
            "fixtures/payment_token_session_request.payex.json"
        ));
        assert_round_trip::<PaymentTokenSessionRequest>(include_str!(
            "fixtures/payment_token_session_request.dintero_psp.json"
        ));
    }

    #[wasm_bindgen_test]
    fn documentation_response_example() {
        assert_round_trip::<PaymentTokenSessionCreated>(include_str!(
            "fixtures/payment_token_session_created.doc_example.json"
        ));
    }

    #[wasm_bindgen_test]
    fn response_with_unknown_fields_and_enum_values() {
        assert_round_trip::<PaymentTokenSessionCreated>(include_str!(
            "fixtures/payment_token_session_created.unknown_fields.json"
        ));
    }
}

mod structured_values {
    //! serde-wasm-bindgen carries this crate's structured values (issues, error objects) as plain
    //! JS data; a value it refuses (an integer past 2^53 from Dintero) takes the JSON text path.
    use dintero_payment_token::error::Error;
    use dintero_payment_token::validate::{IssueCode, ValidationIssue};
    use dintero_payment_token::wasm::to_js;
    use js_sys::{Object, JSON};
    use wasm_bindgen::JsValue;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn text(value: &JsValue) -> String {
        JSON::stringify(value).unwrap().as_string().unwrap()
    }

    #[wasm_bindgen_test]
    fn an_error_object_is_plain_data() {
        let issue = ValidationIssue::error("/session/order", IssueCode::Required, "is required");
        let crossed = to_js(&Error::validation(vec![issue]));
        assert_eq!(
            Object::get_prototype_of(&crossed),
            Object::get_prototype_of(&Object::new())
        );
        let printed = text(&crossed);
        assert!(printed.contains(r#""kind":"validation""#), "{printed}");
        assert!(
            printed.contains(r#""issues":[{"path":"/session/order","code":"required","message":"is required","severity":"error"}]"#),
            "{printed}"
        );
    }

    #[wasm_bindgen_test]
    fn integers_past_2_53_fall_back_to_the_json_text_path() {
        let value = serde_json::json!({ "errors": [{ "n": 9_007_199_254_740_993u64 }] });
        assert_eq!(
            text(&to_js(&value)),
            r#"{"errors":[{"n":9007199254740992}]}"#
        );
    }
}
