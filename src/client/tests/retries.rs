//! Which failures are retried, how often, how long apart, and the final errors.

use super::*;
use crate::client::testing::{Endpoint, Reply};
use crate::error::ErrorKind;

fn session_times(h: &Harness) -> Vec<f64> {
    h.fake
        .requests(Endpoint::Session)
        .iter()
        .map(|l| l.at_ms)
        .collect()
}

#[test]
fn a_500_then_success_is_retried_after_a_jittered_backoff() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![Reply::status(500, r#"{"error":{"message":"oops"}}"#)],
    );
    assert_eq!(h.create().unwrap().body["id"], "T11223344.s1");
    // random() = 0.5: first retry waits 250 + 0.5 * 250 ms.
    assert_eq!(session_times(&h), [0.0, 375.0]);
}

#[test]
fn backoff_follows_the_random_source() {
    let h = Harness::with_credentials();
    h.fake.random.set(0.0);
    h.fake.script(
        Endpoint::Session,
        vec![Reply::status(502, ""), Reply::status(502, "")],
    );
    h.create().unwrap();
    assert_eq!(session_times(&h), [0.0, 250.0, 750.0]);
}

#[test]
fn a_persistent_502_with_html_ends_in_an_api_error_after_three_attempts() {
    let h = Harness::with_credentials();
    let html = Reply::with_headers(
        502,
        &[("content-type", "text/html")],
        "<html><body>Bad gateway</body></html>",
    );
    h.fake
        .script(Endpoint::Session, vec![html.clone(), html.clone(), html]);
    let error = h.create().unwrap_err();
    assert_eq!(
        (error.kind, error.code.as_str()),
        (ErrorKind::Api, "server_error")
    );
    assert_eq!((error.status, error.attempts), (Some(502), Some(3)));
    assert_eq!(error.dintero_message(), None);
    assert_eq!(
        error.message,
        "POST /v1/sessions/payment-token failed with HTTP 502 (Bad Gateway); the body was not a Dintero error \
         (content-type text/html) (3 attempts)"
    );
    assert_eq!(session_times(&h), [0.0, 375.0, 1125.0]);
}

#[test]
fn a_429_waits_for_retry_after_seconds() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![Reply::with_headers(429, &[("Retry-After", "2")], "")],
    );
    h.create().unwrap();
    assert_eq!(session_times(&h), [0.0, 2000.0]);
}

#[test]
fn a_503_waits_for_a_retry_after_http_date() {
    let h = Harness::with_credentials();
    // START_MS is 2023-11-14T22:13:20Z; ask for 22:13:23.
    h.fake.script(
        Endpoint::Session,
        vec![Reply::with_headers(
            503,
            &[("retry-after", "Tue, 14 Nov 2023 22:13:23 GMT")],
            "",
        )],
    );
    h.create().unwrap();
    assert_eq!(session_times(&h), [0.0, 3000.0]);
}

#[test]
fn a_persistent_429_is_a_rate_limit_error_with_retry_after() {
    let h = Harness::with_credentials();
    let limited = Reply::with_headers(
        429,
        &[("Retry-After", "1")],
        r#"{"error":{"message":"slow down"}}"#,
    );
    h.fake.script(
        Endpoint::Session,
        vec![limited.clone(), limited.clone(), limited],
    );
    let error = h.create().unwrap_err();
    assert_eq!(
        (error.kind, error.code.as_str()),
        (ErrorKind::RateLimit, "rate_limited")
    );
    assert_eq!(
        (error.status, error.attempts, error.retry_after),
        (Some(429), Some(3), Some(1.0))
    );
    assert_eq!(session_times(&h), [0.0, 1000.0, 2000.0]);
}

#[test]
fn a_retry_after_beyond_the_cap_is_not_waited_for() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![Reply::with_headers(429, &[("Retry-After", "120")], "")],
    );
    let error = h.create().unwrap_err();
    assert_eq!(
        (error.kind, error.attempts, error.retry_after),
        (ErrorKind::RateLimit, Some(1), Some(120.0))
    );
    assert_eq!(h.sim.elapsed(), 0.0);
}

