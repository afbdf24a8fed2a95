//! [`Transport`] over `fetch` (the global one or a caller-supplied function), bound directly
//! with js-sys: no gloo-net, so no abort reason can trap the module.

use crate::client::{HttpRequest, HttpResponse, Transport, TransportError, READ_RESPONSE_HEADERS};
use js_sys::{Function, Object, Promise, Reflect};
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortController;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &Function, ms: f64) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// Sends requests with `fetch`; sleeps with `setTimeout`.
pub struct FetchTransport {
    fetch: Function,
    /// `this` for the call: `globalThis` for the global `fetch` (browsers require it),
    /// `undefined` for a caller-supplied function.
    this: JsValue,
}

impl FetchTransport {
    /// Uses `custom` when it is a function, else the global `fetch`. `Err` when neither exists
    /// or `custom` is not a function.
    pub fn new(custom: &JsValue) -> Result<Self, &'static str> {
        if custom.is_function() {
            return Ok(Self {
                fetch: custom.clone().unchecked_into(),
                this: JsValue::UNDEFINED,
            });
        }
        if !(custom.is_undefined() || custom.is_null()) {
            return Err("`fetch` must be a function");
        }
        let global = js_sys::global();
        match Reflect::get(&global, &JsValue::from_str("fetch")) {
            Ok(fetch) if fetch.is_function() => Ok(Self {
                fetch: fetch.unchecked_into(),
                this: global.into(),
            }),
            _ => Err("this runtime has no global `fetch`: pass one as the `fetch` option"),
        }
    }
}

/// Aborts the fetch if its future is dropped before the response body was read.
struct AbortOnDrop {
    controller: Option<AbortController>,
}

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(controller) = self.controller.take() {
            controller.abort();
        }
    }
}

/// Clears the timer and settles its promise if a sleep is dropped early (so the promise
/// callbacks are released).
struct TimerGuard {
    id: JsValue,
    resolve: Function,
}

impl Drop for TimerGuard {
    fn drop(&mut self) {
        clear_timeout(&self.id);
        let _ = self.resolve.call0(&JsValue::UNDEFINED);
    }
}

fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A readable description of a rejected fetch: `message`, plus the `cause` Node puts the
/// real reason in (`fetch failed` → `connect ECONNREFUSED 127.0.0.1:9`).
fn describe_failure(error: &JsValue) -> String {
    if let Some(text) = error.as_string() {
        return text;
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

fn failure(message: impl Into<String>) -> TransportError {
    TransportError {
        message: message.into(),
    }
}

/// `s` as a JSON string literal.
fn push_json_string(out: &mut String, s: &str) {
    out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned()));
}

/// The `RequestInit`: method, headers and redirect cross as ONE JSON text read by `JSON.parse`
/// (instead of a string and a `Reflect.set` crossing per field and per header); the body and
/// the signal are set on the result.
fn request_init(request: &HttpRequest, controller: &AbortController) -> Object {
    let mut text = String::with_capacity(256);
    text.push_str("{\"method\":");
    push_json_string(&mut text, request.method.as_str());
    text.push_str(",\"headers\":{");
    for (index, (name, value)) in request.headers.iter().enumerate() {
        if index > 0 {
            text.push(',');
        }
        push_json_string(&mut text, name);
        text.push(':');
        push_json_string(&mut text, value);
    }
    // Dintero's API does not redirect; following one could carry the token elsewhere.
    text.push_str("},\"redirect\":\"manual\"}");
    let Some(init) = js_sys::JSON::parse(&text)
        .ok()
        .and_then(|init| init.dyn_into::<Object>().ok())
    else {
        return request_init_by_field(request, controller);
    };
    if let Some(body) = &request.body {
        set(&init, "body", &JsValue::from_str(body));
    }
    set(&init, "signal", &controller.signal());
    init
}

