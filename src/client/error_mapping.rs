//! Turning HTTP responses and transport failures into [`Error`]s, without secrets.

use super::failure::Failure;
use super::response_text::{clean_text, request_id_of, truncate};
use super::retry::parse_retry_after;
use super::secret::{redact, redact_json};
use super::transport::BodyTooLarge;
use super::transport::HttpResponse;
use crate::error::{Error, ErrorCode, ErrorKind, ResponseDetails};
use serde_json::Value;

/// The request an error is about, and the secrets that must not appear in it.
pub struct Operation {
    /// `METHOD /path` (no host, no query), e.g. `POST /v1/sessions/payment-token`.
    pub label: String,
    /// Whether this is the token endpoint (where 400 also means the credentials are refused).
    pub is_token_endpoint: bool,
    /// The per-attempt timeout, for the timeout message.
    pub timeout_ms: u64,
    /// Current time, for an HTTP-date `Retry-After`.
    pub now_ms: f64,
    /// Secret values to redact from any outside text.
    pub secrets: Vec<String>,
}

impl Operation {
    fn clean(&self, text: &str) -> String {
        clean_text(text, &self.secrets)
    }

    /// The request id of `response`, free of secrets.
    pub fn request_id(&self, response: &HttpResponse) -> Option<String> {
        request_id_of(response, &self.secrets)
    }

    fn clean_json(&self, value: &Value) -> Value {
        let secrets: Vec<&str> = self.secrets.iter().map(String::as_str).collect();
        redact_json(value, &secrets)
    }

    /// The error for a final non-2xx response.
    pub fn response_error(&self, response: &HttpResponse, attempts: u32) -> Error {
        let status = response.status;
        let (kind, code) = match status {
            401 => (ErrorKind::Authentication, ErrorCode::Unauthorized),
            403 => (ErrorKind::Authentication, ErrorCode::Forbidden),
            400 if self.is_token_endpoint => (ErrorKind::Authentication, ErrorCode::BadRequest),
            429 => (ErrorKind::RateLimit, ErrorCode::RateLimited),
            400 => (ErrorKind::Api, ErrorCode::BadRequest),
            404 => (ErrorKind::Api, ErrorCode::NotFound),
            408 => (ErrorKind::Api, ErrorCode::RequestTimeout),
            409 => (ErrorKind::Api, ErrorCode::Conflict),
            422 => (ErrorKind::Api, ErrorCode::UnprocessableEntity),
            300..=399 => (ErrorKind::Api, ErrorCode::UnexpectedRedirect),
            500..=599 => (ErrorKind::Api, ErrorCode::ServerError),
            _ => (ErrorKind::Api, ErrorCode::HttpError),
        };
        let body = self.dintero_error_body(response);
        let printable = |text: &Option<String>| {
            text.as_deref()
                .map(|text| self.clean(text))
                .filter(|text| !text.is_empty())
        };
        let mut message = format!(
            "{} failed with HTTP {status}{}",
            self.label,
            reason_phrase(status)
        );
        match (
            printable(&body.dintero_message),
            printable(&body.dintero_code),
        ) {
            (Some(text), Some(code)) => message.push_str(&format!(": {text} ({code})")),
            (Some(text), None) => message.push_str(&format!(": {text}")),
            (None, Some(code)) => message.push_str(&format!(": {code}")),
            (None, None) => message.push_str(&self.describe_unexpected_body(response)),
        }
        if kind == ErrorKind::Authentication {
            message.push_str(if self.is_token_endpoint {
                "; check clientId, clientSecret and accountId (test accounts start with T, production with P)"
            } else {
                "; check that the access token is valid for this account and has the write:checkout scope"
            });
        }
        let mut error = Error {
            status: Some(status),
            ..self.finish(Error::new(kind, code, message), response, attempts)
        };
        let details = error.response.get_or_insert_with(Box::default);
        details.dintero_code = body.dintero_code;
        details.dintero_message = body.dintero_message;
        details.errors = body.errors;
        details.error_body_json = body.error_body_json;
        error
    }

    /// The error for a 2xx response whose body is not what the endpoint documents.
    pub fn invalid_response_error(
        &self,
        response: &HttpResponse,
        attempts: u32,
        problem: &str,
    ) -> Error {
        let message = format!(
            "{} answered HTTP {} with a body that is not the expected JSON: {problem}{}",
            self.label,
            response.status,
            self.describe_content_type(response)
        );
        let error = Error::new(
            ErrorKind::InvalidResponse,
            ErrorCode::InvalidResponse,
            message,
        );
        Error {
            status: Some(response.status),
            ..self.finish(error, response, attempts)
        }
    }

