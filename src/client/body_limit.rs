//! The response body limit: how many bytes of one response the client reads before it gives up.
//!
//! Bodies of this API are kilobytes. A misbehaving proxy or server that sends a large or endless
//! body must not keep a call reading until its timeout and holding all of it in memory (an edge
//! runtime has 128 MB for every call in flight). So a body longer than
//! [`MAX_RESPONSE_BODY_BYTES`], by its `Content-Length` or while it streams, ends the attempt at
//! once: the rest is never read (the stream is cancelled), the attempt is not retried, and the
//! call fails with `DinteroInvalidResponseError` (`response_too_large`).
//!
//! The accounting and the decision live here, over [`BodyStream`]; a transport supplies the
//! stream (in wasm: the `ReadableStream` of a `fetch` response) and keeps the bytes itself.

use super::transport::{BodyTooLarge, HttpResponse, TransportError};
use std::future::Future;

/// The most bytes of one response body the client reads: 4 MiB.
pub const MAX_RESPONSE_BODY_BYTES: usize = 4 * 1024 * 1024;

/// The response header the limit reads before any byte of the body.
pub const CONTENT_LENGTH: &str = "content-length";

/// Counts the bytes of one body against a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BodyBudget {
    limit_bytes: usize,
    read_bytes: usize,
}

/// Why [`BodyBudget`] refused a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OverLimit {
    /// The declared `Content-Length` when it alone exceeded the limit.
    pub declared_bytes: Option<u64>,
}

impl BodyBudget {
    /// A budget of `limit_bytes`.
    pub fn new(limit_bytes: usize) -> Self {
        Self {
            limit_bytes,
            read_bytes: 0,
        }
    }

    /// Checks a `Content-Length` value before reading: a declared length over the limit is
    /// refused at once. A missing or malformed value says nothing (the stream is counted).
    pub fn check_declared(&self, content_length: Option<&str>) -> Result<(), OverLimit> {
        // Digits only (an overflow counts as `u64::MAX`); anything else says nothing.
        let declared = content_length
            .map(str::trim)
            .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
            .map(|v| {
                v.bytes().fold(0u64, |n, b| {
                    n.saturating_mul(10).saturating_add(u64::from(b - b'0'))
                })
            });
        match declared {
            Some(bytes) if bytes > self.limit_bytes as u64 => Err(OverLimit {
                declared_bytes: Some(bytes),
            }),
            _ => Ok(()),
        }
    }

    /// Counts a chunk of `bytes`; refused when the body would exceed the limit.
    pub fn take(&mut self, bytes: usize) -> Result<(), OverLimit> {
        match self.read_bytes.checked_add(bytes) {
            Some(total) if total <= self.limit_bytes => {
                self.read_bytes = total;
                Ok(())
            }
            _ => Err(OverLimit {
                declared_bytes: None,
            }),
        }
    }

    /// Bytes counted so far.
    pub fn read_bytes(&self) -> usize {
        self.read_bytes
    }
}

/// A response body read chunk by chunk. The stream keeps the chunks it read (where it likes: a
/// transport in wasm keeps them in JS memory, so a refused body never grows the wasm heap).
pub trait BodyStream {
    /// Reads the next chunk and keeps it; `Ok(Some(length in bytes))`, or `Ok(None)` at the end.
    fn read_chunk(&mut self) -> impl Future<Output = Result<Option<usize>, TransportError>>;

    /// Stops reading: the rest of the body is never read, and what was kept is dropped.
    fn cancel(&mut self);

    /// The kept chunks as text, decoded as `Response.text()` does (UTF-8, a leading BOM
    /// dropped, invalid sequences replaced by U+FFFD).
    fn into_text(self) -> Result<String, TransportError>;
}

/// How reading a body ended badly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyError {
    /// The body is longer than the limit (declared or counted); the stream was cancelled.
    TooLarge(OverLimit),
    /// The stream failed.
    Transport(TransportError),
}

