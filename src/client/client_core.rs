//! The client: the create-session and get-payment-token flows over a [`Transport`].

use super::attempts::{send_with_retries, Attempted};
use super::auth::{
    basic_credentials, parse_token_response, token_path, token_request, AccessToken,
};
use super::config::{ClientConfig, Credentials};
use super::error_mapping::Operation;
use super::response_json::ResponseJson;
use super::secret::Secret;
use super::session::{parse_session_created, session_path};
use super::shared::Shared;
use super::token_cache::TokenCache;
use super::transaction::{is_transaction_id, parse_transaction, transaction_path};
use super::transport::{
    Cancellation, HttpRequest, HttpResponse, Method, NeverCancelled, Transport,
};
use crate::builder::build_payment_token_session_with;
use crate::error::Error;
use crate::validate::{
    apply_strict, has_errors, validate_payment_token_session_json, ValidationIssue,
};
use serde_json::{json, Value};
use std::rc::Rc;

/// The `User-Agent` sent with every request (workerd sends none of its own).
pub const USER_AGENT: &str = concat!("dintero-payment-token/", env!("CARGO_PKG_VERSION"));

/// A Dintero Checkout client. Cloning is cheap and clones share the token cache.
pub struct Client<T: Transport> {
    transport: Rc<T>,
    config: Rc<ClientConfig>,
    tokens: Rc<TokenCache>,
}

impl<T: Transport> Clone for Client<T> {
    fn clone(&self) -> Self {
        Self {
            transport: Rc::clone(&self.transport),
            config: Rc::clone(&self.config),
            tokens: Rc::clone(&self.tokens),
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
        }
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
    /// `session`...) as the exact text Dintero sent.
    pub async fn create_payment_token_session<C: Cancellation>(
        &self,
        request: &Value,
        include_session: bool,
        cancel: &C,
    ) -> Result<ResponseJson, Error> {
        let body = build_payment_token_session_with(
            request,
            self.transport.now_ms() as i64,
            self.config.strict,
        )?;
        self.send_session(body.to_string(), include_session, cancel)
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
        cancel: &C,
    ) -> Result<Option<ResponseJson>, Error> {
        let Some(issues) =
            validate_payment_token_session_json(&text, self.transport.now_ms() as i64)
        else {
            return Ok(None);
        };
        let issues = apply_strict(issues, self.config.strict);
        if has_errors(&issues) {
            return Err(Error::validation(issues));
        }
        self.send_session(text, include_session, cancel)
            .await
            .map(Some)
    }

    /// Sends a validated session body and checks Dintero's answer.
    async fn send_session<C: Cancellation>(
        &self,
        body: String,
        include_session: bool,
        cancel: &C,
    ) -> Result<ResponseJson, Error> {
        let path = session_path(include_session);
        let mut done = self
            .authorized(Method::Post, path, Some(body), cancel)
            .await?;
        parse_session_created(std::mem::take(&mut done.response.body)).map_err(|problem| {
            self.operation(Method::Post, path, &done.used_tokens)
                .invalid_response_error(&done.response, done.attempts, problem)
        })
    }

    /// Reads a transaction with its card tokens:
    /// `GET /v1/transactions/{id}?includes=card.payment_token&includes=card.recurrence_token`,
    /// returned as the exact text Dintero sent.
    pub async fn get_payment_token<C: Cancellation>(
        &self,
        transaction_id: &str,
        cancel: &C,
    ) -> Result<ResponseJson, Error> {
        if !is_transaction_id(transaction_id) {
            return Err(Error::invalid_arguments(vec![ValidationIssue::error(
                "/transactionId",
                "invalid_transaction_id",
                "must be a Dintero transaction id: 1 to 200 of A-Z, a-z, 0-9, `.`, `_` and `-`",
            )]));
        }
        let path = transaction_path(transaction_id);
        let mut done = self.authorized(Method::Get, &path, None, cancel).await?;
        parse_transaction(std::mem::take(&mut done.response.body)).map_err(|problem| {
            self.operation(Method::Get, &path, &done.used_tokens)
                .invalid_response_error(&done.response, done.attempts, problem)
        })
    }

    /// Sends an API request with a bearer token. A 401 with a cached token (client
    /// credentials) drops that token, fetches a new one and retries once.
    async fn authorized<C: Cancellation>(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
        cancel: &C,
    ) -> Result<Authorized, Error> {
        let can_refresh = matches!(
            self.config.credentials,
            Credentials::ClientCredentials { .. }
        );
        let mut refreshed = false;
        let mut attempts = 0;
        let mut used_tokens: Vec<Secret> = Vec::new();
        loop {
            let token = self.access_token(method, path, cancel).await?;
            used_tokens.push(token.clone());
            let request = self.api_request(method, path, body.clone(), &token);
            let Attempted {
                result,
                attempts: made,
            } = send_with_retries(
                &*self.transport,
                &request,
                self.config.timeout_ms,
                &self.config.retry,
                cancel,
            )
            .await;
            attempts += made;
            // The error description (with every secret to redact) is only built when needed.
            let operation = || self.operation(method, path, &used_tokens);
            match result {
                Ok(response) if response.status == 401 && can_refresh && !refreshed => {
                    self.tokens.invalidate(&token);
                    refreshed = true;
                }
                Ok(response) if response.is_success() => {
                    return Ok(Authorized {
                        response,
                        attempts,
                        used_tokens,
                    })
                }
                Ok(response) => return Err(operation().response_error(&response, attempts)),
                Err(failure) => return Err(operation().failure_error(&failure, attempts)),
            }
        }
    }

    fn api_request(
        &self,
        method: Method,
        path: &str,
        body: Option<String>,
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

    /// The configured access token, or a cached / shared / new one from the token endpoint.
    async fn access_token<C: Cancellation>(
        &self,
        method: Method,
        path: &str,
        cancel: &C,
    ) -> Result<Secret, Error> {
        if let Credentials::AccessToken(token) = &self.config.credentials {
            return Ok(token.clone());
        }
        if cancel.is_cancelled() {
            return Err(self.operation(method, path, &[]).aborted_error());
        }
        let transport = Rc::clone(&self.transport);
        let config = Rc::clone(&self.config);
        let start = move || Shared::new(async move { fetch_token(&*transport, &config).await });
        let aborted = || self.operation(method, path, &[]).aborted_error();
        self.tokens
            .token(self.transport.now_ms(), start, cancel, aborted)
            .await
    }

    /// Describes a request for error messages; `tokens` are the access tokens it used.
    fn operation(&self, method: Method, path: &str, tokens: &[Secret]) -> Operation {
        let label_path = path.split('?').next().unwrap_or(path);
        let mut secrets = secrets_of(&self.config);
        secrets.extend(tokens.iter().map(|t| t.expose().to_owned()));
        secrets.extend(self.tokens.cached().map(|t| t.expose().to_owned()));
        Operation {
            label: format!("{} {label_path}", method.as_str()),
            is_token_endpoint: false,
            timeout_ms: self.config.timeout_ms,
            now_ms: self.transport.now_ms(),
            secrets,
        }
    }
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
) -> Result<AccessToken, Error> {
    let Credentials::ClientCredentials {
        client_id,
        client_secret,
    } = &config.credentials
    else {
        return Err(Error::new(
            crate::error::ErrorKind::Validation,
            "invalid_options",
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
    let Attempted { result, attempts } = send_with_retries(
        transport,
        &request,
        config.timeout_ms,
        &config.retry,
        &NeverCancelled,
    )
    .await;
    let operation = Operation {
        label: format!("POST {path}"),
        is_token_endpoint: true,
        timeout_ms: config.timeout_ms,
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