    /// The error for a request that got no final response.
    pub fn failure_error(&self, failure: &Failure, attempts: u32) -> Error {
        let error = match failure {
            Failure::Timeout => Error::new(
                ErrorKind::Timeout,
                ErrorCode::Timeout,
                format!(
                    "{} timed out: no complete response within {} ms{}",
                    self.label,
                    self.timeout_ms,
                    plural_attempts(attempts)
                ),
            ),
            Failure::Network(message) => Error::new(
                ErrorKind::Network,
                ErrorCode::NetworkError,
                format!(
                    "{} could not reach Dintero: {}{}",
                    self.label,
                    self.clean(message),
                    plural_attempts(attempts)
                ),
            ),
            Failure::Aborted => self.aborted_error(),
            Failure::BodyTooLarge(too_large) => return self.too_large_error(too_large, attempts),
        };
        error.with_attempts(attempts)
    }

    /// The error for a response whose body was longer than the limit (any status; the body
    /// was not read).
    fn too_large_error(&self, too_large: &BodyTooLarge, attempts: u32) -> Error {
        let declared = match too_large.declared_bytes {
            Some(bytes) => format!(" (Content-Length: {bytes})"),
            None => String::new(),
        };
        let message = format!(
            "{} answered HTTP {} with a body over the limit of {} bytes{declared}; the rest was not read{}",
            self.label,
            too_large.head.status,
            too_large.limit_bytes,
            self.describe_content_type(&too_large.head)
        );
        let error = Error::new(
            ErrorKind::InvalidResponse,
            ErrorCode::ResponseTooLarge,
            message,
        );
        Error {
            status: Some(too_large.head.status),
            ..self.finish(error, &too_large.head, attempts)
        }
    }

    /// The error for a call the caller aborted.
    pub fn aborted_error(&self) -> Error {
        Error::new(
            ErrorKind::Abort,
            ErrorCode::Aborted,
            format!("{} was aborted by the caller's AbortSignal", self.label),
        )
    }

    fn finish(&self, mut error: Error, response: &HttpResponse, attempts: u32) -> Error {
        let request_id = self.request_id(response);
        error.retry_after = response
            .header("retry-after")
            .and_then(|value| parse_retry_after(value, self.now_ms))
            .map(|ms| ms as f64 / 1000.0);
        if let Some(id) = &request_id {
            error.message.push_str(&format!(" [request id {id}]"));
        }
        error.response = Some(Box::new(ResponseDetails {
            request_id,
            ..ResponseDetails::default()
        }));
        if let Some(seconds) = error.retry_after {
            error
                .message
                .push_str(&format!(" [retry after {} s]", seconds_text(seconds)));
        }
        error.message.push_str(&plural_attempts(attempts));
        // Belt and braces: every part was cleaned already; the whole is checked once more.
        let secrets: Vec<&str> = self.secrets.iter().map(String::as_str).collect();
        error.message = redact(&error.message, &secrets);
        error.with_attempts(attempts)
    }

    fn describe_content_type(&self, response: &HttpResponse) -> String {
        match response.header("content-type") {
            Some(kind) => format!(" (content-type {})", truncate(&self.clean(kind), 100)),
            None => String::new(),
        }
    }

    fn describe_unexpected_body(&self, response: &HttpResponse) -> String {
        if response.body.trim().is_empty() {
            "; the body was empty".to_owned()
        } else {
            format!(
                "; the body was not a Dintero error{}",
                self.describe_content_type(response)
            )
        }
    }

    /// Dintero's `{"error": {"code", "message", "errors"}}`; empty for other bodies. The values
    /// are as sent (no trimming, no cut), except that any secret in them is redacted.
    /// `error_body_json` is the body's exact text (JS reads `errors` from it), unless a secret
    /// had to be redacted from `errors`.
    fn dintero_error_body(&self, response: &HttpResponse) -> ResponseDetails {
        let Ok(Value::Object(root)) = serde_json::from_str::<Value>(&response.body) else {
            return ResponseDetails::default();
        };
        let Some(Value::Object(error)) = root.get("error") else {
            return ResponseDetails::default();
        };
        let secrets: Vec<&str> = self.secrets.iter().map(String::as_str).collect();
        let text = |key: &str| {
            error
                .get(key)
                .and_then(Value::as_str)
                .map(|text| redact(text, &secrets))
        };
        let (errors, error_body_json) = match error.get("errors") {
            Some(Value::Array(items)) => {
                let redacted: Vec<Value> = items.iter().map(|item| self.clean_json(item)).collect();
                let json = if &redacted == items {
                    response.body.clone()
                } else {
                    serde_json::json!({ "error": { "errors": redacted } }).to_string()
                };
                (Some(redacted), Some(json))
            }
            _ => (None, None),
        };
        ResponseDetails {
            request_id: None,
            dintero_code: text("code"),
            dintero_message: text("message"),
            errors,
            error_body_json,
        }
    }
}