/// Reads `stream` to its end within `limit_bytes`, checking `content_length` first. On any
/// refusal the stream is cancelled before this returns.
pub async fn read_bounded<S: BodyStream>(
    mut stream: S,
    content_length: Option<&str>,
    limit_bytes: usize,
) -> Result<String, BodyError> {
    let mut budget = BodyBudget::new(limit_bytes);
    if let Err(over) = budget.check_declared(content_length) {
        stream.cancel();
        return Err(BodyError::TooLarge(over));
    }
    loop {
        match stream.read_chunk().await {
            Ok(Some(bytes)) => {
                if let Err(over) = budget.take(bytes) {
                    stream.cancel();
                    return Err(BodyError::TooLarge(over));
                }
            }
            Ok(None) => return stream.into_text().map_err(BodyError::Transport),
            Err(error) => {
                stream.cancel();
                return Err(BodyError::Transport(error));
            }
        }
    }
}

impl BodyError {
    /// The transport error for this outcome, with `head` (status and headers, empty body)
    /// when the body was too large.
    pub fn into_transport_error(self, head: HttpResponse, limit_bytes: usize) -> TransportError {
        match self {
            BodyError::Transport(error) => error,
            BodyError::TooLarge(over) => TransportError::body_too_large(BodyTooLarge {
                head: HttpResponse {
                    body: String::new(),
                    ..head
                },
                limit_bytes,
                declared_bytes: over.declared_bytes,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::testing::block_on;
    use std::cell::Cell;
    use std::rc::Rc;

    /// Decodes bytes as `Response.text()` does: UTF-8 with a leading BOM dropped and invalid
    /// sequences replaced (maximal subparts, as the WHATWG Encoding Standard).
    fn decode_utf8_body(bytes: &[u8]) -> String {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        String::from_utf8_lossy(bytes).into_owned()
    }

    /// A stream of `chunks` then, when `endless`, the last chunk again forever.
    struct FakeStream {
        chunks: Vec<Vec<u8>>,
        next: usize,
        endless: bool,
        kept: Vec<u8>,
        reads: Rc<Cell<usize>>,
        cancelled: Rc<Cell<bool>>,
        fail_at: Option<usize>,
    }

    impl FakeStream {
        fn new(chunks: Vec<Vec<u8>>) -> Self {
            Self {
                chunks,
                next: 0,
                endless: false,
                kept: Vec::new(),
                reads: Rc::default(),
                cancelled: Rc::default(),
                fail_at: None,
            }
        }
    }

    impl BodyStream for FakeStream {
        fn read_chunk(&mut self) -> impl Future<Output = Result<Option<usize>, TransportError>> {
            self.reads.set(self.reads.get() + 1);
            let outcome = if self.fail_at == Some(self.next) {
                Err(TransportError::new("socket hang up"))
            } else {
                let chunk = match self.chunks.get(self.next) {
                    Some(chunk) => Some(chunk.clone()),
                    None if self.endless => self.chunks.last().cloned(),
                    None => None,
                };
                self.next += 1;
                Ok(chunk.map(|chunk| {
                    // A test stream keeps what it read; the real one keeps it in JS.
                    if self.kept.len() < 64 * 1024 * 1024 {
                        self.kept.extend_from_slice(&chunk);
                    }
                    chunk.len()
                }))
            };
            std::future::ready(outcome)
        }

        fn cancel(&mut self) {
            self.cancelled.set(true);
            self.kept = Vec::new();
        }

        fn into_text(self) -> Result<String, TransportError> {
            Ok(decode_utf8_body(&self.kept))
        }
    }

    #[test]
    fn a_body_within_the_limit_is_read_whole() {
        let stream = FakeStream::new(vec![b"{\"id\":".to_vec(), b"\"x\"}".to_vec()]);
        let cancelled = Rc::clone(&stream.cancelled);
        let text = block_on(read_bounded(stream, Some("10"), 10));
        assert_eq!(text, Ok("{\"id\":\"x\"}".to_owned()));
        assert!(!cancelled.get());
        let empty = block_on(read_bounded(FakeStream::new(vec![]), None, 10));
        assert_eq!(empty, Ok(String::new()));
    }

    #[test]
    fn a_declared_length_over_the_limit_is_refused_before_reading() {
        for declared in ["11", " 11 ", "99999999999999999999999999"] {
            let stream = FakeStream::new(vec![b"x".to_vec()]);
            let (reads, cancelled) = (Rc::clone(&stream.reads), Rc::clone(&stream.cancelled));
            let outcome = block_on(read_bounded(stream, Some(declared), 10));
            let expected = declared.trim().parse::<u64>().unwrap_or(u64::MAX);
            assert_eq!(
                outcome,
                Err(BodyError::TooLarge(OverLimit {
                    declared_bytes: Some(expected)
                })),
                "{declared}"
            );
            assert_eq!(reads.get(), 0, "nothing read");
            assert!(cancelled.get(), "the stream is cancelled");
        }
    }

    #[test]
    fn a_declared_length_that_lies_is_still_counted() {
        // `Content-Length` counts encoded bytes; a decoded (gzip) body can be longer.
        for declared in [Some("3"), Some("abc"), Some(""), Some("-1"), None] {
            let stream = FakeStream::new(vec![vec![b'a'; 6], vec![b'a'; 6]]);
            let cancelled = Rc::clone(&stream.cancelled);
            let outcome = block_on(read_bounded(stream, declared, 10));
            assert_eq!(
                outcome,
                Err(BodyError::TooLarge(OverLimit {
                    declared_bytes: None
                })),
                "{declared:?}"
            );
            assert!(cancelled.get());
        }
    }

    #[test]
    fn an_endless_body_stops_at_the_limit() {
        let mut stream = FakeStream::new(vec![vec![b'a'; 16 * 1024]]);
        stream.endless = true;
        let (reads, cancelled) = (Rc::clone(&stream.reads), Rc::clone(&stream.cancelled));
        let outcome = block_on(read_bounded(stream, None, MAX_RESPONSE_BODY_BYTES));
        assert!(matches!(outcome, Err(BodyError::TooLarge(_))));
        // 4 MiB in 16 KiB chunks: 256 fit, the 257th is refused; nothing after it is read.
        assert_eq!(reads.get(), MAX_RESPONSE_BODY_BYTES / (16 * 1024) + 1);
        assert!(cancelled.get());
    }

    #[test]
    fn exactly_the_limit_is_accepted() {
        let mut budget = BodyBudget::new(10);
        assert_eq!(budget.check_declared(Some("10")), Ok(()));
        assert_eq!(budget.take(4), Ok(()));
        assert_eq!(budget.take(6), Ok(()));
        assert_eq!(budget.read_bytes(), 10);
        assert!(budget.take(1).is_err());
        assert!(budget.take(usize::MAX).is_err());
        assert_eq!(budget.read_bytes(), 10);
    }

    #[test]
    fn a_failing_stream_is_a_transport_error_and_cancelled() {
        let mut stream = FakeStream::new(vec![b"ab".to_vec(), b"cd".to_vec()]);
        stream.fail_at = Some(1);
        let cancelled = Rc::clone(&stream.cancelled);
        let outcome = block_on(read_bounded(stream, None, 10));
        assert_eq!(
            outcome,
            Err(BodyError::Transport(TransportError::new("socket hang up")))
        );
        assert!(cancelled.get());
    }

    #[test]
    fn the_test_stream_decodes_like_response_text() {
        assert_eq!(decode_utf8_body(b"\xEF\xBB\xBF{}"), "{}");
        assert_eq!(decode_utf8_body(b"\xEF\xBB\xBF\xEF\xBB\xBFx"), "\u{FEFF}x");
        assert_eq!(decode_utf8_body(b"a\xFFb"), "a\u{FFFD}b");
        assert_eq!(decode_utf8_body(b"\xF0\x9F\x98"), "\u{FFFD}");
        assert_eq!(decode_utf8_body("ø€😀".as_bytes()), "ø€😀");
    }

    #[test]
    fn a_too_large_outcome_keeps_the_head_only() {
        let head = HttpResponse {
            status: 503,
            headers: vec![("request-id".into(), "req-1".into())],
            body: "partial".into(),
        };
        let error = BodyError::TooLarge(OverLimit {
            declared_bytes: Some(99),
        })
        .into_transport_error(head, 10);
        let too_large = error.body_too_large.expect("too large");
        assert_eq!(too_large.head.status, 503);
        assert_eq!(too_large.head.body, "");
        assert_eq!(too_large.declared_bytes, Some(99));
        assert_eq!(too_large.limit_bytes, 10);
    }
}