/// [`request_init`] built field by field (used only if `JSON.parse` ever failed).
fn request_init_by_field(request: &HttpRequest, controller: &AbortController) -> Object {
    let init = Object::new();
    set(&init, "method", &JsValue::from_str(request.method.as_str()));
    let headers = Object::new();
    for (name, value) in &request.headers {
        set(&headers, name, &JsValue::from_str(value));
    }
    set(&init, "headers", &headers);
    if let Some(body) = &request.body {
        set(&init, "body", &JsValue::from_str(body));
    }
    set(&init, "signal", &controller.signal());
    // Dintero's API does not redirect; following one could carry the token elsewhere.
    set(&init, "redirect", &JsValue::from_str("manual"));
    init
}

/// `[name, value]` pairs of a `Headers` object (any iterable of pairs).
fn header_pairs(headers: &JsValue) -> Vec<(String, String)> {
    match headers.dyn_ref::<web_sys::Headers>() {
        Some(headers) => read_headers(headers),
        None => header_pairs_one_by_one(headers),
    }
}

/// The headers the client reads ([`READ_RESPONSE_HEADERS`]) of a genuine `Headers` object: one
/// `get` each instead of iterating every header (several crossings per header).
fn read_headers(headers: &web_sys::Headers) -> Vec<(String, String)> {
    READ_RESPONSE_HEADERS
        .iter()
        .filter_map(|name| {
            let value = headers.get(name).ok()??;
            Some(((*name).to_owned(), value))
        })
        .collect()
}

/// [`header_pairs`] for any iterable of pairs: entries that are not two strings are skipped.
fn header_pairs_one_by_one(headers: &JsValue) -> Vec<(String, String)> {
    let Ok(Some(entries)) = js_sys::try_iter(headers) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = Reflect::get_u32(&entry, 0).ok()?.as_string()?;
            let value = Reflect::get_u32(&entry, 1).ok()?.as_string()?;
            Some((name.to_ascii_lowercase(), value))
        })
        .collect()
}

impl FetchTransport {
    async fn fetch_once(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let controller = AbortController::new().map_err(|e| failure(describe_failure(&e)))?;
        let mut guard = AbortOnDrop {
            controller: Some(controller.clone()),
        };
        let init = request_init(request, &controller);
        let pending = self
            .fetch
            .call2(&self.this, &JsValue::from_str(&request.url), &init)
            .map_err(|e| failure(describe_failure(&e)))?;
        let response = JsFuture::from(Promise::resolve(&pending))
            .await
            .map_err(|e| failure(describe_failure(&e)))?;
        let status = get(&response, "status")
            .as_f64()
            .filter(|s| s.fract() == 0.0 && (0.0..=999.0).contains(s));
        let text = get(&response, "text");
        let (Some(status), Some(text)) = (status, text.dyn_ref::<Function>()) else {
            return Err(failure(
                "`fetch` resolved to something that is not a Response",
            ));
        };
        let headers = header_pairs(&get(&response, "headers"));
        let body = text
            .call0(&response)
            .map_err(|e| failure(describe_failure(&e)))?;
        let body = JsFuture::from(Promise::resolve(&body))
            .await
            .map_err(|e| failure(describe_failure(&e)))?;
        guard.controller = None;
        Ok(HttpResponse {
            status: status as u16,
            headers,
            body: body.as_string().unwrap_or_default(),
        })
    }
}

impl Transport for FetchTransport {
    fn send(
        &self,
        request: &HttpRequest,
    ) -> impl Future<Output = Result<HttpResponse, TransportError>> {
        self.fetch_once(request)
    }

    fn sleep(&self, duration_ms: u64) -> impl Future<Output = ()> {
        let mut resolve = None;
        let promise = Promise::new(&mut |res, _| resolve = Some(res));
        let guard = resolve.map(|resolve| TimerGuard {
            id: set_timeout(&resolve, duration_ms as f64),
            resolve,
        });
        async move {
            let _guard = guard;
            let _ = JsFuture::from(promise).await;
        }
    }

    fn now_ms(&self) -> f64 {
        js_sys::Date::now()
    }

    fn random(&self) -> f64 {
        js_sys::Math::random()
    }
}
