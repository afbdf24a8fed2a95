//! `ClientCore`: the wasm-bindgen class behind the JS `DinteroClient` (pkg-template/src/client.js).
//!
//! Options are read once by [`OptionValues`] against the lists in [`crate::client`], requests
//! by [`super::convert::js_to_json`] (or as JSON text, the wrapper's fast path); Dintero's
//! answers cross back as `JSON.parse` of its body ([`response_to_js`]), failures as plain error
//! objects (`{ kind, code, message, ... }`, [`error_to_js`]) that the JS wrapper turns into error
//! classes.
//! Secrets stay inside this object.

use super::caller_signal::CallerSignal;
use super::convert::{js_to_json, to_js};
use super::event_sink::{event_sink, hook_issues};
use super::fetch_transport::FetchTransport;
use super::options::OptionValues;
use super::response::{error_to_js, response_to_js};
use super::validation::issues_of;
use crate::client::{
    is_option, Answer, CallOptions, Client, ClientConfig, Environment, FeatureToggle, OptionLists,
    ResponseJson, CLIENT_OPTIONS, CREATE_OPTIONS, CREATE_OWN_OPTIONS, DELETE_OPTIONS, GET_OPTIONS,
    JS_VALUE_OPTIONS, PAY_OPTIONS,
};
use crate::error::{Error, ErrorKind};
use crate::validate::{apply_strict, IssueCode, RequestKind, ValidationIssue};
use js_sys::Object;
use js_sys::{Promise, Reflect};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

/// A configured Dintero client (internal; wrapped by `DinteroClient` in JS).
#[wasm_bindgen(skip_typescript)]
pub struct ClientCore {
    client: Client<FetchTransport>,
    /// The options as read: a plain copy, to re-create the client in a fresh wasm instance.
    options: Object,
}

fn rejected(error: &Error) -> Promise {
    Promise::reject(&error_to_js(error))
}

/// Whether the global scope looks like a browser page (`window` and `document` exist).
fn is_browser_like() -> bool {
    let global = js_sys::global();
    ["window", "document"].iter().all(|key| {
        Reflect::get(&global, &JsValue::from_str(key))
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false)
    })
}

fn option_issue(path: &str, message: &str) -> ValidationIssue {
    ValidationIssue::error(path, IssueCode::InvalidType, message)
}

/// One call's options, as read.
struct CallArgs {
    /// `includeSession` (default false).
    include_session: bool,
    signal: CallerSignal,
    settings: CallOptions,
    /// The call's own text options (`featureToggle`, `reason`, `requestor`), checked.
    texts: Vec<(&'static str, Option<String>)>,
}

/// One call's options (`known`: [`CREATE_OPTIONS`], [`GET_OPTIONS`], [`PAY_OPTIONS`] or
/// [`DELETE_OPTIONS`]): `includeSession`, the `signal`, the per-call `timeoutMs` /
/// `maxRetries` and the text options named in `texts` (each a string, and one of its allowed
/// values when it has a list), every problem reported at once as `invalid_options`.
fn call_options(
    options: &JsValue,
    known: OptionLists,
    texts: &[(&'static str, &[&str])],
) -> Result<CallArgs, Error> {
    let mut issues = Vec::new();
    let values = OptionValues::read(options, known, &mut issues)
        .ok_or_else(|| Error::invalid_options(std::mem::take(&mut issues)))?;
    let include_session = values.boolean("includeSession", &mut issues);
    let json = values.json(|key| key != "signal", &mut issues);
    let settings = CallOptions::from_options(&json)
        .map_err(|error| issues.extend(error.issues))
        .ok();
    let signal = CallerSignal::new(&values.get("signal"))
        .map_err(|message| issues.push(option_issue("/signal", message)))
        .ok();
    let texts = texts
        .iter()
        .map(|(name, allowed)| {
            let text = match json.get(*name) {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(text)) => Some(text.clone()),
                Some(_) => {
                    issues.push(option_issue(&format!("/{name}"), "must be a string"));
                    None
                }
            };
            if let Some(text) = text
                .as_deref()
                .filter(|t| !allowed.is_empty() && !allowed.contains(t))
            {
                issues.push(ValidationIssue::error(
                    format!("/{name}"),
                    IssueCode::InvalidValue,
                    format!("`{text}` is not one of {}", allowed.join(", ")),
                ));
            }
            (*name, text)
        })
        .collect();
    match (signal, settings) {
        (Some(signal), Some(settings)) if issues.is_empty() => Ok(CallArgs {
            include_session: include_session.unwrap_or(false),
            signal,
            settings,
            texts,
        }),
        _ => Err(Error::invalid_options(issues)),
    }
}

impl CallArgs {
    /// The text option `name`, if given.
    fn text(&self, name: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, text)| text.as_deref())
    }
}

