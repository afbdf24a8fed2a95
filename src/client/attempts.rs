//! Sending one request with per-attempt timeouts, retries and caller cancellation.

use super::race::{race, First};
use super::retry::{is_retryable_status, parse_retry_after, RetryPolicy};
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
}

/// The last outcome of a request after retries, and how many attempts it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempted {
    /// The final response (any status) or the final failure.
    pub result: Result<HttpResponse, Failure>,
    /// Attempts made, including the last one.
    pub attempts: u32,
}

/// Sends `request` until it gets a response that is not retryable, retries run out, a
/// `Retry-After` is longer than the policy accepts, or `cancel` fires (at once, even while
/// waiting between attempts). Network failures, timeouts and the statuses in
/// [`super::retry::RETRYABLE_STATUSES`] are retried.
pub async fn send_with_retries<T: Transport, C: Cancellation>(
    transport: &T,
    request: &HttpRequest,
    timeout_ms: u64,
    policy: &RetryPolicy,
    cancel: &C,
) -> Attempted {
    let mut attempts = 0;
    loop {
        if cancel.is_cancelled() {
            return Attempted {
                result: Err(Failure::Aborted),
                attempts,
            };
        }
        attempts += 1;
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
            First::Left(First::Left(Err(error))) => Err(Failure::Network(error.message)),
            First::Left(First::Right(())) => Err(Failure::Timeout),
        };
        let retryable = match &result {
            Ok(response) => is_retryable_status(response.status),
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
        if let First::Right(()) = race(transport.sleep(delay), cancel.cancelled()).await {
            return Attempted {
                result: Err(Failure::Aborted),
                attempts,
            };
        }
    }
}
