//! The hooks and the logger from the wasm side: their options are checked here (with every
//! other option), and the client's events are handed to the JS dispatcher
//! (pkg-template/src/hooks.js), which runs the hooks and the logger where nothing they do can
//! break a call.

use super::convert::json_to_js;
use super::options::OptionValues;
use super::response::error_to_js;
use crate::client::{Event, EventSink, HOOKS, LOG_LEVELS};
use crate::validate::IssueCode;
use crate::validate::ValidationIssue;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The methods a `logger` must have (`console` has them).
const LOGGER_METHODS: [&str; 4] = ["debug", "info", "warn", "error"];

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Whether `logger` has the four methods of [`LOGGER_METHODS`] (reading them may not throw).
fn is_logger(logger: &JsValue) -> bool {
    (logger.is_object() || logger.is_function())
        && LOGGER_METHODS.iter().all(|m| get(logger, m).is_function())
}

/// Problems with the hook options (each a function) and the `logger`.
pub fn hook_issues(options: &OptionValues) -> Vec<ValidationIssue> {
    let mut issues = Vec::new();
    for (_, name) in HOOKS {
        if options
            .present(name)
            .is_some_and(|hook| !hook.is_function())
        {
            issues.push(ValidationIssue::error(
                format!("/{name}"),
                IssueCode::InvalidType,
                "must be a function",
            ));
        }
    }
    if options
        .present("logger")
        .is_some_and(|logger| !is_logger(&logger))
    {
        issues.push(ValidationIssue::error(
            "/logger",
            IssueCode::InvalidType,
            "must be an object with `debug`, `info`, `warn` and `error` methods (`console` works)",
        ));
    }
    issues
}

/// The sink of a client whose (checked) `options` set hooks or logging: the function that
/// `dispatcher(handlers, logging)` (pkg-template/src/hooks.js) returns, where `handlers` maps
/// each event kind to `{ hook, handler }` (`{ request: { hook: "onRequest", handler } }`) and
/// `logging` is `{ hook: "logger", target, levels }` (the logger methods that get lines, by
/// `logLevel`) or `null`. `None` when the dispatcher returns no function (nothing to deliver).
pub fn event_sink(options: &OptionValues, dispatcher: &JsValue) -> Option<JsEventSink> {
    let handlers = Object::new();
    for (kind, name) in HOOKS {
        let handler = options.get(name);
        if handler.is_function() {
            let entry = Object::new();
            let _ = Reflect::set(&entry, &JsValue::from_str("hook"), &JsValue::from_str(name));
            let _ = Reflect::set(&entry, &JsValue::from_str("handler"), &handler);
            let _ = Reflect::set(&handlers, &JsValue::from_str(kind), &entry);
        }
    }
    let emit = dispatcher
        .dyn_ref::<Function>()?
        .call2(&JsValue::UNDEFINED, &handlers, &logging(options))
        .ok()?;
    JsEventSink::new(&emit)
}

/// `{ hook: "logger", target, levels }` for the `logger` and `logLevel` options (checked before), or `null`
/// when logging is off: the default without a logger; with a logger the default level is
/// `info`; a `logLevel` alone logs to the global `console`.
fn logging(options: &OptionValues) -> JsValue {
    let logger = options.present("logger");
    let level = options.get("logLevel").as_string();
    let level = match (level.as_deref(), &logger) {
        (Some(level), _) => level,
        (None, Some(_)) => "info",
        (None, None) => "off",
    };
    let logger = logger.unwrap_or_else(|| get(&js_sys::global(), "console"));
    let levels = js_sys::Array::new();
    for name in LOG_LEVELS.iter().skip_while(|l| **l != level) {
        if LOGGER_METHODS.contains(name) {
            levels.push(&JsValue::from_str(name));
        }
    }
    if levels.length() == 0 || !is_logger(&logger) {
        return JsValue::NULL;
    }
    let logging = Object::new();
    let _ = Reflect::set(
        &logging,
        &JsValue::from_str("hook"),
        &JsValue::from_str("logger"),
    );
    let _ = Reflect::set(&logging, &JsValue::from_str("target"), &logger);
    let _ = Reflect::set(&logging, &JsValue::from_str("levels"), &levels);
    logging.into()
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
