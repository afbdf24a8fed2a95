//! Sending one request with per-attempt timeouts, retries and caller cancellation.

use super::config::Settings;
use super::events::{Event, EventKind, EventSink, RetryReason};
pub use super::failure::Failure;
use super::race::{race, First};
use super::response_text::request_id_of;
use super::retry::{is_retryable_status, parse_retry_after};
use super::secret::redact;
use super::transport::{Cancellation, HttpRequest, HttpResponse, Transport};

/// The last outcome of a request after retries, and how many attempts it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempted {
    /// The final response (any status) or the final failure.
    pub result: Result<HttpResponse, Failure>,
    /// Attempts made, including the last one.
    pub attempts: u32,
    /// Whether some attempt (the last one included) may have reached Dintero with an outcome
    /// the client never learnt: a timeout, a network failure, a 408 or a 5xx.
    pub may_have_reached: bool,
}

/// How the loop repeats: [`Repeat::Failures`] retries network failures, timeouts and
/// [`super::retry::RETRYABLE_STATUSES`]; [`Repeat::NothingDone`] only a 429 (Dintero did
/// nothing), never what may have reached Dintero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// Everything transient is retried.
    Failures,
    /// Only answers that say nothing was done.
    NothingDone,
}

/// Whether an attempt's outcome leaves open what Dintero did with the request.
pub fn outcome_unknown(result: &Result<HttpResponse, Failure>) -> bool {
    match result {
        Ok(response) => response.status == 408 || response.status >= 500,
        // A body over the limit is an answer that could not be read: it may be a charge's.
        Err(Failure::Timeout | Failure::Network(_) | Failure::BodyTooLarge(_)) => true,
        Err(Failure::Aborted) => false,
    }
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
/// waiting between attempts). What is retried follows `repeat`. Each attempt, response and retry is
/// reported to `reporter` (events name `path`, the request's path and query). A body over the
/// limit ([`Failure::BodyTooLarge`]) ends the loop at once, whatever the status.
#[allow(clippy::too_many_arguments)]
pub async fn send_with_retries<T: Transport, C: Cancellation>(
    transport: &T,
    request: &HttpRequest,
    path: &str,
    settings: &Settings,
    repeat: Repeat,
    cancel: &C,
    reporter: &Reporter<'_>,
) -> Attempted {
    let Settings {
        timeout_ms,
        retry: policy,
    } = *settings;
    let mut attempts = 0;
    let mut may_have_reached = false;
    let done = |result, attempts, may_have_reached| Attempted {
        result,
        attempts,
        may_have_reached,
    };
    loop {
        if cancel.is_cancelled() {
            return done(Err(Failure::Aborted), attempts, may_have_reached);
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
                // The request may have been sent before the abort.
                return done(Err(Failure::Aborted), attempts, true);
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
        may_have_reached |= outcome_unknown(&result);
        let retryable = match (&result, repeat) {
            (Err(Failure::BodyTooLarge(_)), _) => false,
            (Ok(response), Repeat::Failures) => is_retryable_status(response.status),
            (Err(_), Repeat::Failures) => true,
            (Ok(response), Repeat::NothingDone) => response.status == 429,
            (Err(_), Repeat::NothingDone) => false,
        };
        if !retryable || attempts > policy.max_retries {
            return done(result, attempts, may_have_reached);
        }
        let retry_after = match &result {
            Ok(response) => response
                .header("retry-after")
                .and_then(|v| parse_retry_after(v, transport.now_ms())),
            Err(_) => None,
        };
        let Some(delay) = policy.delay_ms(attempts - 1, transport.random(), retry_after) else {
            return done(result, attempts, may_have_reached);
        };
        reporter.retry(request, path, attempts, &result, duration_ms, delay);
        if let First::Right(()) = race(transport.sleep(delay), cancel.cancelled()).await {
            return done(Err(Failure::Aborted), attempts, may_have_reached);
        }
    }
}
