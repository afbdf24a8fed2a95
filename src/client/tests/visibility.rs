//! What a call tells about itself: request id, status and attempts on success; the events the
//! hooks and logger receive; per-call `timeoutMs` / `maxRetries`.

use super::*;
use crate::client::testing::{Endpoint, Reply};
use crate::client::{Event, EventKind, RetryReason};
use crate::error::ErrorKind;

/// `(kind, method, path, attempt, status)` of every event.
fn outline(h: &Harness) -> Vec<(EventKind, &'static str, String, u32, Option<u16>)> {
    h.events
        .events()
        .into_iter()
        .map(|e| (e.kind, e.method, e.path, e.attempt, e.status))
        .collect()
}

const TOKEN: &str = "/v1/accounts/T11223344/auth/token";
const SESSION: &str = "/v1/sessions/payment-token";

fn with_request_id(status: u16, id: &str, body: &str) -> Reply {
    Reply::with_headers(status, &[("request-id", id)], body)
}

fn created_body() -> &'static str {
    r#"{"id":"T11223344.x","url":"https://checkout.test.dintero.com/v1/view/T11223344.x"}"#
}

/// Runs one call with `options`.
fn create_with(h: &Harness, options: CallOptions) -> Result<Answer, Error> {
    let request = valid_request();
    let future = async move {
        h.client
            .create_payment_token_session(&request, false, &options, &NeverCancelled)
            .await
    };
    h.run_one(future)
}

#[test]
fn a_result_carries_request_id_status_and_attempts() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![with_request_id(200, "req-1", created_body())],
    );
    let answer = h.create().unwrap();
    assert_eq!(answer.body["id"], "T11223344.x");
    assert_eq!(
        answer.meta,
        ResponseMeta {
            request_id: Some("req-1".into()),
            status: 200,
            attempts: 1
        }
    );
    // Without the header there is no request id.
    let answer = h.create().unwrap();
    assert_eq!((answer.meta.request_id, answer.meta.attempts), (None, 1));
}

#[test]
fn a_retry_shows_in_the_attempts_and_in_the_events() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![
            Reply::Respond {
                status: 503,
                headers: vec![("request-id".into(), "req-503".into())],
                body: String::new(),
                delay_ms: 40.0,
            },
            with_request_id(201, "req-ok", created_body()),
        ],
    );
    let answer = h.create().unwrap();
    assert_eq!(
        answer.meta,
        ResponseMeta {
            request_id: Some("req-ok".into()),
            status: 201,
            attempts: 2
        }
    );
    use EventKind::*;
    assert_eq!(
        outline(&h),
        [
            (Request, "POST", TOKEN.into(), 1, None),
            (Response, "POST", TOKEN.into(), 1, Some(200)),
            (Request, "POST", SESSION.into(), 1, None),
            (Response, "POST", SESSION.into(), 1, Some(503)),
            (Retry, "POST", SESSION.into(), 1, Some(503)),
            (Request, "POST", SESSION.into(), 2, None),
            (Response, "POST", SESSION.into(), 2, Some(201)),
        ]
    );
    let events = h.events.events();
    let retry = &events[4];
    assert_eq!(
        (retry.reason, retry.delay_ms, retry.duration_ms),
        (Some(RetryReason::Status), Some(375), 40.0)
    );
    assert_eq!(retry.request_id.as_deref(), Some("req-503"));
    assert_eq!(events[3].duration_ms, 40.0);
    assert_eq!(events[6].request_id.as_deref(), Some("req-ok"));
    assert!(events.iter().all(|e| e.body.is_none()));
}

#[test]
fn timeouts_and_network_failures_are_retry_reasons() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Session,
        vec![Reply::Hang, Reply::fail("connect ECONNREFUSED")],
    );
    let answer = h.create().unwrap();
    assert_eq!(answer.meta.attempts, 3);
    let retries: Vec<_> = h
        .events
        .events()
        .into_iter()
        .filter(|e| e.kind == EventKind::Retry)
        .map(|e| (e.reason, e.attempt, e.status, e.duration_ms))
        .collect();
    assert_eq!(
        retries,
        [
            (Some(RetryReason::Timeout), 1, None, 1000.0),
            (Some(RetryReason::Network), 2, None, 0.0)
        ]
    );
}