/// Runs a call to completion as a promise: Dintero's answer as `JSON.parse` of its exact text
/// with its `lastResponse` (`null` for `None`), an error as a plain error object (an abort's
/// carries the signal's reason as `cause`). The caller's signal is watched until it settles.
/// The call's future is boxed here so [`settle_boxed`] (and `future_to_promise`) exist once.
fn settle<T: IntoResponse + 'static>(
    signal: CallerSignal,
    call: impl AsyncFnOnce(&CallerSignal) -> Result<T, Error> + 'static,
) -> Promise {
    settle_boxed(
        signal,
        Box::new(move |signal| Box::pin(async move { call(signal).await.map(into_js_boxed) })),
    )
}

/// A call's result, its answer still to be converted (after the signal is let go).
type Settled = Result<Box<dyn FnOnce() -> Result<JsValue, JsValue>>, Error>;

/// A call as [`settle_boxed`] runs it: the future borrows the caller's signal.
type BoxedCall =
    Box<dyn for<'s> FnOnce(&'s CallerSignal) -> Pin<Box<dyn Future<Output = Settled> + 's>>>;

/// Defers an answer's conversion to JS behind one non-generic call.
fn into_js_boxed<T: IntoResponse + 'static>(
    answer: T,
) -> Box<dyn FnOnce() -> Result<JsValue, JsValue>> {
    Box::new(move || answer.into_js())
}

/// The one, non-generic body of [`settle`].
#[inline(never)]
fn settle_boxed(signal: CallerSignal, call: BoxedCall) -> Promise {
    future_to_promise(async move {
        let result = call(&signal).await;
        let reason = signal.reason();
        drop(signal);
        match result {
            Ok(answer) => answer(),
            Err(error) => Err(rejection(&error, reason)),
        }
    })
}

/// The plain error object a call rejects with; an abort's carries the signal's `reason` as
/// `cause` (the error class makes it non-enumerable, like Error's own). Not inlined: one copy
/// serves every instance of [`settle`].
#[inline(never)]
fn rejection(error: &Error, reason: Option<JsValue>) -> JsValue {
    let value = error_to_js(error);
    if let (ErrorKind::Abort, Some(reason)) = (error.kind, reason) {
        let _ = Reflect::set(&value, &JsValue::from_str("cause"), &reason);
    }
    value
}

/// A call's successful result as a JS value.
trait IntoResponse {
    fn into_js(self) -> Result<JsValue, JsValue>;
}

/// `{ body: JSON.parse(Dintero's exact text), lastResponse: { requestId, status, attempts } }`.
impl IntoResponse for Answer<ResponseJson> {
    fn into_js(self) -> Result<JsValue, JsValue> {
        let settled = Object::new();
        // Setting properties on the plain object just created cannot fail.
        let _ = Reflect::set(&settled, &"body".into(), &response_to_js(&self.body)?);
        let _ = Reflect::set(&settled, &"lastResponse".into(), &to_js(&self.meta));
        Ok(settled.into())
    }
}

impl IntoResponse for Option<Answer<ResponseJson>> {
    fn into_js(self) -> Result<JsValue, JsValue> {
        self.map_or(Ok(JsValue::NULL), IntoResponse::into_js)
    }
}

