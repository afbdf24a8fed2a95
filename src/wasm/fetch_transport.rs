//! [`Transport`] over `fetch` (the global one or a caller-supplied function), with gloo-net's
//! http module building each request and reading each response.
//!
//! gloo-net traps the wasm instance on a rejection that is not an `Error` of this realm and on a
//! result that is not a `Response`, and cannot call an injected `fetch`. So this file calls
//! `fetch` itself with the `web_sys::Request` gloo-net built (and the body again as `init.body`,
//! see [`FetchTransport::fetch_once`]), settles the promise itself, and
//! wraps only a genuine `Response` of this realm (exact prototype, brand-checked) in
//! `gloo_net::http::Response` for the status and header look-ups. The body is read here too:
//! gloo-net's `text()` would trap if a stream body errors with a non-Error reason. A
//! Response-like object from another realm or library (node:vm, node-fetch) is read by duck
//! typing, every step guarded. The caller's `AbortSignal` never reaches `fetch`: each attempt
//! gets its own `AbortController`, aborted when the attempt is dropped (timeout, caller abort).

use crate::client::{
    HttpRequest, HttpResponse, Method, Transport, TransportError, READ_RESPONSE_HEADERS,
};
use gloo_net::http::RequestBuilder;
use js_sys::{Function, Object, Promise, Reflect};
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestRedirect};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &Function, ms: f64) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
    /// `Response.prototype` of this realm.
    #[wasm_bindgen(thread_local_v2, js_namespace = Response, js_name = prototype)]
    static RESPONSE_PROTOTYPE: JsValue;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = getPrototypeOf)]
    fn prototype_of(value: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = getOwnPropertyNames)]
    fn own_property_names(value: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// A value to brand-check as a `Response`.
    #[wasm_bindgen(js_name = Response)]
    type ResponseBrand;
    /// `response.status`, catching the brand check of the getter (it throws on an object that
    /// only inherits from `Response.prototype`).
    #[wasm_bindgen(catch, method, getter, js_class = "Response", js_name = status)]
    fn branded_status(this: &ResponseBrand) -> Result<JsValue, JsValue>;
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

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A readable description of a rejected fetch (any value: an Error of any realm, a string,
/// `undefined`, a Symbol): `message`, plus the `cause` Node puts the real reason in
/// (`fetch failed` → `connect ECONNREFUSED 127.0.0.1:9`).
fn describe_failure(error: &JsValue) -> String {
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

fn failure(message: impl Into<String>) -> TransportError {
    TransportError {
        message: message.into(),
    }
}

/// Awaits any value `then`-able or not, turning any rejection into a [`TransportError`].
async fn settle(value: &JsValue) -> Result<JsValue, TransportError> {
    JsFuture::from(Promise::resolve(value))
        .await
        .map_err(|e| failure(describe_failure(&e)))
}

/// The `Request` for `request`, built by gloo-net: method, headers, body, the attempt's abort
/// signal, and `redirect: "manual"` (Dintero's API does not redirect; following one could carry
/// the token elsewhere). The headers go into a `Headers` object first: gloo-net's `header()`
/// would throw through the wasm frames on a value `Headers` rejects. What gloo-net's build can
/// still meet is a `TypeError` of this realm from `new Request`/`new URL` (the URL was validated
/// already), which its error conversion accepts.
fn build_request(
    request: &HttpRequest,
    signal: &web_sys::AbortSignal,
) -> Result<web_sys::Request, TransportError> {
    let js_failure = |e: JsValue| failure(describe_failure(&e));
    let headers = web_sys::Headers::new().map_err(js_failure)?;
    for (name, value) in &request.headers {
        headers.set(name, value).map_err(js_failure)?;
    }
    let method = match request.method {
        Method::Get => gloo_net::http::Method::GET,
        Method::Post => gloo_net::http::Method::POST,
        Method::Delete => gloo_net::http::Method::DELETE,
    };
    let builder = RequestBuilder::new(&request.url)
        .method(method)
        .headers(gloo_net::http::Headers::from_raw(headers))
        .abort_signal(Some(signal))
        .redirect(RequestRedirect::Manual);
    let built = match &request.body {
        Some(body) => builder.body(body.as_str()),
        None => builder.build(),
    };
    built
        .map(web_sys::Request::from)
        .map_err(|e| failure(e.to_string()))
}

/// `value` as a `Response` gloo-net may read: one of this realm, created by the runtime (the
/// status getter's brand check passes), with its prototype's `headers`, `status` and `text`
/// (no own string-keyed properties shadowing them). `None` for anything else.
fn genuine_response(value: &JsValue) -> Option<web_sys::Response> {
    let prototype = prototype_of(value).ok()?;
    if !RESPONSE_PROTOTYPE.with(|expected| Object::is(&prototype, expected)) {
        return None;
    }
    if own_property_names(value).ok()?.length() != 0 {
        return None;
    }
    value
        .unchecked_ref::<ResponseBrand>()
        .branded_status()
        .ok()?
        .as_f64()?;
    Some(value.clone().unchecked_into())
}

/// Status, the headers the client reads and the body of a genuine `Response`.
async fn read_genuine(raw: web_sys::Response) -> Result<HttpResponse, TransportError> {
    let response = gloo_net::http::Response::from(Clone::clone(&raw));
    // `Headers::get` throws only for an invalid header name; these are constants.
    let headers = response.headers();
    let headers = READ_RESPONSE_HEADERS
        .iter()
        .filter_map(|name| Some(((*name).to_owned(), headers.get(name)?)))
        .collect();
    let text = raw.text().map_err(|e| failure(describe_failure(&e)))?;
    let body = settle(&text).await?;
    Ok(HttpResponse {
        status: response.status(),
        headers,
        body: body.as_string().unwrap_or_default(),
    })
}

/// [`read_genuine`] for a Response-like object of another realm or library, by duck typing:
/// `status` an integer, `text()` a method, `headers.get(name)` if present.
async fn read_foreign(value: &JsValue) -> Result<HttpResponse, TransportError> {
    let status = get(value, "status")
        .as_f64()
        .filter(|s| s.fract() == 0.0 && (0.0..=999.0).contains(s));
    let text = get(value, "text");
    let (Some(status), Some(text)) = (status, text.dyn_ref::<Function>()) else {
        return Err(failure(
            "`fetch` resolved to something that is not a Response",
        ));
    };
    let headers = get(value, "headers");
    let lookup = get(&headers, "get");
    let headers = match lookup.dyn_ref::<Function>() {
        Some(lookup) => READ_RESPONSE_HEADERS
            .iter()
            .filter_map(|name| {
                let value = lookup.call1(&headers, &JsValue::from_str(name)).ok()?;
                Some(((*name).to_owned(), value.as_string()?))
            })
            .collect(),
        None => Vec::new(),
    };
    let body = text
        .call0(value)
        .map_err(|e| failure(describe_failure(&e)))?;
    let body = settle(&body).await?;
    Ok(HttpResponse {
        status: status as u16,
        headers,
        body: body.as_string().unwrap_or_default(),
    })
}

impl FetchTransport {
    async fn fetch_once(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let controller = AbortController::new().map_err(|e| failure(describe_failure(&e)))?;
        let mut guard = AbortOnDrop {
            controller: Some(controller.clone()),
        };
        let built = build_request(request, &controller.signal())?;
        let pending = match &request.body {
            // `fetch(request)` would re-read the Request's body through a proxy stream (the
            // spec's Request constructor; ~100 µs in Node 20): the same text given as
            // `init.body` replaces it instead, and the Request itself stays complete.
            Some(body) => {
                let init = Object::new();
                let _ = Reflect::set(&init, &JsValue::from_str("body"), &JsValue::from_str(body));
                self.fetch.call2(&self.this, &built, &init)
            }
            None => self.fetch.call1(&self.this, &built),
        }
        .map_err(|e| failure(describe_failure(&e)))?;
        let resolved = settle(&pending).await?;
        let response = match genuine_response(&resolved) {
            Some(raw) => read_genuine(raw).await?,
            None => read_foreign(&resolved).await?,
        };
        guard.controller = None;
        Ok(response)
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
