//! Token caching, single-flight and the refresh after a 401.

use super::*;
use crate::client::testing::{Endpoint, Reply};
use crate::error::ErrorKind;

fn bearer(log: &crate::client::testing::Logged) -> String {
    log.request
        .header("Authorization")
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_token_is_cached_between_calls() {
    let h = Harness::with_credentials();
    h.create().unwrap();
    h.create().unwrap();
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 1);
    let sessions = h.fake.requests(Endpoint::Session);
    assert_eq!(
        sessions.iter().map(bearer).collect::<Vec<_>>(),
        ["Bearer tok-1", "Bearer tok-1"]
    );
}

#[test]
fn the_token_is_refreshed_shortly_before_expires_in() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Token,
        vec![Reply::status(
            200,
            r#"{"access_token":"tok-short","token_type":"Bearer","expires_in":100}"#,
        )],
    );
    h.create().unwrap();
    h.advance(89_000.0); // refresh point: 100 s - 10 % = 90 s after the request
    h.create().unwrap();
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 1);
    h.advance(1_000.0);
    h.create().unwrap();
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 2);
    let sessions = h.fake.requests(Endpoint::Session);
    assert_eq!(
        sessions.iter().map(bearer).collect::<Vec<_>>(),
        ["Bearer tok-short", "Bearer tok-short", "Bearer tok-1"]
    );
}

#[test]
fn concurrent_calls_share_one_token_request() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Token,
        vec![Reply::slow(
            200.0,
            200,
            r#"{"access_token":"tok-shared","expires_in":3600}"#,
        )],
    );
    let request = valid_request();
    let futures: Vec<CallFuture<'_>> = (0..3)
        .map(|_| -> CallFuture<'_> {
            Box::pin(h.client.create_payment_token_session(
                &request,
                false,
                &CallOptions::NONE,
                &NeverCancelled,
            ))
        })
        .collect();
    let results = h.run_all(futures);
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 1);
    let sessions = h.fake.requests(Endpoint::Session);
    assert_eq!(sessions.len(), 3);
    assert!(sessions
        .iter()
        .all(|s| bearer(s) == "Bearer tok-shared" && s.at_ms == 200.0));
}

#[test]
fn a_401_drops_the_token_fetches_a_new_one_and_retries_once() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![Reply::status(
            401,
            r#"{"error":{"message":"token expired"}}"#,
        )],
    );
    let created = h.create().unwrap();
    assert_eq!(created.body["id"], "T11223344.s1");
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 2);
    let sessions = h.fake.requests(Endpoint::Session);
    assert_eq!(
        sessions.iter().map(bearer).collect::<Vec<_>>(),
        ["Bearer tok-1", "Bearer tok-2"]
    );
    // The new token is cached.
    h.create().unwrap();
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 2);
}

#[test]
fn a_second_401_is_an_authentication_error() {
    let h = Harness::with_credentials();
    let unauthorized = Reply::with_headers(
        401,
        &[("request-id", "rq-401")],
        r#"{"error":{"code":"UNAUTHORIZED","message":"nope"}}"#,
    );
    h.fake
        .script(Endpoint::Session, vec![unauthorized.clone(), unauthorized]);
    let error = h.create().unwrap_err();
    assert_eq!(error.kind, ErrorKind::Authentication);
    assert_eq!((error.status, error.attempts), (Some(401), Some(2)));
    assert_eq!(error.dintero_code(), Some("UNAUTHORIZED"));
    assert_eq!(error.request_id(), Some("rq-401"));
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 2);
    assert_eq!(h.fake.requests(Endpoint::Session).len(), 2);
}

#[test]
fn with_an_access_token_a_401_is_final() {
    let h = Harness::new(json!({"accessToken": "given-token-abc"}));
    h.fake.script(
        Endpoint::Session,
        vec![Reply::status(401, r#"{"error":{"message":"expired"}}"#)],
    );
    let error = h.create().unwrap_err();
    assert_eq!(
        (error.kind, error.attempts),
        (ErrorKind::Authentication, Some(1))
    );
    assert_eq!(h.fake.log().len(), 1);
}

#[test]
fn refused_credentials_are_an_authentication_error_and_are_not_cached() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Token,
        vec![Reply::status(
            401,
            r#"{"error":{"code":"invalid_client","message":"bad credentials"}}"#,
        )],
    );
    let error = h.create().unwrap_err();
    assert_eq!(error.kind, ErrorKind::Authentication);
    assert_eq!(error.code, "unauthorized");
    assert_eq!(error.attempts, Some(1));
    assert!(
        error
            .message
            .starts_with("POST /v1/accounts/T11223344/auth/token failed with HTTP 401"),
        "{}",
        error.message
    );
    assert!(
        error
            .message
            .contains("check clientId, clientSecret and accountId"),
        "{}",
        error.message
    );
    assert!(h.fake.requests(Endpoint::Session).is_empty());
    // The failure is not cached: the next call asks again (and gets tok-1 from the defaults).
    h.create().unwrap();
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 2);
}