#[wasm_bindgen]
impl ClientCore {
    /// Reads and checks `options` (every problem at once: a plain `invalid_options` error
    /// object is thrown) and binds `fetch` (the global one when absent). When hooks or logging
    /// are set, `dispatcher(handlers, logging)` (pkg-template/src/hooks.js) returns the function
    /// that receives the client's events.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue, dispatcher: JsValue) -> Result<ClientCore, JsValue> {
        let mut issues = Vec::new();
        let Some(values) = OptionValues::read(&options, CLIENT_OPTIONS, &mut issues) else {
            return Err(to_js(&Error::invalid_options(issues)));
        };
        let json = values.json(|key| !JS_VALUE_OPTIONS.contains(&key), &mut issues);
        issues.extend(hook_issues(&values));
        let transport = FetchTransport::new(&values.get("fetch"))
            .map_err(|message| issues.push(option_issue("/fetch", message)))
            .ok();
        let environment = Environment {
            browser_like: is_browser_like(),
        };
        let config = ClientConfig::from_options(&json, environment)
            .map_err(|error| issues.extend(error.issues))
            .ok();
        let (Some(config), Some(transport), true) = (config, transport, issues.is_empty()) else {
            return Err(to_js(&Error::invalid_options(issues)));
        };
        let client = Client::new(config, transport);
        let client = match event_sink(&values, &dispatcher) {
            Some(sink) => client.with_events(Rc::new(sink)),
            None => client,
        };
        Ok(ClientCore {
            client,
            options: values.object(|_| true),
        })
    }

    /// The options as read, a plain copy: the wrapper re-creates the client from it if the wasm
    /// instance is ever replaced (after a trap), without reading the caller's object again.
    pub fn options(&self) -> Object {
        self.options.clone()
    }

    /// Validates `request` and creates the session; resolves to
    /// `{ body: Dintero's answer ({ id, url, publish?, session? }), lastResponse }` or rejects
    /// with a plain error object. The request is read before this returns, so later changes to
    /// it have no effect. `options`: `{ includeSession, signal, timeoutMs, maxRetries }`.
    #[wasm_bindgen(js_name = createPaymentTokenSession)]
    pub fn create_payment_token_session(&self, request: JsValue, options: JsValue) -> Promise {
        self.create(&options, &|| {
            let conversion = js_to_json(&request);
            if conversion.issues.is_empty() {
                // serde_json reads its own output, so this text never resolves to `null`.
                return Ok(conversion.value.to_string());
            }
            // Conversion issues are errors: the request is refused, with every issue.
            let kind = RequestKind::PaymentTokenSession;
            let issues = apply_strict(issues_of(kind, &request).1, self.client.config().strict);
            Err(Error::validation_of(kind.subject(), issues))
        })
    }

    /// `createPaymentTokenSession` with the request as `JSON.stringify` text of a plain JS value
    /// (the wrapper's fast path, pkg-template/src/plain-json.js): one string crosses the boundary
    /// instead of every value, and the text is sent as the body. Resolves to `null`, with
    /// nothing sent, if serde_json rejects the text; the wrapper then calls
    /// `createPaymentTokenSession` with the value.
    #[wasm_bindgen(js_name = createPaymentTokenSessionJson)]
    pub fn create_payment_token_session_json(&self, text: String, options: JsValue) -> Promise {
        self.create(&options, &|| Ok(text.clone()))
    }

    /// Reads a transaction with its card tokens; resolves to
    /// `{ body: the transaction, lastResponse }`. `options`: `{ signal, timeoutMs, maxRetries }`.
    #[wasm_bindgen(js_name = getPaymentToken)]
    pub fn get_payment_token(&self, transaction_id: JsValue, options: JsValue) -> Promise {
        let Some(transaction_id) = transaction_id.as_string() else {
            let issue = ValidationIssue::error(
                "/transactionId",
                IssueCode::InvalidType,
                "must be a string",
            );
            return rejected(&Error::invalid_arguments(vec![issue]));
        };
        let CallArgs {
            signal, settings, ..
        } = match call_options(&options, GET_OPTIONS, &[]) {
            Ok(options) => options,
            Err(error) => return rejected(&error),
        };
        let client = self.client.clone();
        settle(signal, async move |signal| {
            client
                .get_payment_token(&transaction_id, &settings, signal)
                .await
        })
    }

    /// Validates `request` and charges the card token in it (`POST /v1/sessions/pay`);
    /// resolves to `{ body: the transaction, lastResponse }` or rejects with a plain error
    /// object (`payment_declined`, `payment_outcome_unknown`, ...). `options`:
    /// `{ featureToggle, signal, timeoutMs, maxRetries }`.
    #[wasm_bindgen(js_name = payWithToken)]
    pub fn pay_with_token(&self, request: JsValue, options: JsValue) -> Promise {
        let toggles: &[&str] = &FeatureToggle::VALUES;
        let args = match call_options(&options, PAY_OPTIONS, &[("featureToggle", toggles)]) {
            Ok(args) => args,
            Err(error) => return rejected(&error),
        };
        let toggle = args
            .text("featureToggle")
            .and_then(FeatureToggle::from_option)
            .unwrap_or_default();
        let kind = RequestKind::PayWithToken;
        let conversion = js_to_json(&request);
        if !conversion.issues.is_empty() {
            let issues = apply_strict(issues_of(kind, &request).1, self.client.config().strict);
            return rejected(&Error::validation_of(kind.subject(), issues));
        }
        let request = conversion.value;
        let CallArgs {
            signal, settings, ..
        } = args;
        let client = self.client.clone();
        settle(signal, async move |signal| {
            client
                .pay_with_token(&request, toggle, &settings, signal)
                .await
        })
    }

    /// Deletes a card token (`DELETE /v1/card-tokens/{id}`); resolves to
    /// `{ body: the card token, lastResponse }`. `options`:
    /// `{ reason, requestor, signal, timeoutMs, maxRetries }`.
    #[wasm_bindgen(js_name = deletePaymentToken)]
    pub fn delete_payment_token(&self, token_id: JsValue, options: JsValue) -> Promise {
        let Some(token_id) = token_id.as_string() else {
            let issue =
                ValidationIssue::error("/tokenId", IssueCode::InvalidType, "must be a string");
            return rejected(&Error::invalid_arguments(vec![issue]));
        };
        let args = match call_options(
            &options,
            DELETE_OPTIONS,
            &[("reason", &[]), ("requestor", &[])],
        ) {
            Ok(args) => args,
            Err(error) => return rejected(&error),
        };
        let reason = args.text("reason").map(str::to_owned);
        let requestor = args.text("requestor").map(str::to_owned);
        let CallArgs {
            signal, settings, ..
        } = args;
        let client = self.client.clone();
        settle(signal, async move |signal| {
            client
                .delete_payment_token(
                    &token_id,
                    reason.as_deref(),
                    requestor.as_deref(),
                    &settings,
                    signal,
                )
                .await
        })
    }

    /// What may be shown about the client: account id, base URL, auth kind, client id,
    /// timeout and retries. Never a secret or a token.
    pub fn summary(&self) -> JsValue {
        to_js(&self.client.summary())
    }
}

