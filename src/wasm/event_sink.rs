//! The hooks and the logger from the wasm side: their options are checked here (with every
//! other option), and the client's events are handed to the JS dispatcher
//! (pkg-template/src/hooks.js), which runs the hooks and the logger where nothing they do can
//! break a call.

use super::convert::json_to_js;
use super::response::error_to_js;
use crate::client::{Event, EventSink};
use crate::validate::IssueCode;
use crate::validate::ValidationIssue;
use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The hook options: each optional, each a function.
pub const HOOKS: [&str; 4] = ["onRequest", "onResponse", "onRetry", "onError"];
/// The methods a `logger` must have (`console` has them).
pub const LOGGER_METHODS: [&str; 4] = ["debug", "info", "warn", "error"];

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn is_absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// Problems with the hook options in `hooks` (`{ onRequest, onResponse, onRetry, onError,
/// logger }` as the user gave them).
pub fn hook_issues(hooks: &JsValue) -> Vec<ValidationIssue> {
    let mut issues = Vec::new();
    for name in HOOKS {
        let hook = get(hooks, name);
        if !is_absent(&hook) && !hook.is_function() {
            issues.push(ValidationIssue::error(
                format!("/{name}"),
                IssueCode::InvalidType,
                "must be a function",
            ));
        }
    }
    let logger = get(hooks, "logger");
    if !is_absent(&logger) {
        let complete =
            logger.is_object() && LOGGER_METHODS.iter().all(|m| get(&logger, m).is_function());
        if !complete {
            issues.push(ValidationIssue::error(
                "/logger",
                IssueCode::InvalidType,
                "must be an object with `debug`, `info`, `warn` and `error` methods (`console` works)",
            ));
        }
    }
    issues
}

/// Hands every event, as a plain JS object, to a JS function. That function must not throw
/// (the dispatcher catches everything); if it does anyway, the exception is dropped.
pub struct JsEventSink {
    emit: Function,
}

impl JsEventSink {
    /// A sink over `emit` when it is a function.
    pub fn new(emit: &JsValue) -> Option<Self> {
        emit.dyn_ref::<Function>()
            .map(|emit| Self { emit: emit.clone() })
    }
}

impl EventSink for JsEventSink {
    fn emit(&self, event: Event) {
        let value = json_to_js(&event);
        if let Some(error) = &event.error {
            // The same plain error object a failed call rejects with (exact `errors`).
            let _ = Reflect::set(&value, &JsValue::from_str("error"), &error_to_js(error));
        }
        let _ = self.emit.call1(&JsValue::UNDEFINED, &value);
    }
}
