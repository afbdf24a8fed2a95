//! What the client needs from its environment: send one HTTP request, sleep, a clock and
//! randomness. `fetch` implements it in wasm; tests use a fake with virtual time.
//!
//! Timeouts and caller aborts are *not* the transport's business: the client races each
//! transport future against a timer and the caller's [`Cancellation`] and simply drops the
//! loser. A transport must therefore stop its work (abort the fetch, clear the timer) when one of
//! its futures is dropped before completing.

use std::fmt;
use std::future::Future;

/// HTTP method of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method name as sent.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }
}

/// One HTTP request to send.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// `GET`, `POST` or `DELETE`.
    pub method: Method,
    /// Absolute URL.
    pub url: String,
    /// Header names and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body, for `POST` (and a `DELETE` that has one).
    pub body: Option<String>,
}

impl HttpRequest {
    /// The value of the first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl fmt::Debug for HttpRequest {
    /// Prints everything except the value of the `Authorization` header.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(n, v)| {
                let shown = if n.eq_ignore_ascii_case("authorization") {
                    "<redacted>"
                } else {
                    v.as_str()
                };
                (n.as_str(), shown)
            })
            .collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body", &self.body)
            .finish()
    }
}

/// A complete HTTP response: status, headers and the whole body as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpResponse {
    /// HTTP status code.
    pub status: u16,
    /// Header names (lower-cased by the transport or not; lookups ignore case) and values.
    pub headers: Vec<(String, String)>,
    /// The body as text.
    pub body: String,
}

impl HttpResponse {
    /// The value of the first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether the status is 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// A response whose body was longer than the limit (`body_limit.rs`): its status and headers
/// (the body is empty: it was never read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BodyTooLarge {
    /// Status and the headers the client reads; `body` is empty.
    pub head: HttpResponse,
    /// The limit that was exceeded, in bytes.
    pub limit_bytes: usize,
    /// The `Content-Length` the server declared, when that is how the size was known.
    pub declared_bytes: Option<u64>,
}

/// The request could not be sent or its response could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransportError {
    /// What went wrong, e.g. `fetch failed: connect ECONNREFUSED 127.0.0.1:9`. The client
    /// redacts secrets from it before it reaches an error message.
    pub message: String,
    /// Set when the response arrived but its body was longer than the limit
    /// (`body_limit.rs`): the attempt ends at once and is not retried.
    pub body_too_large: Option<Box<BodyTooLarge>>,
}

impl TransportError {
    /// A failure described by `message`.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            body_too_large: None,
        }
    }

    /// The response described by `too_large` had a body over the limit.
    pub fn body_too_large(too_large: BodyTooLarge) -> Self {
        Self {
            message: format!(
                "the response body is longer than {} bytes",
                too_large.limit_bytes
            ),
            body_too_large: Some(Box::new(too_large)),
        }
    }
}

/// The environment the client runs in.
///
/// Futures need not be `Send`: wasm is single-threaded and the native tests use a
/// single-threaded executor.
pub trait Transport {
    /// Sends one request and reads the whole response body, at most
    /// [`super::MAX_RESPONSE_BODY_BYTES`] of it ([`super::read_bounded`]; a longer body is a
    /// [`TransportError::body_too_large`]). Dropping the future before it completes must abort
    /// the request.
    fn send(
        &self,
        request: &HttpRequest,
    ) -> impl Future<Output = Result<HttpResponse, TransportError>>;

    /// Completes after `duration_ms` milliseconds. Dropping the future must cancel the timer.
    fn sleep(&self, duration_ms: u64) -> impl Future<Output = ()>;

    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> f64;

    /// A random number in `[0, 1)` (for backoff jitter; need not be cryptographic).
    fn random(&self) -> f64;
}

/// The caller's "stop now" signal (an `AbortSignal` in JS).
pub trait Cancellation {
    /// Whether the caller has already cancelled.
    fn is_cancelled(&self) -> bool;

    /// Completes when the caller cancels; never completes if it does not.
    fn cancelled(&self) -> impl Future<Output = ()>;
}

/// A [`Cancellation`] that never fires (for callers without a signal).
#[derive(Clone, Copy, Debug, Default)]
pub struct NeverCancelled;

impl Cancellation for NeverCancelled {
    fn is_cancelled(&self) -> bool {
        false
    }

    fn cancelled(&self) -> impl Future<Output = ()> {
        std::future::pending()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_debug_hides_authorization() {
        let request = HttpRequest {
            method: Method::Post,
            url: "https://x.example/v1".into(),
            headers: vec![
                ("Authorization".into(), "Bearer tok-secret".into()),
                ("Accept".into(), "application/json".into()),
            ],
            body: None,
        };
        let printed = format!("{request:?}");
        assert!(!printed.contains("tok-secret"), "{printed}");
        assert!(printed.contains("application/json"));
        assert_eq!(request.header("authorization"), Some("Bearer tok-secret"));
    }

    #[test]
    fn response_header_lookup_ignores_case() {
        let response = HttpResponse {
            status: 204,
            headers: vec![("Retry-After".into(), "3".into())],
            body: String::new(),
        };
        assert_eq!(response.header("retry-after"), Some("3"));
        assert!(response.is_success());
    }
}