/// `7`, `1.5` or `0.25`: seconds printed from whole milliseconds, because `{}` of an `f64` would
/// pull float printing (~14 KB) into the .wasm.
fn seconds_text(seconds: f64) -> String {
    let ms = (seconds * 1000.0).round() as u64;
    match ms % 1000 {
        0 => format!("{}", ms / 1000),
        rest => format!(
            "{}.{}",
            ms / 1000,
            format!("{rest:03}").trim_end_matches('0')
        ),
    }
}

fn plural_attempts(attempts: u32) -> String {
    match attempts {
        1 => " (1 attempt)".to_owned(),
        n => format!(" ({n} attempts)"),
    }
}

/// ` (Reason Phrase)` for common statuses.
fn reason_phrase(status: u16) -> &'static str {
    match status {
        400 => " (Bad Request)",
        401 => " (Unauthorized)",
        403 => " (Forbidden)",
        404 => " (Not Found)",
        408 => " (Request Timeout)",
        409 => " (Conflict)",
        422 => " (Unprocessable Entity)",
        429 => " (Too Many Requests)",
        500 => " (Internal Server Error)",
        502 => " (Bad Gateway)",
        503 => " (Service Unavailable)",
        504 => " (Gateway Timeout)",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::super::response_text::READ_RESPONSE_HEADERS;
    use super::*;
    use serde_json::json;

    fn operation() -> Operation {
        Operation {
            label: "POST /v1/sessions/payment-token".into(),
            is_token_endpoint: false,
            timeout_ms: 1000,
            now_ms: 0.0,
            secrets: vec!["tok-secret-1".into()],
        }
    }

    fn response(status: u16, headers: &[(&str, &str)], body: &str) -> HttpResponse {
        HttpResponse {
            status,
            headers: headers
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                .collect(),
            body: body.to_owned(),
        }
    }

    #[test]
    fn maps_a_dintero_error_body() {
        let body = r#"{"error":{"code":"INVALID_REQUEST","message":"session.order.currency is invalid","errors":[{"path":"x"}]}}"#;
        let error = operation().response_error(&response(400, &[("Request-Id", "req-7")], body), 1);
        assert_eq!(error.kind, ErrorKind::Api);
        assert_eq!(error.code, "bad_request");
        assert_eq!(error.status, Some(400));
        assert_eq!(error.dintero_code(), Some("INVALID_REQUEST"));
        assert_eq!(
            error.dintero_message(),
            Some("session.order.currency is invalid")
        );
        assert_eq!(error.dintero_errors(), Some(&[json!({"path": "x"})][..]));
        assert_eq!(error.request_id(), Some("req-7"));
        assert_eq!(error.attempts, Some(1));
        assert_eq!(
            error.message,
            "POST /v1/sessions/payment-token failed with HTTP 400 (Bad Request): session.order.currency is invalid \
             (INVALID_REQUEST) [request id req-7] (1 attempt)"
        );
    }

    #[test]
    fn keeps_the_error_body_as_sent() {
        let body = r#"{"error": {"message": "first"}, "error": {"code": " X\n", "message": "  spaced\u0007 ",
            "errors": [ {"amount": 93424038.51871291, "z": 1, "a": -0} ]}}"#;
        let error = operation().response_error(&response(400, &[], body), 1);
        assert_eq!(error.dintero_code(), Some(" X\n"));
        assert_eq!(error.dintero_message(), Some("  spaced\u{7} "));
        assert_eq!(error.dintero_error_body_json(), Some(body));
        assert!(error.message.contains(": spaced (X)"), "{}", error.message);
        // A secret in `errors` is redacted; only then is the text printed again.
        let body =
            r#"{"error": {"message": "m", "errors": [{"token": "tok-secret-1", "n": 1.0}]}}"#;
        let error = operation().response_error(&response(400, &[], body), 1);
        assert_eq!(
            error.dintero_error_body_json(),
            Some(r#"{"error":{"errors":[{"n":1.0,"token":"[REDACTED]"}]}}"#)
        );
    }

    #[test]
    fn classifies_statuses() {
        let kinds = |status, token| {
            let op = Operation {
                is_token_endpoint: token,
                ..operation()
            };
            let e = op.response_error(&response(status, &[], ""), 1);
            (e.kind, e.code)
        };
        assert_eq!(
            kinds(401, false),
            (ErrorKind::Authentication, "unauthorized".into())
        );
        assert_eq!(
            kinds(403, false),
            (ErrorKind::Authentication, "forbidden".into())
        );
        assert_eq!(
            kinds(400, true),
            (ErrorKind::Authentication, "bad_request".into())
        );
        assert_eq!(
            kinds(429, false),
            (ErrorKind::RateLimit, "rate_limited".into())
        );
        assert_eq!(kinds(502, false), (ErrorKind::Api, "server_error".into()));
        assert_eq!(
            kinds(302, false),
            (ErrorKind::Api, "unexpected_redirect".into())
        );
        assert_eq!(kinds(418, false), (ErrorKind::Api, "http_error".into()));
    }

    #[test]
    fn describes_html_bodies_and_retry_after() {
        let html = response(
            503,
            &[("content-type", "text/html"), ("retry-after", "7")],
            "<html>tok-secret-1</html>",
        );
        let error = operation().response_error(&html, 3);
        assert_eq!(error.retry_after, Some(7.0));
        assert_eq!(
            error.message,
            "POST /v1/sessions/payment-token failed with HTTP 503 (Service Unavailable); the body was not a Dintero \
             error (content-type text/html) [retry after 7 s] (3 attempts)"
        );
    }

    #[test]
    fn only_the_read_response_headers_matter() {
        let all = [
            ("Content-Type", "text/html"),
            ("Retry-After", "2"),
            ("X-Request-Id", "req-9"),
            ("Date", "Sun, 06 Nov 1994 08:49:37 GMT"),
            ("Connection", "keep-alive"),
            ("Server", "proxy"),
        ];
        let kept: Vec<(&str, &str)> = all
            .iter()
            .copied()
            .filter(|(name, _)| READ_RESPONSE_HEADERS.contains(&name.to_ascii_lowercase().as_str()))
            .collect();
        assert_eq!(kept.len(), 3);
        for status in [200, 503] {
            let full = response(status, &all, "<html></html>");
            let trimmed = response(status, &kept, "<html></html>");
            let (a, b) = if status == 200 {
                let op = operation();
                (
                    op.invalid_response_error(&full, 1, "x"),
                    op.invalid_response_error(&trimmed, 1, "x"),
                )
            } else {
                (
                    operation().response_error(&full, 2),
                    operation().response_error(&trimmed, 2),
                )
            };
            assert_eq!(a, b);
            assert!(
                a.message.contains("req-9") && a.message.contains("text/html"),
                "{}",
                a.message
            );
        }
    }

    #[test]
    fn prints_seconds_without_float_formatting() {
        let cases = [
            (7.0, "7"),
            (1.5, "1.5"),
            (0.25, "0.25"),
            (2.001, "2.001"),
            (60.0, "60"),
            (0.0004, "0"),
        ];
        for (seconds, text) in cases {
            assert_eq!(seconds_text(seconds), text, "{seconds}");
        }
    }

    #[test]
    fn redacts_secrets_from_outside_text() {
        let body =
            r#"{"error":{"message":"bad token tok-secret-1","errors":[{"token":"tok-secret-1"}]}}"#;
        let error = operation().response_error(
            &response(401, &[("x-request-id", "id tok-secret-1\r\n")], body),
            1,
        );
        let printed = format!("{error:?} {}", serde_json::to_string(&error).unwrap());
        assert!(!printed.contains("tok-secret-1"), "{printed}");
        assert_eq!(error.request_id(), Some("id [REDACTED]"));
        let network =
            operation().failure_error(&Failure::Network("refused; auth tok-secret-1".into()), 2);
        assert_eq!(network.kind, ErrorKind::Network);
        assert!(!network.message.contains("tok-secret-1"));
    }

    #[test]
    fn truncates_long_text() {
        let long = "é".repeat(600);
        let body = json!({"error": {"message": long}}).to_string();
        let error = operation().response_error(&response(500, &[], &body), 1);
        assert_eq!(error.dintero_message(), Some(long.as_str()), "as sent");
        assert!(
            error.message.chars().count() < 600,
            "the composed message is cut: {}",
            error.message
        );
    }
}
