//! [`Transport`] over `fetch` (the global one or a caller-supplied function), with gloo-net's
//! http types wrapping each request and reading each response.
//!
//! gloo-net traps the wasm instance on a rejection that is not an `Error` of this realm and on a
//! result that is not a `Response`, and cannot call an injected `fetch`. So this file calls
//! `fetch` itself, as `fetch(url, init)` (the global one) or `fetch(request, init)` with one
//! `Request` built from the same `init` (a caller-supplied one; see [`request_init`] and
//! [`build_request`]), settles the promise itself, and
//! wraps only a genuine `Response` of this realm (exact prototype, brand-checked) in
//! `gloo_net::http::Response` for the status and header look-ups. The body is read by
//! [`super::fetch_body`], chunk by chunk through its stream's reader, within the client's body
//! limit (gloo-net's `text()` would trap if a stream body errors with a non-Error reason, and
//! reads without a limit). A Response-like object from another realm or library (node:vm,
//! node-fetch) is read by duck typing, every step guarded. The caller's `AbortSignal` never
//! reaches `fetch`: each attempt gets its own `AbortController`, aborted when the attempt is
//! dropped (timeout, caller abort) or its body is refused for its size.

use super::fetch_body::FetchBody;
use super::js_failure::{describe_failure, failure, get, settle};
use crate::client::{
    read_bounded, BodyBudget, BodyError, HttpRequest, HttpResponse, Transport, TransportError,
    CONTENT_LENGTH, MAX_RESPONSE_BODY_BYTES, READ_RESPONSE_HEADERS,
};
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
    /// Whether the first argument is a complete `Request` (a caller-supplied function: the README
    /// promises it one) or the URL (the global `fetch`).
    passes_request: bool,
}

