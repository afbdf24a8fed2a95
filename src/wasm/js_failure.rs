//! The JS side of a failed or pending call, for the transport and the body reader: a property
//! read that cannot throw, a description of any rejection value, and settling any value as a
//! promise. A leaf: it knows only the transport's error type.

use crate::client::TransportError;
use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// `target[key]`, or `undefined` when reading it throws.
pub(super) fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A readable description of a rejected fetch (any value: an Error of any realm, a string,
/// `undefined`, a Symbol): `message`, plus the `cause` Node puts the real reason in
/// (`fetch failed` → `connect ECONNREFUSED 127.0.0.1:9`).
pub(super) fn describe_failure(error: &JsValue) -> String {
    if let Some(text) = error.as_string() {
        return text;
    }
    if !error.is_object() {
        let kind = error.js_typeof().as_string().unwrap_or_default();
        return format!("fetch failed (rejected with a value of type `{kind}`, not an Error)");
    }
    let text_of =
        |value: &JsValue, key: &str| get(value, key).as_string().filter(|s| !s.is_empty());
    let mut description = text_of(error, "message")
        .or_else(|| text_of(error, "name"))
        .unwrap_or_else(|| "fetch failed".to_owned());
    let cause = get(error, "cause");
    if cause.is_object() {
        if let Some(detail) = text_of(&cause, "message").or_else(|| text_of(&cause, "code")) {
            description.push_str(": ");
            description.push_str(&detail);
        }
    } else if let Some(detail) = cause.as_string() {
        description.push_str(": ");
        description.push_str(&detail);
    }
    description
}

/// A [`TransportError`] with `message`.
pub(super) fn failure(message: impl Into<String>) -> TransportError {
    TransportError::new(message)
}

/// Awaits any value `then`-able or not, turning any rejection into a [`TransportError`].
pub(super) async fn settle(value: &JsValue) -> Result<JsValue, TransportError> {
    JsFuture::from(Promise::resolve(value))
        .await
        .map_err(|e| failure(describe_failure(&e)))
}
