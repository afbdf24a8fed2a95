//! `validatePaymentTokenSession`, `buildPaymentTokenSession` and `serializePaymentTokenSession`
//! for JavaScript. Their TypeScript declarations (and doc comments) are generated from here; the
//! JS wrappers in pkg-template/src/validation.js add the JSON-text fast path (`...Json`, internal).

use super::convert::{js_to_json, json_to_js, to_js};
use super::options::OptionValues;
use crate::builder::refuse_on_errors;
use crate::client::VALIDATION_OPTIONS;
use crate::error::Error;
use crate::json_pointer::JsonPointer;
use crate::validate::{apply_strict, RequestKind, ValidationIssue};
use wasm_bindgen::prelude::*;

/// Every issue in a request payload of `kind`, conversion problems (BigInt, cycles, ...) first.
pub(super) fn issues_of(
    kind: RequestKind,
    input: &JsValue,
) -> (serde_json::Value, Vec<ValidationIssue>) {
    let conversion = js_to_json(input);
    let mut issues = conversion.issues;
    let unreadable: Vec<JsonPointer> = issues.iter().map(|i| pointer(&i.path)).collect();
    let now = js_sys::Date::now() as i64;
    issues.extend(
        kind.validate(&conversion.value, now)
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

#[wasm_bindgen]
extern "C" {
    /// `ValidationOptions` (src/client/options.rs) as a JS value (an optional parameter in
    /// TypeScript).
    #[wasm_bindgen(typescript_type = "ValidationOptions")]
    pub type ValidationOptionsJs;
}

/// `strict` from the caller's options (`undefined`: false), read like every options object
/// (src/wasm/options.rs); the plain `invalid_options` error object listing every problem
/// (unknown keys, a `strict` that is not a boolean) otherwise.
fn strict_option(options: Option<ValidationOptionsJs>) -> Result<bool, JsValue> {
    let options = options.map_or(JsValue::UNDEFINED, Into::into);
    let mut issues = Vec::new();
    let strict = OptionValues::read(&options, VALIDATION_OPTIONS, &mut issues)
        .and_then(|values| values.boolean("strict", &mut issues));
    if !issues.is_empty() {
        return Err(to_js(&Error::invalid_options(issues)));
    }
    Ok(strict.unwrap_or(false))
}

/// Validates a payment token session request and returns every issue found (errors and warnings),
/// each with a JSON Pointer `path`, a stable `code` and a human `message`, in a deterministic order.
/// Never throws for any `input`; throws {@link DinteroValidationError} (`invalid_options`) only for
/// bad `options`. With `{ strict: true }` warnings are reported as errors.
///
/// @example
/// const issues = validatePaymentTokenSession(request);
/// if (issues.some((i) => i.severity === "error")) console.table(issues);
#[wasm_bindgen(js_name = validatePaymentTokenSession, unchecked_return_type = "ValidationIssue[]")]
pub fn validate_payment_token_session_js(
    #[wasm_bindgen(unchecked_param_type = "unknown")] input: JsValue,
    options: Option<ValidationOptionsJs>,
) -> Result<JsValue, JsValue> {
    let strict = strict_option(options)?;
    Ok(to_js(&apply_strict(
        issues_of(RequestKind::PaymentTokenSession, &input).1,
        strict,
    )))
}

/// Validates `input` and returns the exact JSON payload that will be sent to Dintero.
/// Applies no defaults and never changes a value you set; unknown fields pass through untouched.
/// `error` issues block (Dintero would refuse the request, or the session could not work);
/// warnings do not, unless `{ strict: true }`.
///
/// @throws {DinteroValidationError} when any error-severity issue exists (`err.issues` lists them all).
#[wasm_bindgen(js_name = buildPaymentTokenSession, unchecked_return_type = "PaymentTokenSessionRequest")]
pub fn build_payment_token_session_js(
    #[wasm_bindgen(unchecked_param_type = "unknown")] input: JsValue,
    options: Option<ValidationOptionsJs>,
) -> Result<JsValue, JsValue> {
    Ok(json_to_js(&sendable(&input, options)?))
}

/// Validates `input` like {@link buildPaymentTokenSession} and returns the JSON text of the
/// payload that will be sent to Dintero: the fastest way to a request body
/// (`JSON.stringify(buildPaymentTokenSession(input))` without the object in between). For plain
/// JSON data it is exactly `JSON.stringify(input)`.
///
/// @throws {DinteroValidationError} when any error-severity issue exists (`err.issues` lists them all).
///
/// @example
/// const body = serializePaymentTokenSession(request);
/// await fetch(url, { method: "POST", headers, body });
#[wasm_bindgen(js_name = serializePaymentTokenSession)]
pub fn serialize_payment_token_session_js(
    #[wasm_bindgen(unchecked_param_type = "unknown")] input: JsValue,
    options: Option<ValidationOptionsJs>,
) -> Result<String, JsValue> {
    Ok(sendable(&input, options)?.to_string())
}

/// `validatePaymentTokenSession` for a request given as JSON text: one string crosses the
/// boundary instead of every value of the tree. `undefined` if the text is not JSON serde_json
/// accepts (then use `validatePaymentTokenSession(value)`). Internal (no TypeScript).
#[wasm_bindgen(js_name = validatePaymentTokenSessionJson, skip_typescript)]
pub fn validate_payment_token_session_json_js(
    text: &str,
    options: Option<ValidationOptionsJs>,
) -> Result<JsValue, JsValue> {
    let strict = strict_option(options)?;
    Ok(
        match RequestKind::PaymentTokenSession.validate_json(text, js_sys::Date::now() as i64) {
            Some(issues) => to_js(&apply_strict(issues, strict)),
            None => JsValue::UNDEFINED,
        },
    )
}

/// `buildPaymentTokenSession` for a request given as JSON text: `true` if it may be sent as is
/// (the payload is the text), `false` if the text is not JSON serde_json accepts (use the
/// careful path); throws the validation error otherwise. With `{ strict: true }`, warnings
/// block too. Internal (no TypeScript).
#[wasm_bindgen(js_name = buildPaymentTokenSessionJson, skip_typescript)]
pub fn build_payment_token_session_json_js(
    text: &str,
    options: Option<ValidationOptionsJs>,
) -> Result<bool, JsValue> {
    let strict = strict_option(options)?;
    let kind = RequestKind::PaymentTokenSession;
    match crate::builder::check_text(kind, text, js_sys::Date::now() as i64, strict) {
        None => Ok(false),
        Some(Ok(_)) => Ok(true),
        Some(Err(error)) => Err(to_js(&error)),
    }
}

/// The payload of `input` when it may be sent (build and serialize); the plain
/// `validation_failed` error object otherwise.
fn sendable(
    input: &JsValue,
    options: Option<ValidationOptionsJs>,
) -> Result<serde_json::Value, JsValue> {
    let strict = strict_option(options)?;
    let kind = RequestKind::PaymentTokenSession;
    let (value, issues) = issues_of(kind, input);
    refuse_on_errors(kind, issues, strict).map_err(|error| to_js(&error))?;
    Ok(value)
}