impl FetchTransport {
    /// Uses `custom` when it is a function, else the global `fetch`. `Err` when neither exists
    /// or `custom` is not a function.
    pub fn new(custom: &JsValue) -> Result<Self, &'static str> {
        if custom.is_function() {
            return Ok(Self {
                fetch: custom.clone().unchecked_into(),
                this: JsValue::UNDEFINED,
                passes_request: true,
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
                passes_request: false,
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

/// The one `Request` of an attempt for a caller-supplied `fetch`: `new Request(url, init)` with
/// the attempt's [`request_init`], constructed once here and wrapped in gloo-net's type with
/// `From`. (gloo-net's `RequestBuilder::build` would construct two, `new Request(url)` and
/// `new Request(url, init)`, plus a `new URL` to merge query parameters the client never sets.)
/// The constructor can throw only a `TypeError` (an invalid header value; the URL was validated
/// already), returned as a [`TransportError`] like any other.
fn build_request(
    request: &HttpRequest,
    init: &Object,
) -> Result<gloo_net::http::Request, TransportError> {
    web_sys::Request::new_with_str_and_init(&request.url, init.unchecked_ref())
        .map(gloo_net::http::Request::from)
        .map_err(|e| failure(describe_failure(&e)))
}

/// The `init` of every call: method, headers, body, signal and redirect mode, the whole request
/// but its URL. The global `fetch` gets `fetch(url, init)`: runtimes wrap it, and Next.js's
/// edge route handlers do so twice: its fetch patch turns a `Request` argument and its `init` into
/// one `Request` and drops `init`, then its sandbox adds `User-Agent: Next.js Middleware` to an
/// `init` without headers and lays those over the `Request`'s; with a URL and headers in `init`
/// ours are kept. A caller-supplied `fetch` gets `fetch(request, init)`, the complete `Request` it
/// was promised plus this `init`, so a wrapper reading either sends the same request. The headers
/// are a plain object with lower-case names (what `Headers` stores), so a wrapper that spreads
/// `{ ...init.headers }` keeps them too. `init.body` also spares `fetch` re-reading a Request's
/// body through a proxy stream (~100 µs in Node 20).
fn request_init(request: &HttpRequest, signal: &web_sys::AbortSignal) -> Object {
    let set = |target: &Object, key: &str, value: &JsValue| {
        let _ = Reflect::set(target, &JsValue::from_str(key), value);
    };
    let headers = Object::new();
    for (name, value) in &request.headers {
        set(
            &headers,
            &name.to_ascii_lowercase(),
            &JsValue::from_str(value),
        );
    }
    let init = Object::new();
    set(&init, "method", &JsValue::from_str(request.method.as_str()));
    set(&init, "headers", &headers);
    if let Some(body) = &request.body {
        set(&init, "body", &JsValue::from_str(body));
    }
    set(&init, "signal", signal);
    set(&init, "redirect", &JsValue::from_str("manual"));
    init
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

/// `head` with the body of `stream` read within [`MAX_RESPONSE_BODY_BYTES`]
/// ([`read_bounded`] decides, checking `content_length` first).
async fn read_limited(
    head: HttpResponse,
    stream: FetchBody,
    content_length: Option<String>,
) -> Result<HttpResponse, TransportError> {
    match read_bounded(stream, content_length.as_deref(), MAX_RESPONSE_BODY_BYTES).await {
        Ok(body) => Ok(HttpResponse { body, ..head }),
        Err(error) => Err(error.into_transport_error(head, MAX_RESPONSE_BODY_BYTES)),
    }
}

/// Status, the headers the client reads and the body of a genuine `Response`, the body read
/// through its stream's reader within the limit.
async fn read_genuine(raw: web_sys::Response) -> Result<HttpResponse, TransportError> {
    let response = gloo_net::http::Response::from(Clone::clone(&raw));
    // `Headers::get` throws only for an invalid header name; these are constants.
    let headers = response.headers();
    let head = HttpResponse {
        status: response.status(),
        headers: READ_RESPONSE_HEADERS
            .iter()
            .filter_map(|name| Some(((*name).to_owned(), headers.get(name)?)))
            .collect(),
        body: String::new(),
    };
    let stream = FetchBody::genuine(&raw)?;
    read_limited(head, stream, headers.get(CONTENT_LENGTH)).await
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
    let header = |name: &str| {
        let lookup = lookup.dyn_ref::<Function>()?;
        lookup
            .call1(&headers, &JsValue::from_str(name))
            .ok()?
            .as_string()
    };
    let head = HttpResponse {
        status: status as u16,
        headers: READ_RESPONSE_HEADERS
            .iter()
            .filter_map(|name| Some(((*name).to_owned(), header(name)?)))
            .collect(),
        body: String::new(),
    };
    let content_length = header(CONTENT_LENGTH);
    if let Some(stream) = FetchBody::foreign(value)? {
        return read_limited(head, stream, content_length).await;
    }
    // No stream to read from (node-fetch, a hand-made object): `text()`, then the same limit.
    let body = text
        .call0(value)
        .map_err(|e| failure(describe_failure(&e)))?;
    let body = settle(&body).await?.as_string().unwrap_or_default();
    match BodyBudget::new(MAX_RESPONSE_BODY_BYTES).take(body.len()) {
        Ok(()) => Ok(HttpResponse { body, ..head }),
        Err(over) => {
            Err(BodyError::TooLarge(over).into_transport_error(head, MAX_RESPONSE_BODY_BYTES))
        }
    }
}

impl FetchTransport {
    async fn fetch_once(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let controller = AbortController::new().map_err(|e| failure(describe_failure(&e)))?;
        let mut guard = AbortOnDrop {
            controller: Some(controller.clone()),
        };
        let signal = controller.signal();
        let init = request_init(request, &signal);
        let input: JsValue = if self.passes_request {
            web_sys::Request::from(build_request(request, &init)?).into()
        } else {
            JsValue::from_str(&request.url)
        };
        let pending = self
            .fetch
            .call2(&self.this, &input, &init)
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
