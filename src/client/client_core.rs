//! The client: the create-session and get-payment-token flows over a [`Transport`].

use super::answer::{Answer, ResponseMeta};
use super::attempts::{send_with_retries, Attempted, Repeat, Reporter};
use super::auth::{
    basic_credentials, parse_token_response, token_path, token_request, AccessToken,
};
use super::card_token::deletion_body;
use super::config::{CallOptions, ClientConfig, Credentials, Settings};
use super::endpoint::{Endpoint, RetryRule, CREATE_SESSION, DELETE_CARD_TOKEN, GET_TRANSACTION};
use super::error_mapping::Operation;
use super::events::{path_only, Event, EventKind, EventSink, RetryReason};
use super::response_json::ResponseJson;
use super::response_text::REQUEST_ID_HEADERS;
use super::secret::Secret;
use super::session::session_query;
use super::shared::Shared;
use super::token_cache::TokenCache;
use super::transaction::CARD_TOKENS_QUERY;
use super::transport::{
    Cancellation, HttpRequest, HttpResponse, Method, NeverCancelled, Transport,
};
use crate::builder::{build_payment_token_session_with, check_text};
use crate::error::Error;
use crate::validate::RequestKind;
use serde_json::{json, Value};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// The `User-Agent` sent with every request (workerd sends none of its own).
pub const USER_AGENT: &str = concat!("dintero-payment-token/", env!("CARGO_PKG_VERSION"));

/// How many times one call may drop a refused token and fetch a new one (a token that expires
/// or is revoked during a long run of retries, more than once).
pub const MAX_TOKEN_REFRESHES: u32 = 3;

/// A Dintero Checkout client. Cloning is cheap and clones share the token cache.
pub struct Client<T: Transport> {
    transport: Rc<T>,
    config: Rc<ClientConfig>,
    tokens: Rc<TokenCache>,
    events: Option<Rc<dyn EventSink>>,
}

impl<T: Transport> Clone for Client<T> {
    fn clone(&self) -> Self {
        Self {
            transport: Rc::clone(&self.transport),
            config: Rc::clone(&self.config),
            tokens: Rc::clone(&self.tokens),
            events: self.events.clone(),
        }
    }
}

