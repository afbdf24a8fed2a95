//! No error, message or debug output ever contains the client secret or an access token.

use super::*;
use crate::client::testing::{Endpoint, Reply};

fn basic() -> String {
    crate::client::base64::encode(format!("client-id:{CLIENT_SECRET}").as_bytes())
}

/// Every secret this harness's client knew: the secret, its Basic encoding, every bearer token
/// it sent.
fn forbidden(h: &Harness) -> Vec<String> {
    let mut secrets = vec![CLIENT_SECRET.to_owned(), basic()];
    for logged in h.fake.log() {
        if let Some(token) = logged
            .request
            .header("authorization")
            .and_then(|v| v.strip_prefix("Bearer "))
        {
            secrets.push(token.to_owned());
        }
    }
    secrets
}

fn assert_clean(h: &Harness, what: &str, text: &str) {
    for secret in forbidden(h) {
        assert!(!text.contains(&secret), "{what} leaks {secret}: {text}");
    }
}

fn assert_error_clean(h: &Harness, error: &Error) {
    assert_clean(h, "Debug", &format!("{error:?}"));
    assert_clean(h, "Display", &error.to_string());
    assert_clean(h, "JSON", &serde_json::to_string(error).unwrap());
}

#[test]
fn errors_built_from_hostile_outside_text_are_redacted() {
    let everything = [CLIENT_SECRET.to_owned(), basic(), "tok-1".to_owned()].join(" | ");
    let echo = json!({"error": {"code": everything, "message": everything, "errors": [{"echo": everything}]}}).to_string();
    let header_echo = [
        ("request-id", everything.as_str()),
        ("content-type", everything.as_str()),
    ];
    let scenarios: Vec<(Endpoint, Vec<Reply>)> = vec![
        (
            Endpoint::Token,
            vec![Reply::with_headers(401, &header_echo, &echo)],
        ),
        (
            Endpoint::Token,
            vec![Reply::with_headers(200, &header_echo, "not json")],
        ),
        (
            Endpoint::Token,
            vec![
                Reply::fail(&everything),
                Reply::fail(&everything),
                Reply::fail(&everything),
            ],
        ),
        (
            Endpoint::Session,
            vec![Reply::with_headers(400, &header_echo, &echo)],
        ),
        (
            Endpoint::Session,
            vec![
                Reply::with_headers(401, &header_echo, &echo),
                Reply::with_headers(401, &header_echo, &echo),
            ],
        ),
        (
            Endpoint::Session,
            vec![Reply::with_headers(200, &header_echo, &echo)],
        ),
        (
            Endpoint::Session,
            vec![
                Reply::fail(&everything),
                Reply::fail(&everything),
                Reply::fail(&everything),
            ],
        ),
        (
            Endpoint::Session,
            vec![Reply::Hang, Reply::Hang, Reply::Hang],
        ),
    ];
    for (endpoint, replies) in scenarios {
        let h = Harness::with_credentials();
        h.fake.script(endpoint, replies);
        let error = h.create().unwrap_err();
        assert_error_clean(&h, &error);
        assert_clean(&h, "client Debug", &format!("{:?}", h.client));
    }
}

#[test]
fn a_given_access_token_is_redacted_too() {
    let h = Harness::new(json!({"accessToken": "given-token-abc"}));
    let echo = Reply::fail("Authorization: Bearer given-token-abc refused");
    h.fake
        .script(Endpoint::Session, vec![echo.clone(), echo.clone(), echo]);
    let error = h.create().unwrap_err();
    assert!(
        error
            .message
            .contains("Authorization: Bearer [REDACTED] refused"),
        "{}",
        error.message
    );
    assert_error_clean(&h, &error);
}

#[test]
fn debug_of_a_client_with_a_cached_token_shows_neither_secret_nor_token() {
    let h = Harness::with_credentials();
    h.create().unwrap();
    let printed = format!("{:?} {:#?} {:?}", h.client, h.client.config(), h.fake.log());
    assert_clean(&h, "Debug", &printed);
    assert!(printed.contains("T11223344"));
}
