//! How Dintero's answers cross to JS: exactly as `JSON.parse` of the body Dintero sent.
//!
//! A body is never turned into a `serde_json::Value` and printed again (that would round
//! 17-digit floats and sort members); the text is handed to the realm's own `JSON.parse`.

use super::convert::to_js;
use crate::client::ResponseJson;
use crate::error::{Error, ErrorKind};
use js_sys::{Reflect, JSON};
use wasm_bindgen::JsValue;

/// `JSON.parse(body)`. The text passed serde_json's check, which accepts nothing `JSON.parse`
/// rejects, so this does not fail; if it ever did, the caller gets an `invalid_response` error.
pub(super) fn response_to_js(body: &ResponseJson) -> Result<JsValue, JsValue> {
    JSON::parse(body.text()).map_err(|_| {
        error_to_js(&Error::new(
            ErrorKind::InvalidResponse,
            crate::error::ErrorCode::InvalidResponse,
            "Dintero's answer could not be read by JSON.parse",
        ))
    })
}

/// The plain error object for `error` (serde-wasm-bindgen, [`to_js`]); Dintero's `error.errors`
/// is read with `JSON.parse` from the body's exact text, so its numbers and member order are as
/// sent.
pub(super) fn error_to_js(error: &Error) -> JsValue {
    let value = to_js(error);
    let errors = error
        .dintero_error_body_json()
        .and_then(|text| JSON::parse(text).ok())
        .and_then(|body| Reflect::get(&body, &JsValue::from_str("error")).ok())
        .and_then(|inner| Reflect::get(&inner, &JsValue::from_str("errors")).ok());
    if let Some(errors) = errors.filter(js_sys::Array::is_array) {
        // Setting a property on the plain object just created cannot fail.
        let _ = Reflect::set(&value, &JsValue::from_str("errors"), &errors);
    }
    // A charge's transaction, decline type and retry policy: `JSON.parse` of the text, as sent.
    if let Some(payment) = &error.payment {
        for (name, text) in [
            ("transaction", &payment.transaction_json),
            ("errorType", &payment.error_type_json),
            ("retryPolicy", &payment.retry_policy_json),
        ] {
            if let Some(parsed) = text.as_deref().and_then(|text| JSON::parse(text).ok()) {
                let _ = Reflect::set(&value, &JsValue::from_str(name), &parsed);
            }
        }
    }
    value
}