#[test]
fn a_401_refresh_is_a_retry_and_counts_as_an_attempt() {
    let h = Harness::with_credentials();
    h.fake
        .script(Endpoint::Session, vec![with_request_id(401, "req-401", "")]);
    let answer = h.create().unwrap();
    assert_eq!(answer.meta.attempts, 2);
    let events = h.events.events();
    let retry = events
        .iter()
        .find(|e| e.kind == EventKind::Retry)
        .expect("a retry event");
    assert_eq!(
        (retry.reason, retry.status, retry.delay_ms, retry.attempt),
        (Some(RetryReason::Unauthorized), Some(401), Some(0), 1)
    );
    assert_eq!(retry.request_id.as_deref(), Some("req-401"));
    // A second token request follows the refresh.
    let token_requests = events
        .iter()
        .filter(|e| e.kind == EventKind::Request && e.path == TOKEN)
        .count();
    assert_eq!(token_requests, 2);
}

#[test]
fn a_failed_call_reports_one_error_event() {
    let h = Harness::with_credentials();
    let gateway = with_request_id(502, "req-502", "<html>bad gateway</html>");
    h.fake.script(
        Endpoint::Session,
        vec![gateway.clone(), gateway.clone(), gateway],
    );
    let error = h.create().unwrap_err();
    let events = h.events.events();
    let errors: Vec<&Event> = events
        .iter()
        .filter(|e| e.kind == EventKind::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    let event = errors[0];
    assert_eq!(event, events.last().unwrap(), "the error event comes last");
    assert_eq!(
        (
            event.method,
            event.path.as_str(),
            event.attempt,
            event.status
        ),
        ("POST", SESSION, 3, Some(502))
    );
    assert_eq!(event.request_id.as_deref(), Some("req-502"));
    assert_eq!(event.duration_ms, 375.0 + 750.0);
    assert_eq!(event.error.as_ref(), Some(&error));
}

#[test]
fn an_invalid_request_reports_an_error_event_without_sending() {
    let h = Harness::with_credentials();
    let invalid = json!({"session": {}});
    let future = async {
        h.client
            .create_payment_token_session(&invalid, false, &CallOptions::NONE, &NeverCancelled)
            .await
    };
    let error = h.run_one(future).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Validation);
    assert_eq!(
        outline(&h),
        [(EventKind::Error, "POST", SESSION.into(), 0, None)]
    );
    assert!(h.fake.log().is_empty());
}

#[test]
fn get_payment_token_reports_its_path_without_the_query() {
    let h = Harness::with_credentials();
    let future = h
        .client
        .get_payment_token("T1.abc", &CallOptions::NONE, &NeverCancelled);
    let answer = h.run_one(future).unwrap();
    assert_eq!((answer.meta.status, answer.meta.attempts), (200, 1));
    let last = h.events.events().pop().unwrap();
    assert_eq!(
        (last.kind, last.method, last.path.as_str()),
        (EventKind::Response, "GET", "/v1/transactions/T1.abc")
    );
}

#[test]
fn bodies_only_when_asked_and_never_for_the_token_endpoint() {
    let mut options = credentials_options();
    options["hookBodies"] = json!(true);
    let h = Harness::new(options);
    h.create().unwrap();
    let events = h.events.events();
    for event in &events {
        let is_token = event.path == TOKEN;
        let has_body = event.body.is_some();
        match (event.kind, is_token) {
            (_, true) => assert!(!has_body, "{event:?}"),
            (EventKind::Request, false) => {
                assert_eq!(event.body, Some(valid_request().to_string()))
            }
            (EventKind::Response, false) => assert_eq!(
                event.body.as_deref(),
                Some(
                    r#"{"id":"T11223344.s1","url":"https://checkout.test.dintero.com/v1/view/T11223344.s1"}"#
                )
            ),
            _ => {}
        }
    }
    assert_eq!(events.len(), 4);
}