impl<T: Transport> std::fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl<T: Transport + 'static> Client<T> {
    /// A client with its own (empty) token cache.
    pub fn new(config: ClientConfig, transport: T) -> Self {
        Self {
            transport: Rc::new(transport),
            config: Rc::new(config),
            tokens: Rc::new(TokenCache::default()),
            events: None,
        }
    }

    /// Reports every attempt, response, retry and failed call to `sink`.
    pub fn with_events(mut self, sink: Rc<dyn EventSink>) -> Self {
        self.events = Some(sink);
        self
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// What may be shown about the client (for `util.inspect` and `toJSON`): no secrets.
    pub fn summary(&self) -> Value {
        let (auth, client_id) = match &self.config.credentials {
            Credentials::ClientCredentials { client_id, .. } => {
                ("clientCredentials", Some(client_id.as_str()))
            }
            Credentials::AccessToken(_) => ("accessToken", None),
        };
        let mut summary = json!({
            "accountId": self.config.account_id,
            "baseUrl": self.config.base_url.as_str(),
            "auth": auth,
            "timeoutMs": self.config.timeout_ms,
            "maxRetries": self.config.retry.max_retries,
        });
        if let (Some(id), Some(map)) = (client_id, summary.as_object_mut()) {
            map.insert("clientId".into(), json!(id));
        }
        summary
    }

    /// Validates `request` (nothing is sent if it is invalid; with the `strict` option warnings
    /// block too), then creates the session: `POST /v1/sessions/payment-token`, with
    /// `?include_session=true` when asked. Returns Dintero's response (`id`, `url`, `publish`,
    /// `session`...) as the exact text Dintero sent, with its [`ResponseMeta`].
    pub async fn create_payment_token_session<C: Cancellation>(
        &self,
        request: &Value,
        include_session: bool,
        options: &CallOptions,
        cancel: &C,
    ) -> Result<Answer<ResponseJson>, Error> {
        let call = self.call(options, cancel);
        let query = session_query(include_session);
        let built =
            build_payment_token_session_with(request, call.started_ms as i64, self.config.strict);
        let body = built.map(|body| body.to_string());
        self.request(&CREATE_SESSION, None, query, body.map(Some), &call)
            .await
    }

    /// [`Client::create_payment_token_session`] for a request that arrived as JSON text,
    /// validated straight from the text. `text` itself is sent as the body (no parsed copy, no
    /// second serialisation), so the body is byte for byte what the caller's `JSON.stringify`
    /// produced and what `buildPaymentTokenSession` returns for it. `Ok(None)`, with nothing
    /// sent, when `text` is not JSON that serde_json accepts (a lone surrogate escape): the
    /// caller then passes the request as a value instead.
    pub async fn create_payment_token_session_text<C: Cancellation>(
        &self,
        text: String,
        include_session: bool,
        options: &CallOptions,
        cancel: &C,
    ) -> Result<Option<Answer<ResponseJson>>, Error> {
        let call = self.call(options, cancel);
        let Some(checked) = check_text(
            RequestKind::PaymentTokenSession,
            &text,
            call.started_ms as i64,
            self.config.strict,
        ) else {
            return Ok(None);
        };
        let query = session_query(include_session);
        let body = checked.map(|_| Some(text));
        self.request(&CREATE_SESSION, None, query, body, &call)
            .await
            .map(Some)
    }

    /// Reads a transaction with its card tokens:
    /// `GET /v1/transactions/{id}?includes=card.payment_token&includes=card.recurrence_token`,
    /// returned as the exact text Dintero sent.
    pub async fn get_payment_token<C: Cancellation>(
        &self,
        transaction_id: &str,
        options: &CallOptions,
        cancel: &C,
    ) -> Result<Answer<ResponseJson>, Error> {
        let call = self.call(options, cancel);
        let segment = Some(transaction_id);
        self.request(
            &GET_TRANSACTION,
            segment,
            CARD_TOKENS_QUERY,
            Ok(None),
            &call,
        )
        .await
    }

    /// Deletes a stored card token: `DELETE /v1/card-tokens/{id}` (`token_id`: the
    /// `payment_token_id` or `recurrence_token_id`), with `{ reason, requestor }` when given.
    /// Returns the card-token object exactly as Dintero sent it.
    pub async fn delete_payment_token<C: Cancellation>(
        &self,
        token_id: &str,
        reason: Option<&str>,
        requestor: Option<&str>,
        options: &CallOptions,
        cancel: &C,
    ) -> Result<Answer<ResponseJson>, Error> {
        let call = self.call(options, cancel);
        let body = deletion_body(reason, requestor).map_err(Error::invalid_arguments);
        self.request(&DELETE_CARD_TOKEN, Some(token_id), "", body, &call)
            .await
    }

    /// One call of `endpoint`: the path from its template (`segment` checked by its rule), the
    /// `body` (or the validation error that refuses the call), auth and attempts, the answer
    /// checked by its rule; a failure is reported once. Every endpoint goes through here, or
    /// through [`Client::send`] when its flow does more (the charge).
    async fn request<C: Cancellation>(
        &self,
        endpoint: &Endpoint,
        segment: Option<&str>,
        query: &str,
        body: Result<Option<String>, Error>,
        call: &Call<'_, C>,
    ) -> Result<Answer<ResponseJson>, Error> {
        let path = match endpoint.path_for(segment, query) {
            Ok(path) => path,
            Err(error) => return self.reported(endpoint.method, endpoint.path, call, Err(error)),
        };
        let result = match body {
            Ok(body) => self.send(endpoint, &path, body, &[], call).await.0,
            Err(error) => Err(error),
        };
        self.reported(endpoint.method, &path, call, result)
    }

    /// Sends `body` to `endpoint` at `path` with `headers` added and checks the answer; the
    /// second value says whether some attempt may have reached Dintero without the client
    /// learning what happened (see [`Attempted::may_have_reached`]).
    ///
    /// Boxed: every call site awaits the same future type, so the attempt loop and the token
    /// flow are in the .wasm once rather than inlined into each endpoint's flow.
    pub(super) fn send<'s, C: Cancellation>(
        &'s self,
        endpoint: &'s Endpoint,
        path: &'s str,
        body: Option<String>,
        headers: &'s [(&'static str, String)],
        call: &'s Call<'_, C>,
    ) -> Pin<Box<dyn Future<Output = Sent> + 's>> {
        Box::pin(self.send_unboxed(endpoint, path, body, headers, call))
    }

    async fn send_unboxed<C: Cancellation>(
        &self,
        endpoint: &Endpoint,
        path: &str,
        body: Option<String>,
        headers: &[(&'static str, String)],
        call: &Call<'_, C>,
    ) -> Sent {
        let repeat = match endpoint.retry {
            RetryRule::SafeToRepeat => Repeat::Failures,
            RetryRule::Charge if call.repeat_charge => Repeat::Failures,
            RetryRule::Charge => Repeat::NothingDone,
        };
        let (result, may_have_reached) = self
            .authorized(endpoint.method, path, body, headers, repeat, call)
            .await;
        let answer = result.and_then(|mut done| {
            let parsed = endpoint.check_answer(std::mem::take(&mut done.response.body));
            self.answer(endpoint.method, path, call, done, parsed)
        });
        (answer, may_have_reached)
    }

    /// The state of one call: its settings, the caller's cancellation and when it started.
    pub(super) fn call<'c, C: Cancellation>(
        &self,
        options: &CallOptions,
        cancel: &'c C,
    ) -> Call<'c, C> {
        Call {
            settings: self.config.settings(options),
            cancel,
            started_ms: self.transport.now_ms(),
            repeat_charge: false,
            secrets: Vec::new(),
        }
    }

    /// The [`Answer`] for a checked 2xx body, or the error for a body that is not as documented.
    fn answer<B, C: Cancellation>(
        &self,
        method: Method,
        path: &str,
        call: &Call<'_, C>,
        done: Authorized,
        parsed: Result<B, &'static str>,
    ) -> Result<Answer<B>, Error> {
        let operation = || {
            let mut operation = self.operation(method, path, &done.used_tokens, &call.settings);
            operation.secrets.extend(call.secrets.iter().cloned());
            operation
        };
        match parsed {
            Ok(body) => {
                // The secrets to clean the id with are only gathered when there is an id.
                let has_id = REQUEST_ID_HEADERS
                    .iter()
                    .any(|name| done.response.header(name).is_some());
                let request_id = has_id
                    .then(|| operation().request_id(&done.response))
                    .flatten();
                Ok(Answer {
                    body,
                    meta: ResponseMeta {
                        request_id,
                        status: done.response.status,
                        attempts: done.attempts,
                    },
                })
            }
            Err(problem) => {
                Err(operation().invalid_response_error(&done.response, done.attempts, problem))
            }
        }
    }

    /// Reports a failed call to the event sink; returns `result` unchanged.
    pub(super) fn reported<R, C: Cancellation>(
        &self,
        method: Method,
        path: &str,
        call: &Call<'_, C>,
        result: Result<R, Error>,
    ) -> Result<R, Error> {
        if let (Err(error), Some(sink)) = (&result, &self.events) {
            sink.emit(Event {
                status: error.status,
                duration_ms: self.transport.now_ms() - call.started_ms,
                request_id: error.request_id().map(str::to_owned),
                error: Some(error.clone()),
                ..Event::new(
                    EventKind::Error,
                    method.as_str(),
                    path,
                    error.attempts.unwrap_or(0),
                )
            });
        }
        result
    }

    /// Where an API request with `token` reports its events (with bodies if `hookBodies`).
    fn reporter<'s>(&'s self, token: &Secret, call_secrets: &[String]) -> Reporter<'s> {
        Reporter::new(self.events.as_deref(), self.config.hook_bodies, || {
            let mut secrets = secrets_of(&self.config);
            secrets.extend(call_secrets.iter().cloned());
            secrets.push(token.expose().to_owned());
            secrets.extend(self.tokens.cached().map(|t| t.expose().to_owned()));
            secrets
        })
    }

    /// Sends an API request with a bearer token and `headers`, repeated as `repeat` allows. A
    /// 401 with a cached token (client credentials) drops that token, fetches a new one and
    /// retries: once, and again (up to [`MAX_TOKEN_REFRESHES`] in all) only for a token Dintero
    /// had accepted before, which has expired or been revoked during the call since (refused
    /// credentials get a fresh token refused at once, and so one refresh). The second value: whether some attempt may have reached Dintero with an
    /// outcome the client never learnt.
    async fn authorized<C: Cancellation>(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        headers: &[(&'static str, String)],
        repeat: Repeat,
        call: &Call<'_, C>,
    ) -> (Result<Authorized, Error>, bool) {
        let can_refresh = matches!(
            self.config.credentials,
            Credentials::ClientCredentials { .. }
        );
        let mut refreshes = 0;
        let mut attempts = 0;
        let mut reached = false;
        let mut used_tokens: Vec<Secret> = Vec::new();
        loop {
            let token = match self.access_token(method, path, call).await {
                Ok(token) => token,
                Err(error) => return (Err(error), reached),
            };
            used_tokens.push(token.clone());
            let request = self.api_request(method, path, body.clone(), headers, &token);
            let reporter = self.reporter(&token, &call.secrets);
            let Attempted {
                result,
                attempts: made,
                may_have_reached,
            } = send_with_retries(
                &*self.transport,
                &request,
                path,
                &call.settings,
                repeat,
                call.cancel,
                &reporter,
            )
            .await;
            attempts += made;
            reached |= may_have_reached;
            // The error description (with every secret to redact) is only built when needed.
            let operation = || {
                let mut operation = self.operation(method, path, &used_tokens, &call.settings);
                operation.secrets.extend(call.secrets.iter().cloned());
                operation
            };
            if matches!(&result, Ok(response) if !matches!(response.status, 401 | 403)) {
                self.tokens.accepted(&token);
            }
            let outcome = match result {
                Ok(response)
                    if response.status == 401
                        && can_refresh
                        && (refreshes == 0
                            || (refreshes < MAX_TOKEN_REFRESHES
                                && self.tokens.was_accepted(&token))) =>
                {
                    self.tokens.invalidate(&token);
                    refreshes += 1;
                    reporter.emit(|| Event {
                        status: Some(response.status),
                        request_id: reporter.request_id(&response),
                        reason: Some(RetryReason::Unauthorized),
                        delay_ms: Some(0),
                        ..Event::new(EventKind::Retry, method.as_str(), path, attempts)
                    });
                    continue;
                }
                Ok(response) if response.is_success() => Ok(Authorized {
                    response,
                    attempts,
                    used_tokens,
                }),
                Ok(response) => Err(operation().response_error(&response, attempts)),
                Err(failure) => Err(operation().failure_error(&failure, attempts)),
            };
            return (outcome, reached);
        }
    }

    fn api_request(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        extra: &[(&'static str, String)],
        token: &Secret,
    ) -> HttpRequest {
        let mut headers = vec![
            (
                "Authorization".to_owned(),
                format!("Bearer {}", token.expose()),
            ),
            ("Accept".to_owned(), "application/json".to_owned()),
            ("User-Agent".to_owned(), USER_AGENT.to_owned()),
        ];
        if body.is_some() {
            headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
        }
        headers.extend(
            extra
                .iter()
                .map(|(name, value)| ((*name).to_owned(), value.clone())),
        );
        headers.extend(
            self.config
                .system
                .headers()
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value.to_owned())),
        );
        HttpRequest {
            method,
            url: self.config.base_url.join(path),
            headers,
            body,
        }
    }

    /// The configured access token, or a cached / shared / new one from the token endpoint. A
    /// new token request runs with the settings of the call that starts it.
    async fn access_token<C: Cancellation>(
        &self,
        method: Method,
        path: &str,
        call: &Call<'_, C>,
    ) -> Result<Secret, Error> {
        if let Credentials::AccessToken(token) = &self.config.credentials {
            return Ok(token.clone());
        }
        let aborted = || {
            self.operation(method, path, &[], &call.settings)
                .aborted_error()
        };
        if call.cancel.is_cancelled() {
            return Err(aborted());
        }
        let transport = Rc::clone(&self.transport);
        let config = Rc::clone(&self.config);
        let events = self.events.clone();
        let settings = call.settings;
        let start = move || {
            Shared::new(async move {
                fetch_token(&*transport, &config, &settings, events.as_deref()).await
            })
        };
        self.tokens
            .token(self.transport.now_ms(), start, call.cancel, aborted)
            .await
    }

    /// Describes a request for error messages; `tokens` are the access tokens it used.
    fn operation(
        &self,
        method: Method,
        path: &str,
        tokens: &[Secret],
        settings: &Settings,
    ) -> Operation {
        let mut secrets = secrets_of(&self.config);
        secrets.extend(tokens.iter().map(|t| t.expose().to_owned()));
        secrets.extend(self.tokens.cached().map(|t| t.expose().to_owned()));
        Operation {
            label: format!("{} {}", method.as_str(), path_only(path)),
            is_token_endpoint: false,
            timeout_ms: settings.timeout_ms,
            now_ms: self.transport.now_ms(),
            secrets,
        }
    }
}

/// What [`Client::send`] gives: the checked answer or the error, and whether some attempt may
/// have reached Dintero without the client learning what happened.
pub(super) type Sent = (Result<Answer<ResponseJson>, Error>, bool);

/// One call in progress.
pub(super) struct Call<'c, C> {
    /// Its timeout and retries.
    settings: Settings,
    /// The caller's cancellation.
    cancel: &'c C,
    /// When it started (transport clock).
    pub started_ms: f64,
    /// Whether a charge may be repeated (Dintero refuses a duplicate `merchant_reference`).
    pub repeat_charge: bool,
    /// The call's own secrets (a charge's card tokens), kept out of messages, hooks and logs.
    pub secrets: Vec<String>,
}

