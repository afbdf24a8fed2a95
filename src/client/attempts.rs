//! Sending one request with per-attempt timeouts, retries and caller cancellation.

use super::body_limit::BodyTooLarge;
use super::config::Settings;
use super::error_mapping::request_id_of;
use super::events::{Event, EventKind, EventSink, RetryReason};
use super::race::{race, First};
use super::retry::{is_retryable_status, parse_retry_after};
use super::secret::redact;
use super::transport::{Cancellation, HttpRequest, HttpResponse, Transport};

/// Why an attempt produced no response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// No complete response within the per-attempt timeout.
    Timeout,
    /// The transport failed (message not yet redacted).
    Network(String),
    /// The caller cancelled.
    Aborted,
    /// The response's body was longer than the limit: read no further, not retried.
    BodyTooLarge(Box<BodyTooLarge>),
}

/// The last outcome of a request after retries, and how many attempts it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempted {
    /// The final response (any status) or the final failure.
    pub result: Result<HttpResponse, Failure>,
    /// Attempts made, including the last one.
    pub attempts: u32,
}

/// Where the attempt loop reports its [`Event`]s (nowhere without a sink), and what they may
/// include.
pub struct Reporter<'a> {
    sink: Option<&'a dyn EventSink>,
    /// Whether bodies may be reported (`hookBodies`, and never for the token endpoint).
    bodies: bool,
    /// Secret values to redact from reported text.
    secrets: Vec<String>,
}

impl<'a> Reporter<'a> {
    /// Reports to `sink`. `secrets` is only called when there is a sink.
    pub fn new(
        sink: Option<&'a dyn EventSink>,
        bodies: bool,
        secrets: impl FnOnce() -> Vec<String>,
    ) -> Self {
        let secrets = if sink.is_some() {
            secrets()
        } else {
            Vec::new()
        };
        Self {
            sink,
            bodies,
            secrets,
        }
    }

    /// Reports `make()` when there is a sink (nothing is built otherwise).
    pub fn emit(&self, make: impl FnOnce() -> Event) {
        if let Some(sink) = self.sink {
            sink.emit(make());
        }
    }

    /// The request id of `response`, free of secrets.
    pub fn request_id(&self, response: &HttpResponse) -> Option<String> {
        request_id_of(response, &self.secrets)
    }

    /// `text` with the secrets redacted, when bodies may be reported.
    fn body(&self, text: Option<&str>) -> Option<String> {
        let secrets: Vec<&str> = self.secrets.iter().map(String::as_str).collect();
        text.filter(|_| self.bodies).map(|t| redact(t, &secrets))
    }

    fn request(&self, request: &HttpRequest, path: &str, attempt: u32) {
        self.emit(|| Event {
            body: self.body(request.body.as_deref()),
            ..Event::new(EventKind::Request, request.method.as_str(), path, attempt)
        });
    }

    fn response(
        &self,
        request: &HttpRequest,
        path: &str,
        attempt: u32,
        response: &HttpResponse,
        duration_ms: f64,
    ) {
        self.emit(|| Event {
            status: Some(response.status),
            duration_ms,
            request_id: self.request_id(response),
            body: self.body(Some(&response.body)),
            ..Event::new(EventKind::Response, request.method.as_str(), path, attempt)
        });
    }

    fn retry(
        &self,
        request: &HttpRequest,
        path: &str,
        attempt: u32,
        result: &Result<HttpResponse, Failure>,
        duration_ms: f64,
        delay_ms: u64,
    ) {
        self.emit(|| {
            let (reason, status, request_id) = match result {
                Ok(response) => (
                    RetryReason::Status,
                    Some(response.status),
                    self.request_id(response),
                ),
                Err(Failure::Timeout) => (RetryReason::Timeout, None, None),
                Err(_) => (RetryReason::Network, None, None),
            };
            Event {
                status,
                duration_ms,
                request_id,
                reason: Some(reason),
                delay_ms: Some(delay_ms),
                ..Event::new(EventKind::Retry, request.method.as_str(), path, attempt)
            }
        });
    }
}

/// Sends `request` until it gets a response that is not retryable, retries run out, a
/// `Retry-After` is longer than the policy accepts, or `cancel` fires (at once, even while
/// waiting between attempts). Network failures, timeouts and the statuses in
/// [`super::retry::RETRYABLE_STATUSES`] are retried. Each attempt, response and retry is
/// reported to `reporter` (events name `path`, the request's path and query). A body over the
/// limit ([`Failure::BodyTooLarge`]) ends the loop at once, whatever the status.
pub async fn send_with_retries<T: Transport, C: Cancellation>(
    transport: &T,
    request: &HttpRequest,
    path: &str,
    settings: &Settings,
    cancel: &C,
    reporter: &Reporter<'_>,
) -> Attempted {
    let Settings {
        timeout_ms,
        retry: policy,
    } = *settings;
    let mut attempts = 0;
    loop {
        if cancel.is_cancelled() {
            return Attempted {
                result: Err(Failure::Aborted),
                attempts,
            };
        }
        attempts += 1;
        reporter.request(request, path, attempts);
        let started = transport.now_ms();
        let attempt = race(
            race(transport.send(request), transport.sleep(timeout_ms)),
            cancel.cancelled(),
        )
        .await;
        let result = match attempt {
            First::Right(()) => {
                return Attempted {
                    result: Err(Failure::Aborted),
                    attempts,
                }
            }
            First::Left(First::Left(Ok(response))) => Ok(response),
            First::Left(First::Left(Err(error))) => Err(match error.body_too_large {
                Some(too_large) => Failure::BodyTooLarge(too_large),
                None => Failure::Network(error.message),
            }),
            First::Left(First::Right(())) => Err(Failure::Timeout),
        };
        let duration_ms = transport.now_ms() - started;
        if let Ok(response) = &result {
            reporter.response(request, path, attempts, response, duration_ms);
        }
        let retryable = match &result {
            Ok(response) => is_retryable_status(response.status),
            Err(Failure::BodyTooLarge(_)) => false,
            Err(_) => true,
        };
        if !retryable || attempts > policy.max_retries {
            return Attempted { result, attempts };
        }
        let retry_after = match &result {
            Ok(response) => response
                .header("retry-after")
                .and_then(|v| parse_retry_after(v, transport.now_ms())),
            Err(_) => None,
        };
        let Some(delay) = policy.delay_ms(attempts - 1, transport.random(), retry_after) else {
            return Attempted { result, attempts };
        };
        reporter.retry(request, path, attempts, &result, duration_ms, delay);
        if let First::Right(()) = race(transport.sleep(delay), cancel.cancelled()).await {
            return Attempted {
                result: Err(Failure::Aborted),
                attempts,
            };
        }
    }
}
