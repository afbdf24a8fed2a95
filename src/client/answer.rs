//! A successful call: Dintero's answer and how it was obtained (`lastResponse` in JS).

use serde::Serialize;
use serde_json::Value;

/// What the caller may want to know about the response behind a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseMeta {
    /// Dintero's request id (`request-id` header), cleaned like in errors; `None` without one.
    pub request_id: Option<String>,
    /// The HTTP status of the final response.
    pub status: u16,
    /// Attempts the request took (retries and a 401 token refresh included; the token request's
    /// own attempts are not counted).
    pub attempts: u32,
}

/// Dintero's answer, as sent, with its [`ResponseMeta`].
#[derive(Clone, Debug, PartialEq)]
pub struct Answer<B = Value> {
    /// The response body, checked.
    pub body: B,
    /// Request id, status and attempts.
    pub meta: ResponseMeta,
}
