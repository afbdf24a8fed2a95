//! `ClientCore`: the wasm-bindgen class behind the JS `DinteroClient` (pkg-template/src/client.js).
//!
//! Options and requests cross as JS values read by [`super::convert::js_to_json`]; Dintero's
//! answers cross back as `JSON.parse` of its body ([`response_to_js`]), failures as plain error
//! objects (`{ kind, code, message, ... }`, [`error_to_js`]) that the JS wrapper turns into error
//! classes.
//! Secrets stay inside this object.

use super::caller_signal::CallerSignal;
use super::convert::{js_to_json, to_js};
use super::event_sink::{hook_issues, JsEventSink};
use super::fetch_transport::FetchTransport;
use super::response::{error_to_js, response_to_js};
use super::validation::issues_of;
use crate::client::{Answer, CallOptions, Client, ClientConfig, Environment, ResponseJson};
use crate::error::Error;
use crate::validate::{apply_strict, IssueCode, ValidationIssue};
use js_sys::Object;
use js_sys::{Promise, Reflect};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

/// A configured Dintero client (internal; wrapped by `DinteroClient` in JS).
#[wasm_bindgen(skip_typescript)]
pub struct ClientCore {
    client: Client<FetchTransport>,
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

fn option_issue(path: &str, message: &str) -> Error {
    Error::invalid_options(vec![ValidationIssue::error(
        path,
        IssueCode::InvalidType,
        message,
    )])
}

/// The `signal` and `{ timeoutMs, maxRetries }` call options.
fn signal_and_settings(
    signal: &JsValue,
    settings: &JsValue,
) -> Result<(CallerSignal, CallOptions), Error> {
    let settings = CallOptions::from_options(&js_to_json(settings).value)?;
    let signal = CallerSignal::new(signal).map_err(|message| option_issue("/signal", message))?;
    Ok((signal, settings))
}

/// The `includeSession` (boolean, default false), `signal` and `{ timeoutMs, maxRetries }`
/// call options.
fn call_options(
    include_session: &JsValue,
    signal: &JsValue,
    settings: &JsValue,
) -> Result<(bool, CallerSignal, CallOptions), Error> {
    let include_session = match include_session.as_bool() {
        Some(flag) => flag,
        None if include_session.is_undefined() || include_session.is_null() => false,
        None => return Err(option_issue("/includeSession", "must be a boolean")),
    };
    let (signal, settings) = signal_and_settings(signal, settings)?;
    Ok((include_session, signal, settings))
}

/// Runs a call to completion as a promise: Dintero's answer as `JSON.parse` of its exact text
/// with its `lastResponse` (`null` for `None`), an error as a plain error object. The caller's signal is watched until
/// it settles.
fn settle<T: IntoResponse + 'static>(
    signal: CallerSignal,
    call: impl AsyncFnOnce(&CallerSignal) -> Result<T, Error> + 'static,
) -> Promise {
    future_to_promise(async move {
        let result = call(&signal).await;
        drop(signal);
        match result {
            Ok(answer) => answer.into_js(),
            Err(error) => Err(error_to_js(&error)),
        }
    })
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
    /// Checks `options` (everything but `fetch`, the hooks and the logger) and `hooks`
    /// (`{ onRequest, onResponse, onRetry, onError, logger }`), and binds `fetch` (a function, or
    /// `undefined` for the global one). Events go to `emit` when it is a function. Throws a plain
    /// `invalid_options` error object listing every problem.
    #[wasm_bindgen(constructor)]
    pub fn new(
        options: JsValue,
        fetch: JsValue,
        hooks: JsValue,
        emit: JsValue,
    ) -> Result<ClientCore, JsValue> {
        let conversion = js_to_json(&options);
        let mut issues = conversion.issues;
        issues.extend(hook_issues(&hooks));
        let transport = match FetchTransport::new(&fetch) {
            Ok(transport) => Some(transport),
            Err(message) => {
                issues.push(ValidationIssue::error(
                    "/fetch",
                    IssueCode::InvalidType,
                    message,
                ));
                None
            }
        };
        let environment = Environment {
            browser_like: is_browser_like(),
        };
        let config = match ClientConfig::from_options(&conversion.value, environment) {
            Ok(config) if issues.is_empty() => config,
            Ok(_) => return Err(to_js(&Error::invalid_options(issues))),
            Err(mut error) => {
                issues.append(&mut error.issues);
                return Err(to_js(&Error::invalid_options(issues)));
            }
        };
        match transport {
            Some(transport) => {
                let client = Client::new(config, transport);
                let client = match JsEventSink::new(&emit) {
                    Some(sink) => client.with_events(Rc::new(sink)),
                    None => client,
                };
                Ok(ClientCore { client })
            }
            None => Err(to_js(&Error::invalid_options(issues))),
        }
    }

    /// Validates `request` and creates the session; resolves to
    /// `{ body: Dintero's answer ({ id, url, publish?, session? }), lastResponse }` or rejects
    /// with a plain error object. The request is read before this returns, so later changes to
    /// it have no effect. `settings` holds the call's `timeoutMs` and `maxRetries`.
    #[wasm_bindgen(js_name = createPaymentTokenSession)]
    pub fn create_payment_token_session(
        &self,
        request: JsValue,
        include_session: JsValue,
        signal: JsValue,
        settings: JsValue,
    ) -> Promise {
        let (include_session, signal, settings) =
            match call_options(&include_session, &signal, &settings) {
                Ok(options) => options,
                Err(error) => return rejected(&error),
            };
        let conversion = js_to_json(&request);
        if !conversion.issues.is_empty() {
            let issues = apply_strict(issues_of(&request).1, self.client.config().strict);
            return rejected(&Error::validation(issues));
        }
        let client = self.client.clone();
        settle(signal, async move |signal| {
            client
                .create_payment_token_session(&conversion.value, include_session, &settings, signal)
                .await
        })
    }

    /// `createPaymentTokenSession` with the request as `JSON.stringify` text of a plain JS value
    /// (the wrapper's fast path, pkg-template/src/plain-json.js): one string crosses the boundary
    /// instead of every value, and the text is sent as the body. Resolves to `null`, with
    /// nothing sent, if serde_json rejects the text; the wrapper then calls
    /// `createPaymentTokenSession` with the value.
    #[wasm_bindgen(js_name = createPaymentTokenSessionJson)]
    pub fn create_payment_token_session_json(
        &self,
        text: String,
        include_session: JsValue,
        signal: JsValue,
        settings: JsValue,
    ) -> Promise {
        let (include_session, signal, settings) =
            match call_options(&include_session, &signal, &settings) {
                Ok(options) => options,
                Err(error) => return rejected(&error),
            };
        let client = self.client.clone();
        settle(signal, async move |signal| {
            client
                .create_payment_token_session_text(text, include_session, &settings, signal)
                .await
        })
    }

    /// Reads a transaction with its card tokens; resolves to
    /// `{ body: the transaction, lastResponse }`.
    #[wasm_bindgen(js_name = getPaymentToken)]
    pub fn get_payment_token(
        &self,
        transaction_id: JsValue,
        signal: JsValue,
        settings: JsValue,
    ) -> Promise {
        let Some(transaction_id) = transaction_id.as_string() else {
            let issue = ValidationIssue::error(
                "/transactionId",
                IssueCode::InvalidType,
                "must be a string",
            );
            return rejected(&Error::invalid_arguments(vec![issue]));
        };
        let (signal, settings) = match signal_and_settings(&signal, &settings) {
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

    /// What may be shown about the client: account id, base URL, auth kind, client id,
    /// timeout and retries. Never a secret or a token.
    pub fn summary(&self) -> JsValue {
        to_js(&self.client.summary())
    }
}
