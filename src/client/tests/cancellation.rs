//! The caller's AbortSignal: it stops a call at once, whatever the call is waiting for.

use super::*;
use crate::client::testing::{Endpoint, Reply};
use crate::error::ErrorKind;

fn assert_aborted(error: &Error) {
    assert_eq!(
        (error.kind, error.code.as_str()),
        (ErrorKind::Abort, "aborted"),
        "{error:?}"
    );
    assert!(
        error
            .message
            .ends_with("was aborted by the caller's AbortSignal"),
        "{}",
        error.message
    );
}

#[test]
fn an_already_aborted_signal_sends_nothing() {
    let h = Harness::new(json!({"accessToken": "given-token-abc"}));
    let error = h.create_cancelled_at(0.0).unwrap_err();
    assert_aborted(&error);
    assert_eq!(error.attempts, Some(0));
    assert!(h.fake.log().is_empty());
}

#[test]
fn an_already_aborted_signal_does_not_even_fetch_a_token() {
    let h = Harness::with_credentials();
    let error = h.create_cancelled_at(0.0).unwrap_err();
    assert_aborted(&error);
    assert!(h.fake.log().is_empty());
}

#[test]
fn validation_comes_before_the_abort_check() {
    let h = Harness::with_credentials();
    let cancel = TestCancel::at(&h.sim, 0.0);
    let invalid = json!([]);
    let future =
        h.client
            .create_payment_token_session(&invalid, false, &CallOptions::NONE, &cancel);
    let error = h.run_one(future).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Validation);
}

#[test]
fn aborting_during_a_request_stops_at_once_and_aborts_the_request() {
    let h = Harness::with_credentials();
    h.fake.script(Endpoint::Session, vec![Reply::Hang]);
    let error = h.create_cancelled_at(300.0).unwrap_err();
    assert_aborted(&error);
    assert_eq!(error.attempts, Some(1));
    assert_eq!(h.sim.elapsed(), 300.0);
    assert_eq!(h.fake.dropped.get(), 1);
}

#[test]
fn aborting_during_the_backoff_sleep_stops_at_once() {
    let h = Harness::with_credentials();
    h.fake
        .script(Endpoint::Session, vec![Reply::status(503, "")]);
    let error = h.create_cancelled_at(100.0).unwrap_err();
    assert_aborted(&error);
    assert_eq!(error.attempts, Some(1));
    assert_eq!(h.sim.elapsed(), 100.0);
    assert_eq!(h.fake.requests(Endpoint::Session).len(), 1);
}

#[test]
fn aborting_during_a_long_retry_after_stops_at_once() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![Reply::with_headers(429, &[("retry-after", "30")], "")],
    );
    let error = h.create_cancelled_at(10.0).unwrap_err();
    assert_aborted(&error);
    assert_eq!(h.sim.elapsed(), 10.0);
}

#[test]
fn aborting_while_waiting_for_the_shared_token_leaves_the_other_caller_unaffected() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Token,
        vec![Reply::slow(
            200.0,
            200,
            r#"{"access_token":"tok-slow","expires_in":3600}"#,
        )],
    );
    let request = valid_request();
    let cancel = TestCancel::at(&h.sim, 50.0);
    let aborted =
        h.client
            .create_payment_token_session(&request, false, &CallOptions::NONE, &cancel);
    let patient =
        h.client
            .create_payment_token_session(&request, false, &CallOptions::NONE, &NeverCancelled);
    let results = h.run_all(vec![Box::pin(aborted), Box::pin(patient)]);
    assert_aborted(results[0].as_ref().unwrap_err());
    assert_eq!(results[1].as_ref().unwrap().body["id"], "T11223344.s1");
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 1);
    let sessions = h.fake.requests(Endpoint::Session);
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        sessions[0].request.header("authorization"),
        Some("Bearer tok-slow")
    );
}

#[test]
fn a_token_request_abandoned_by_its_only_caller_is_reused_by_the_next_call() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Token,
        vec![Reply::slow(
            200.0,
            200,
            r#"{"access_token":"tok-slow","expires_in":3600}"#,
        )],
    );
    assert_aborted(&h.create_cancelled_at(50.0).unwrap_err());
    assert_eq!(h.sim.elapsed(), 50.0);
    h.create().unwrap();
    assert_eq!(h.fake.requests(Endpoint::Token).len(), 1);
    assert_eq!(
        h.fake.requests(Endpoint::Session)[0]
            .request
            .header("authorization"),
        Some("Bearer tok-slow")
    );
    assert_eq!(h.fake.requests(Endpoint::Session)[0].at_ms, 200.0);
}

#[test]
fn the_client_works_normally_after_an_abort() {
    let h = Harness::with_credentials();
    h.fake.script(Endpoint::Session, vec![Reply::Hang]);
    assert_aborted(&h.create_cancelled_at(10.0).unwrap_err());
    assert_eq!(h.create().unwrap().body["id"], "T11223344.s1");
}
