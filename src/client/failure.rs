//! Why an attempt produced no response (a leaf: the attempt loop produces it, the error mapping
//! and the call flows read it).

use super::transport::BodyTooLarge;

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