#[test]
fn other_4xx_are_never_retried() {
    for status in [400, 403, 404, 409, 422] {
        let h = Harness::with_credentials();
        let body = r#"{"error":{"code":"E","message":"m","errors":[{"field":"session.url"}]}}"#;
        h.fake.script(
            Endpoint::Session,
            vec![Reply::with_headers(
                status,
                &[("x-request-id", "xr-1")],
                body,
            )],
        );
        let error = h.create().unwrap_err();
        assert_eq!(
            (error.status, error.attempts),
            (Some(status), Some(1)),
            "{status}"
        );
        assert_eq!(error.dintero_code(), Some("E"));
        assert_eq!(error.dintero_message(), Some("m"));
        assert_eq!(
            error.dintero_errors(),
            Some(&[json!({"field": "session.url"})][..])
        );
        assert_eq!(error.request_id(), Some("xr-1"));
        assert_eq!(h.fake.requests(Endpoint::Session).len(), 1);
    }
}

#[test]
fn network_failures_are_retried_then_reported() {
    let h = Harness::with_credentials();
    let refused = Reply::fail("fetch failed: connect ECONNREFUSED 127.0.0.1:4010");
    h.fake.script(
        Endpoint::Session,
        vec![refused.clone(), refused.clone(), refused],
    );
    let error = h.create().unwrap_err();
    assert_eq!(
        (error.kind, error.code.as_str(), error.attempts),
        (ErrorKind::Network, "network_error", Some(3))
    );
    assert_eq!(error.status, None);
    assert_eq!(
        error.message,
        "POST /v1/sessions/payment-token could not reach Dintero: fetch failed: connect ECONNREFUSED 127.0.0.1:4010 (3 attempts)"
    );
}

#[test]
fn a_network_failure_then_success_succeeds() {
    let h = Harness::with_credentials();
    h.fake
        .script(Endpoint::Session, vec![Reply::fail("other side closed")]);
    h.create().unwrap();
    assert_eq!(h.fake.requests(Endpoint::Session).len(), 2);
}

#[test]
fn max_retries_zero_means_one_attempt() {
    let mut options = credentials_options();
    options["maxRetries"] = json!(0);
    let h = Harness::new(options);
    h.fake
        .script(Endpoint::Session, vec![Reply::status(503, "")]);
    let error = h.create().unwrap_err();
    assert_eq!((error.status, error.attempts), (Some(503), Some(1)));
}

#[test]
fn a_slow_response_times_out_each_attempt_and_is_aborted() {
    let h = Harness::with_credentials(); // timeoutMs 1000
    let slow = Reply::slow(5_000.0, 200, r#"{"id":"late","url":"u"}"#);
    h.fake
        .script(Endpoint::Session, vec![slow.clone(), slow.clone(), slow]);
    let error = h.create().unwrap_err();
    assert_eq!(
        (error.kind, error.code.as_str(), error.attempts),
        (ErrorKind::Timeout, "timeout", Some(3))
    );
    assert_eq!(
        error.message,
        "POST /v1/sessions/payment-token timed out: no complete response within 1000 ms (3 attempts)"
    );
    assert_eq!(session_times(&h), [0.0, 1375.0, 3125.0]);
    assert_eq!(h.sim.elapsed(), 4125.0);
    assert_eq!(
        h.fake.dropped.get(),
        3,
        "every timed-out request is aborted"
    );
}

#[test]
fn a_timeout_then_a_fast_answer_succeeds() {
    let h = Harness::with_credentials();
    h.fake.script(Endpoint::Session, vec![Reply::Hang]);
    h.create().unwrap();
    assert_eq!(session_times(&h), [0.0, 1375.0]);
}

#[test]
fn malformed_json_on_200_is_an_invalid_response_and_not_retried() {
    for body in [
        "{\"id\": \"T1.x\", \"url\": ",
        "<html>ok</html>",
        "{}",
        "[]",
    ] {
        let h = Harness::with_credentials();
        h.fake.script(
            Endpoint::Session,
            vec![Reply::with_headers(200, &[("request-id", "r-200")], body)],
        );
        let error = h.create().unwrap_err();
        assert_eq!(
            (error.kind, error.code.as_str()),
            (ErrorKind::InvalidResponse, "invalid_response"),
            "{body}"
        );
        assert_eq!(
            (error.status, error.attempts, error.request_id()),
            (Some(200), Some(1), Some("r-200"))
        );
        assert_eq!(h.fake.requests(Endpoint::Session).len(), 1);
    }
}

#[test]
fn attempts_add_up_across_the_401_refresh() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![
            Reply::status(500, ""),
            Reply::status(401, ""),
            Reply::status(400, ""),
        ],
    );
    let error = h.create().unwrap_err();
    assert_eq!((error.status, error.attempts), (Some(400), Some(3)));
}
