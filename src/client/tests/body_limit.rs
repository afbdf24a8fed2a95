//! The response body limit over the attempt loop: a long or endless body ends the attempt at
//! once with `response_too_large`, whatever the status, and is never retried.

use super::*;
use crate::client::testing::{Endpoint, Reply};
use crate::client::{EventKind, MAX_RESPONSE_BODY_BYTES};
use crate::error::ErrorKind;

fn endless(status: u16, headers: &[(&str, &str)]) -> Reply {
    Reply::Endless {
        status,
        headers: headers
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect(),
        chunk_bytes: 64 * 1024,
    }
}

fn assert_too_large(error: &Error, status: u16) {
    assert_eq!(
        (error.kind, error.code.as_str()),
        (ErrorKind::InvalidResponse, "response_too_large"),
        "{}",
        error.message
    );
    assert_eq!((error.status, error.attempts), (Some(status), Some(1)));
}

#[test]
fn an_endless_body_ends_the_attempt_at_the_limit_and_is_not_retried() {
    for status in [200, 503, 429] {
        let h = Harness::with_credentials();
        h.fake.script(
            Endpoint::Session,
            vec![endless(
                status,
                &[
                    ("request-id", "r-big"),
                    ("content-type", "application/json"),
                ],
            )],
        );
        let error = h.create().unwrap_err();
        assert_too_large(&error, status);
        assert_eq!(error.request_id(), Some("r-big"));
        assert_eq!(
            error.message,
            format!(
                "POST /v1/sessions/payment-token answered HTTP {status} with a body over the limit of \
                 {MAX_RESPONSE_BODY_BYTES} bytes; the rest was not read (content-type application/json) \
                 [request id r-big] (1 attempt)"
            )
        );
        assert_eq!(h.fake.requests(Endpoint::Session).len(), 1, "not retried");
        // 4 MiB in 64 KiB chunks, one per virtual ms: the call ends after 65 chunks, long before
        // the 1000 ms timeout.
        assert!(h.sim.elapsed() < 100.0, "{}", h.sim.elapsed());
        // The token request and its response, then the session request: no response event (no
        // complete response), no retry, the error.
        let kinds: Vec<EventKind> = h.events.events().iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                EventKind::Request,
                EventKind::Response,
                EventKind::Request,
                EventKind::Error
            ]
        );
    }
}

#[test]
fn a_declared_length_over_the_limit_is_refused_before_the_body() {
    let h = Harness::with_credentials();
    let declared = (MAX_RESPONSE_BODY_BYTES + 1).to_string();
    h.fake.script(
        Endpoint::Session,
        vec![Reply::with_headers(
            200,
            &[("Content-Length", &declared)],
            "{}",
        )],
    );
    let error = h.create().unwrap_err();
    assert_too_large(&error, 200);
    assert!(
        error.message.contains(&format!(
            " bytes (Content-Length: {declared}); the rest was not read"
        )),
        "{}",
        error.message
    );
}

#[test]
fn a_long_body_without_a_length_is_refused_and_one_at_the_limit_is_read() {
    let h = Harness::with_credentials();
    let filler = " ".repeat(MAX_RESPONSE_BODY_BYTES);
    h.fake.script(
        Endpoint::Session,
        vec![Reply::status(200, &format!("{filler}{{}}"))],
    );
    assert_too_large(&h.create().unwrap_err(), 200);

    let h = Harness::with_credentials();
    let answer = r#"{"id":"T11223344.big","url":"https://checkout.test.dintero.com/v1/view/x"}"#;
    let padded = format!(
        "{answer}{}",
        " ".repeat(MAX_RESPONSE_BODY_BYTES - answer.len())
    );
    h.fake
        .script(Endpoint::Session, vec![Reply::status(200, &padded)]);
    assert_eq!(h.create().unwrap().body["id"], "T11223344.big");
}

#[test]
fn an_endless_token_response_fails_the_call_once() {
    let h = Harness::with_credentials();
    h.fake.script(Endpoint::Token, vec![endless(200, &[])]);
    let error = h.create().unwrap_err();
    assert_too_large(&error, 200);
    assert!(
        error
            .message
            .starts_with("POST /v1/accounts/T11223344/auth/token answered HTTP 200"),
        "{}",
        error.message
    );
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 1, "not retried");
    assert!(h.fake.requests(Endpoint::Session).is_empty());
    // The next call fetches a token again and succeeds.
    h.create().unwrap();
}