#[test]
fn events_never_carry_a_secret_or_a_token() {
    let mut options = credentials_options();
    options["hookBodies"] = json!(true);
    let h = Harness::new(options);
    // A server (or proxy) echoing the token and the secret in its request id and body.
    h.fake.script(
        Endpoint::Session,
        vec![
            with_request_id(500, "id-tok-1", &format!("tok-1 {CLIENT_SECRET}")),
            with_request_id(401, &format!("x{CLIENT_SECRET}"), ""),
        ],
    );
    h.fake
        .script(Endpoint::Transaction, vec![Reply::fail("tok-2 went away")]);
    h.create().unwrap();
    let future = h
        .client
        .get_payment_token("T1.abc", &CallOptions::NONE, &NeverCancelled);
    let _ = h.run_one(future);
    let printed = serde_json::to_string(&h.events.events()).unwrap();
    let basic = crate::client::auth::basic_credentials(
        "client-id",
        &crate::client::Secret::new(CLIENT_SECRET),
    );
    for secret in [CLIENT_SECRET, basic.as_str(), "tok-1", "tok-2", "tok-3"] {
        assert!(!printed.contains(secret), "{secret} in {printed}");
    }
    assert!(printed.contains("[REDACTED]"));
    assert!(!printed.to_ascii_lowercase().contains("authorization"));
}

#[test]
fn per_call_settings_override_the_client_ones() {
    let h = Harness::with_credentials(); // timeoutMs 1000, maxRetries 2
    h.fake.script(
        Endpoint::Session,
        vec![
            Reply::status(503, ""),
            Reply::slow(300.0, 200, created_body()),
            Reply::slow(300.0, 200, created_body()),
        ],
    );
    let once = CallOptions {
        max_retries: Some(0),
        ..CallOptions::NONE
    };
    let error = create_with(&h, once).unwrap_err();
    assert_eq!((error.status, error.attempts), (Some(503), Some(1)));

    let short = CallOptions {
        timeout_ms: Some(100),
        max_retries: Some(1),
    };
    let error = create_with(&h, short).unwrap_err();
    assert_eq!((error.kind, error.attempts), (ErrorKind::Timeout, Some(2)));
    assert!(error.message.contains("within 100 ms"), "{}", error.message);

    // The client's own settings are unchanged.
    h.fake.script(
        Endpoint::Session,
        vec![Reply::slow(300.0, 200, created_body())],
    );
    assert_eq!(h.create().unwrap().meta.attempts, 1);
}

#[test]
fn a_token_request_runs_with_the_settings_of_the_call_that_starts_it() {
    let h = Harness::with_credentials();
    h.fake.script(Endpoint::Token, vec![Reply::status(503, "")]);
    let once = CallOptions {
        max_retries: Some(0),
        ..CallOptions::NONE
    };
    let error = create_with(&h, once).unwrap_err();
    assert_eq!((error.status, error.attempts), (Some(503), Some(1)));
    assert!(error
        .message
        .starts_with("POST /v1/accounts/T11223344/auth/token"));
}

#[test]
fn call_options_have_the_ranges_of_the_client_options() {
    assert_eq!(
        CallOptions::from_options(&json!({"timeoutMs": 600000, "maxRetries": 10, "signal": null})),
        Ok(CallOptions {
            timeout_ms: Some(600_000),
            max_retries: Some(10)
        })
    );
    assert_eq!(
        CallOptions::from_options(&Value::Null),
        Ok(CallOptions::NONE)
    );
    let error = CallOptions::from_options(&json!({"timeoutMs": 0, "maxRetries": 11})).unwrap_err();
    assert_eq!(error.code, "invalid_options");
    let issues: Vec<(&str, &str)> = error
        .issues
        .iter()
        .map(|i| (i.path.as_str(), i.code.as_str()))
        .collect();
    assert_eq!(
        issues,
        [
            ("/timeoutMs", "out_of_range"),
            ("/maxRetries", "out_of_range")
        ]
    );
    let error = CallOptions::from_options(&json!({"timeoutMs": "5"})).unwrap_err();
    assert_eq!(error.issues[0].code, "invalid_type");
}