#[test]
fn a_400_from_the_token_endpoint_is_an_authentication_error() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Token,
        vec![Reply::status(
            400,
            r#"{"error":{"message":"audience not allowed"}}"#,
        )],
    );
    let error = h.create().unwrap_err();
    assert_eq!(
        (error.kind, error.code.as_str(), error.status),
        (ErrorKind::Authentication, "bad_request", Some(400))
    );
}

#[test]
fn the_token_request_is_retried_like_any_other() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Token,
        vec![Reply::status(503, ""), Reply::fail("socket hang up")],
    );
    h.create().unwrap();
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 3);
}

#[test]
fn a_token_response_without_access_token_is_an_invalid_response() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Token,
        vec![Reply::status(200, r#"{"token_type":"Bearer"}"#)],
    );
    let error = h.create().unwrap_err();
    assert_eq!(
        (error.kind, error.status, error.attempts),
        (ErrorKind::InvalidResponse, Some(200), Some(1))
    );
    assert!(
        error.message.contains("`access_token` is missing"),
        "{}",
        error.message
    );
}

#[test]
fn a_401_after_another_call_refreshed_keeps_the_newer_token() {
    let h = Harness::with_credentials();
    // Call A gets tok-1, then its session answers 401 late; call B meanwhile got 401 fast,
    // refreshed to tok-2 and succeeded. A must not drop tok-2; it refreshes only its own.
    h.fake.script(
        Endpoint::Session,
        vec![
            Reply::slow(100.0, 401, ""), // A, first attempt with tok-1
            Reply::status(401, ""),      // B, first attempt with tok-1
        ],
    );
    let request = valid_request();
    let a =
        h.client
            .create_payment_token_session(&request, false, &CallOptions::NONE, &NeverCancelled);
    let b =
        h.client
            .create_payment_token_session(&request, false, &CallOptions::NONE, &NeverCancelled);
    let results = h.run_all(vec![Box::pin(a), Box::pin(b)]);
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let sessions = h.fake.requests(Endpoint::Session);
    assert_eq!(
        sessions.iter().map(bearer).collect::<Vec<_>>(),
        [
            "Bearer tok-1",
            "Bearer tok-1",
            "Bearer tok-2",
            "Bearer tok-2"
        ]
    );
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 2);
}

#[test]
fn a_token_accepted_before_and_refused_later_in_the_call_is_refreshed_again() {
    let h = Harness::with_credentials();
    h.create().unwrap(); // tok-1 accepted
                         // Call Y: tok-1 refused (expired) -> tok-2 -> 503 -> backoff; meanwhile call Z succeeds with
                         // tok-2 (accepted); then tok-2 is refused to Y too (expired again): Y refreshes once more.
    h.fake.script(
        Endpoint::Session,
        vec![
            Reply::status(401, ""),
            Reply::status(503, ""),
            Reply::status(200, r#"{"id":"T11223344.z","url":"https://pay.example/z"}"#),
            Reply::status(401, ""),
        ],
    );
    let request = valid_request();
    let y =
        h.client
            .create_payment_token_session(&request, false, &CallOptions::NONE, &NeverCancelled);
    let sim = Rc::clone(&h.sim);
    let client = h.client.clone();
    let z_request = request.clone();
    let z = async move {
        sim.sleep(100.0).await;
        client
            .create_payment_token_session(&z_request, false, &CallOptions::NONE, &NeverCancelled)
            .await
    };
    let results = h.run_all(vec![Box::pin(y), Box::pin(z)]);
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let sessions = h.fake.requests(Endpoint::Session);
    assert_eq!(
        sessions.iter().map(bearer).collect::<Vec<_>>(),
        [
            "Bearer tok-1",
            "Bearer tok-1",
            "Bearer tok-2",
            "Bearer tok-2",
            "Bearer tok-2",
            "Bearer tok-3"
        ]
    );
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 3);
}
