//! Text taken from a response into an error or an event: the request id headers and the
//! cleaning every outside text goes through (a leaf: the attempt loop and the error mapping
//! both use it, neither imports the other).

use super::secret::redact;
use super::transport::HttpResponse;

/// Response headers that may carry a request id, in order of preference.
pub const REQUEST_ID_HEADERS: [&str; 3] = ["request-id", "x-request-id", "dintero-request-id"];

/// Every response header the client ever reads (lower case): `Content-Type` and the request id
/// for error messages, `Retry-After` for retries. A transport may leave out all other headers.
pub const READ_RESPONSE_HEADERS: [&str; 5] = [
    "content-type",
    "retry-after",
    REQUEST_ID_HEADERS[0],
    REQUEST_ID_HEADERS[1],
    REQUEST_ID_HEADERS[2],
];

/// Longest text taken from a response into an error (message, request id).
const MAX_TEXT_CHARS: usize = 500;

/// Outside text made safe to show: secrets redacted, control characters replaced, trimmed and
/// truncated.
pub fn clean_text(text: &str, secrets: &[String]) -> String {
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let redacted = redact(text, &secrets);
    let printable: String = redacted
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    truncate(printable.trim(), MAX_TEXT_CHARS)
}

/// Dintero's request id of a response ([`REQUEST_ID_HEADERS`]), cleaned with [`clean_text`].
pub fn request_id_of(response: &HttpResponse, secrets: &[String]) -> Option<String> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|name| response.header(name))
        .map(|id| clean_text(id, secrets))
        .filter(|id| !id.is_empty())
}

/// At most `max_chars` characters of `text`, with `…` when cut.
pub fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or(text)),
        None => text.to_owned(),
    }
}