impl ClientCore {
    /// Reads the call's `options`, then the request body (`body`: the request's JSON text or
    /// the error that rejects the call), and creates the session from the text. Both entry
    /// points share this one path (one copy of the call's future in the .wasm).
    fn create(&self, options: &JsValue, body: &dyn Fn() -> Result<String, Error>) -> Promise {
        let CallArgs {
            include_session,
            signal,
            settings,
            ..
        } = match call_options(options, CREATE_OPTIONS, &[]) {
            Ok(options) => options,
            Err(error) => return rejected(&error),
        };
        let text = match body() {
            Ok(text) => text,
            Err(error) => return rejected(&error),
        };
        let client = self.client.clone();
        settle(signal, async move |signal| {
            client
                .create_payment_token_session_text(text, include_session, &settings, signal)
                .await
        })
    }
}

/// Splits the options of the one-shot `createPaymentTokenSession` into the client's and the
/// call's (`[client, call]`, plain copies); throws the plain `invalid_options` error object for
/// unknown keys or unreadable options. Internal (no TypeScript).
#[wasm_bindgen(js_name = oneShotOptions, skip_typescript)]
pub fn one_shot_options(options: JsValue) -> Result<js_sys::Array, JsValue> {
    let call_only =
        |key: &str| CREATE_OWN_OPTIONS.contains(&key) && !is_option(key, CLIENT_OPTIONS);
    let mut known = CLIENT_OPTIONS.to_vec();
    known.push(CREATE_OWN_OPTIONS);
    let mut issues = Vec::new();
    match OptionValues::read(&options, &known, &mut issues) {
        Some(values) if issues.is_empty() => Ok(js_sys::Array::of2(
            &values.object(|key| !call_only(key)),
            &values.object(call_only),
        )),
        _ => Err(to_js(&Error::invalid_options(issues))),
    }
}
