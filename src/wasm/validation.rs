//! `validatePaymentTokenSession` and `buildPaymentTokenSession` for JavaScript.

use super::convert::{js_to_json, json_to_js};
use crate::error::Error;
use crate::json_pointer::JsonPointer;
use crate::validate::{
    apply_strict, has_errors, validate_payment_token_session, validate_payment_token_session_json,
    ValidationIssue,
};
use wasm_bindgen::prelude::*;

/// Every issue in a request payload, conversion problems (BigInt, cycles, ...) first.
pub(super) fn issues_of(input: &JsValue) -> (serde_json::Value, Vec<ValidationIssue>) {
    let conversion = js_to_json(input);
    let mut issues = conversion.issues;
    let unreadable: Vec<JsonPointer> = issues.iter().map(|i| pointer(&i.path)).collect();
    let now = js_sys::Date::now() as i64;
    issues.extend(
        validate_payment_token_session(&conversion.value, now)
            .into_iter()
            // A value already reported as unrepresentable is not reported again as, say, `null`.
            .filter(|issue| {
                !unreadable
                    .iter()
                    .any(|bad| pointer(&issue.path).starts_with(bad))
            }),
    );
    (conversion.value, issues)
}

fn pointer(path: &str) -> JsonPointer {
    JsonPointer::from_escaped(path)
}

/// Validates a payment token session request and returns every issue found; with `strict`,
/// warnings are reported as errors.
#[wasm_bindgen(js_name = validatePaymentTokenSession, unchecked_return_type = "ValidationIssue[]")]
pub fn validate_payment_token_session_js(
    #[wasm_bindgen(unchecked_param_type = "unknown")] input: JsValue,
    strict: bool,
) -> JsValue {
    json_to_js(&apply_strict(issues_of(&input).1, strict))
}

/// Validates a request and returns the exact payload that will be sent, or throws the issues.
/// With `strict`, warnings block too.
#[wasm_bindgen(js_name = buildPaymentTokenSession, unchecked_return_type = "PaymentTokenSessionRequest")]
pub fn build_payment_token_session_js(
    #[wasm_bindgen(unchecked_param_type = "unknown")] input: JsValue,
    strict: bool,
) -> Result<JsValue, JsValue> {
    let (value, issues) = issues_of(&input);
    reject_errors(apply_strict(issues, strict))?;
    Ok(json_to_js(&value))
}

/// `validatePaymentTokenSession` for a request given as JSON text: one string crosses the
/// boundary instead of every value of the tree. `undefined` if the text is not JSON serde_json
/// accepts (then use `validatePaymentTokenSession(value)`).
#[wasm_bindgen(js_name = validatePaymentTokenSessionJson, unchecked_return_type = "ValidationIssue[] | undefined")]
pub fn validate_payment_token_session_json_js(text: &str, strict: bool) -> JsValue {
    match validate_payment_token_session_json(text, js_sys::Date::now() as i64) {
        Some(issues) => json_to_js(&apply_strict(issues, strict)),
        None => JsValue::UNDEFINED,
    }
}

/// `buildPaymentTokenSession` for a request given as JSON text: `true` if it may be sent as is
/// (the payload is the text), `false` if the text is not JSON serde_json accepts (use the
/// careful path); throws the validation error otherwise. With `strict`, warnings block too.
#[wasm_bindgen(js_name = buildPaymentTokenSessionJson)]
pub fn build_payment_token_session_json_js(text: &str, strict: bool) -> Result<bool, JsValue> {
    let Some(issues) = validate_payment_token_session_json(text, js_sys::Date::now() as i64) else {
        return Ok(false);
    };
    reject_errors(apply_strict(issues, strict))?;
    Ok(true)
}

/// The plain `validation_failed` error object when any issue is an error (warnings pass).
fn reject_errors(issues: Vec<ValidationIssue>) -> Result<(), JsValue> {
    if has_errors(&issues) {
        return Err(json_to_js(&Error::validation(issues)));
    }
    Ok(())
}