/// A 2xx answer to an authorized request.
struct Authorized {
    response: HttpResponse,
    /// Attempts made in total (401 refresh included).
    attempts: u32,
    /// The access tokens the request used (to redact them when describing a problem with the
    /// body).
    used_tokens: Vec<Secret>,
}

/// Every configured secret value (the client secret, its Basic encoding, the access token).
fn secrets_of(config: &ClientConfig) -> Vec<String> {
    match &config.credentials {
        Credentials::ClientCredentials {
            client_id,
            client_secret,
        } => {
            vec![
                client_secret.expose().to_owned(),
                basic_credentials(client_id, client_secret),
            ]
        }
        Credentials::AccessToken(token) => vec![token.expose().to_owned()],
    }
}

/// One token request (with retries), not tied to any caller's cancellation: it is shared.
async fn fetch_token<T: Transport>(
    transport: &T,
    config: &ClientConfig,
    settings: &Settings,
    events: Option<&dyn EventSink>,
) -> Result<AccessToken, Error> {
    let Credentials::ClientCredentials {
        client_id,
        client_secret,
    } = &config.credentials
    else {
        return Err(Error::new(
            crate::error::ErrorKind::Validation,
            crate::error::ErrorCode::InvalidOptions,
            "no client credentials configured",
        ));
    };
    let account_id = config.account_id.as_deref().unwrap_or_default();
    let path = token_path(account_id);
    let request = token_request(
        config.base_url.join(&path),
        account_id,
        client_id,
        client_secret,
        USER_AGENT,
    );
    let requested_at = transport.now_ms();
    // Never bodies: the response carries the access token.
    let reporter = Reporter::new(events, false, || secrets_of(config));
    let Attempted {
        result, attempts, ..
    } = send_with_retries(
        transport,
        &request,
        &path,
        settings,
        Repeat::Failures,
        &NeverCancelled,
        &reporter,
    )
    .await;
    let operation = Operation {
        label: format!("POST {path}"),
        is_token_endpoint: true,
        timeout_ms: settings.timeout_ms,
        now_ms: transport.now_ms(),
        secrets: secrets_of(config),
    };
    match result {
        Ok(response) if response.is_success() => parse_token_response(&response, requested_at)
            .map_err(|problem| operation.invalid_response_error(&response, attempts, problem)),
        Ok(response) => Err(operation.response_error(&response, attempts)),
        Err(failure) => Err(operation.failure_error(&failure, attempts)),
    }
}
