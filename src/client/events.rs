//! What the client reports while it works: one event per attempt sent, response received,
//! retry scheduled and call failed. The wasm layer forwards them to the JS hooks and logger.
//!
//! Events carry no secret: the method, the path without its query, the attempt number, the
//! status, durations, Dintero's request id (cleaned like in errors) and, for a failed call, the
//! already redacted error. Bodies are added only when the user opted in (`hookBodies`), and
//! never for the token endpoint (its request carries the credentials' audience, its response
//! the access token).

use crate::error::Error;
use serde::Serialize;

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EventKind {
    /// An attempt is about to be sent.
    Request,
    /// An attempt got a complete response (any status).
    Response,
    /// An attempt failed or got a retryable status; the next attempt follows after `delayMs`.
    Retry,
    /// A call failed; `error` says why.
    Error,
}

/// Why an attempt is retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RetryReason {
    /// A retryable HTTP status (408, 429, 5xx).
    Status,
    /// No complete response within the per-attempt timeout.
    Timeout,
    /// The request could not be sent or its response not read.
    Network,
    /// HTTP 401 with a cached access token: a new token is fetched and the request sent again.
    Unauthorized,
}

/// One event, serialised for JS as `{ kind, method, path, attempt, status, durationMs, requestId, ... }`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// What happened.
    pub kind: EventKind,
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The URL path, without host and query (e.g. `/v1/sessions/payment-token`).
    pub path: String,
    /// The attempt this event is about (1 for the first); for `error`, the attempts made.
    pub attempt: u32,
    /// The HTTP status, when there was a response.
    pub status: Option<u16>,
    /// Milliseconds the attempt took (`request`: 0); for `error`, since the call started.
    pub duration_ms: f64,
    /// Dintero's request id (`request-id` header), when there was one.
    pub request_id: Option<String>,
    /// `retry` only: why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<RetryReason>,
    /// `retry` only: milliseconds until the next attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay_ms: Option<u64>,
    /// `error` only: the error the call rejects with (already free of secrets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Error>,
    /// With `hookBodies` only (never for the token endpoint): the body sent (`request`) or
    /// received (`response`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

impl Event {
    /// An event with only the common fields set.
    pub fn new(kind: EventKind, method: &'static str, path: &str, attempt: u32) -> Self {
        Self {
            kind,
            method,
            path: path_only(path).to_owned(),
            attempt,
            status: None,
            duration_ms: 0.0,
            request_id: None,
            reason: None,
            delay_ms: None,
            error: None,
            body: None,
        }
    }
}

/// `path` without its query.
pub fn path_only(path: &str) -> &str {
    path.split('?').next().unwrap_or(path)
}

/// Receives the client's events. Must not fail or call back into the client synchronously
/// (the JS side delivers them to the hooks on a later microtask).
pub trait EventSink {
    /// Reports one event.
    fn emit(&self, event: Event);
}

/// Collects events (for tests and anyone who wants them in Rust).
#[derive(Debug, Default)]
pub struct EventLog(pub std::cell::RefCell<Vec<Event>>);

impl EventSink for EventLog {
    fn emit(&self, event: Event) {
        self.0.borrow_mut().push(event);
    }
}

impl EventLog {
    /// The events so far.
    pub fn events(&self) -> Vec<Event> {
        self.0.borrow().clone()
    }
}
