//! What goes over the wire, and what comes back on success.

use super::*;
use crate::client::testing::{Endpoint, Reply};
use crate::client::{Method, USER_AGENT};
use crate::error::ErrorKind;

#[test]
fn creates_a_session_with_a_token_from_client_credentials() {
    let h = Harness::with_credentials();
    let created = h.create().unwrap();
    assert_eq!(
        created.body,
        json!({"id": "T11223344.s1", "url": "https://checkout.test.dintero.com/v1/view/T11223344.s1"})
    );

    let log = h.fake.log();
    assert_eq!(
        log.iter().map(|l| l.endpoint).collect::<Vec<_>>(),
        [Endpoint::Token, Endpoint::Session]
    );
    let token = &log[0].request;
    assert_eq!(token.method, Method::Post);
    assert_eq!(
        token.url,
        "http://127.0.0.1:4010/v1/accounts/T11223344/auth/token"
    );
    let basic = crate::client::base64::encode(format!("client-id:{CLIENT_SECRET}").as_bytes());
    assert_eq!(
        token.header("Authorization"),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(token.header("Content-Type"), Some("application/json"));
    assert_eq!(token.header("User-Agent"), Some(USER_AGENT));
    let token_body: Value = serde_json::from_str(token.body.as_deref().unwrap()).unwrap();
    assert_eq!(
        token_body,
        json!({"grant_type": "client_credentials", "audience": "https://api.dintero.com/v1/accounts/T11223344"})
    );

    let session = &log[1].request;
    assert_eq!(session.method, Method::Post);
    assert_eq!(
        session.url,
        "http://127.0.0.1:4010/v1/sessions/payment-token"
    );
    assert_eq!(session.header("authorization"), Some("Bearer tok-1"));
    assert_eq!(session.header("content-type"), Some("application/json"));
    assert_eq!(session.header("accept"), Some("application/json"));
    assert_eq!(session.header("user-agent"), Some(USER_AGENT));
    assert!(USER_AGENT.starts_with("dintero-payment-token/"));
    assert_eq!(session.header("Dintero-System-Name"), None);
    let sent: Value = serde_json::from_str(session.body.as_deref().unwrap()).unwrap();
    assert_eq!(sent["session"]["order"]["merchant_reference"], "order-1");
    assert_eq!(
        sent["token_provider"]["payment_product_type"],
        "payex.creditcard"
    );
}

#[test]
fn include_session_adds_the_query_and_returns_the_session() {
    let h = Harness::with_credentials();
    let request = valid_request();
    let future =
        h.client
            .create_payment_token_session(&request, true, &CallOptions::NONE, &NeverCancelled);
    let created = h.run_one(future).unwrap();
    assert_eq!(created.body["session"]["id"], "T11223344.s1");
    assert_eq!(
        h.fake.requests(Endpoint::Session)[0].request.url,
        "http://127.0.0.1:4010/v1/sessions/payment-token?include_session=true"
    );
}

#[test]
fn sends_the_system_headers() {
    let mut options = credentials_options();
    options["system"] = json!({"name": "shop", "version": "1.0", "pluginName": "dintero-node", "pluginVersion": "0.1.0"});
    let h = Harness::new(options);
    h.create().unwrap();
    let session = &h.fake.requests(Endpoint::Session)[0].request;
    assert_eq!(session.header("Dintero-System-Name"), Some("shop"));
    assert_eq!(session.header("Dintero-System-Version"), Some("1.0"));
    assert_eq!(
        session.header("Dintero-System-Plugin-Name"),
        Some("dintero-node")
    );
    assert_eq!(
        session.header("Dintero-System-Plugin-Version"),
        Some("0.1.0")
    );
}

#[test]
fn an_access_token_is_used_as_is_and_no_token_request_is_made() {
    let h =
        Harness::new(json!({"accessToken": "given-token-abc", "baseUrl": "https://api.example"}));
    h.create().unwrap();
    h.create().unwrap();
    let log = h.fake.log();
    assert_eq!(log.len(), 2);
    assert!(log.iter().all(|l| l.endpoint == Endpoint::Session));
    assert_eq!(
        log[0].request.url,
        "https://api.example/v1/sessions/payment-token"
    );
    assert_eq!(
        log[0].request.header("Authorization"),
        Some("Bearer given-token-abc")
    );
}

#[test]
fn the_strict_option_makes_warnings_block_on_both_paths() {
    let mut options = credentials_options();
    options["strict"] = json!(true);
    let h = Harness::new(options);
    let mut request = valid_request();
    request["session"]["customer"] = json!({"phone_number": "+47 999 99 999"});
    let text = request.to_string();
    let by_value =
        h.client
            .create_payment_token_session(&request, false, &CallOptions::NONE, &NeverCancelled);
    let by_text = h.client.create_payment_token_session_text(
        text,
        false,
        &CallOptions::NONE,
        &NeverCancelled,
    );
    let by_text = async move { by_text.await.map(|created| created.expect("readable text")) };
    for result in run(&h.sim, vec![Box::pin(by_value), Box::pin(by_text)]) {
        let error = result.unwrap_err();
        assert_eq!(error.code, "validation_failed");
        assert_eq!(error.issues.len(), 1);
        assert_eq!(error.issues[0].code, "invalid_phone_number");
        assert!(error.issues[0].is_error());
    }
    assert!(h.fake.log().is_empty(), "nothing sent");
    // Without `strict` the same request is sent (the phone number is only a warning).
    let h = Harness::with_credentials();
    let future =
        h.client
            .create_payment_token_session(&request, false, &CallOptions::NONE, &NeverCancelled);
    assert!(h.run_one(future).is_ok());
}

#[test]
fn an_invalid_request_is_refused_and_nothing_is_sent() {
    let h = Harness::with_credentials();
    let invalid = json!({"session": {}});
    let future =
        h.client
            .create_payment_token_session(&invalid, false, &CallOptions::NONE, &NeverCancelled);
    let error = h.run_one(future).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Validation);
    assert_eq!(error.code, "validation_failed");
    assert!(
        error.issues.iter().any(|i| i.path == "/token_provider"),
        "{:?}",
        error.issues
    );
    assert!(h.fake.log().is_empty());
}

#[test]
fn reads_a_transaction_with_its_card_tokens() {
    let h = Harness::with_credentials();
    let future = h.client.get_payment_token(
        "T11223344.4XcQqcDx8XXuxCzN2wA2pz",
        &CallOptions::NONE,
        &NeverCancelled,
    );
    let transaction = h.run_one(future).unwrap();
    assert_eq!(transaction.body["card"]["payment_token"], "pt-1");
    let request = &h.fake.requests(Endpoint::Transaction)[0].request;
    assert_eq!(request.method, Method::Get);
    assert_eq!(
        request.url,
        "http://127.0.0.1:4010/v1/transactions/T11223344.4XcQqcDx8XXuxCzN2wA2pz?includes=card.payment_token&includes=card.recurrence_token"
    );
    assert_eq!(request.header("Authorization"), Some("Bearer tok-1"));
    assert_eq!(request.header("Content-Type"), None);
    assert_eq!(request.body, None);
}

#[test]
fn a_bad_transaction_id_is_refused_before_any_request() {
    let h = Harness::with_credentials();
    for id in ["", "../accounts", "a?b=1", "a#b"] {
        let future = h
            .client
            .get_payment_token(id, &CallOptions::NONE, &NeverCancelled);
        let error = h.run_one(future).unwrap_err();
        assert_eq!(
            (error.kind, error.code.as_str()),
            (ErrorKind::Validation, "invalid_arguments"),
            "{id}"
        );
        assert_eq!(error.issues[0].path, "/transactionId");
    }
    assert!(h.fake.log().is_empty());
}

#[test]
fn a_transaction_body_without_id_is_an_invalid_response() {
    let h = Harness::with_credentials();
    h.fake.script(
        Endpoint::Transaction,
        vec![Reply::status(200, "{\"card\":{}}")],
    );
    let future = h
        .client
        .get_payment_token("T1.x", &CallOptions::NONE, &NeverCancelled);
    let error = h.run_one(future).unwrap_err();
    assert_eq!(error.kind, ErrorKind::InvalidResponse);
    assert!(
        error
            .message
            .starts_with("GET /v1/transactions/T1.x answered HTTP 200"),
        "{}",
        error.message
    );
}

#[test]
fn summary_shows_no_secret() {
    let h = Harness::with_credentials();
    let summary = h.client.summary();
    assert_eq!(
        summary,
        json!({"accountId": "T11223344", "baseUrl": "http://127.0.0.1:4010", "auth": "clientCredentials",
               "clientId": "client-id", "timeoutMs": 1000, "maxRetries": 2})
    );
}

#[test]
fn a_request_given_as_text_is_sent_verbatim_and_validated_first() {
    let h = Harness::with_credentials();
    // `None` (text serde_json cannot read) comes back as `Null`: real answers are objects.
    let send_text = |text: String| {
        let future = h.client.create_payment_token_session_text(
            text,
            false,
            &CallOptions::NONE,
            &NeverCancelled,
        );
        run(&h.sim, vec![Box::pin(future)])
            .pop()
            .unwrap()
            .map(|created| created.map_or(Value::Null, |answer| answer.body.to_value()))
    };
    // Keys in the caller's order (not serde_json's sorted order), spacing kept: sent as is.
    let text = r#"{"token_provider":{"token_types":["payment_token"],"payment_product_type":"payex.creditcard"},
        "session":{"url":{"return_url":"https://shop.example/return"},"order":{"merchant_reference":"order-1","currency":"NOK"}}}"#;
    let created = send_text(text.to_owned()).unwrap();
    assert_eq!(created["id"], "T11223344.s1");
    let log = h.fake.log();
    assert_eq!(log[1].endpoint, Endpoint::Session);
    assert_eq!(log[1].request.body.as_deref(), Some(text));

    let error = send_text(text.replace("\"NOK\"", "\"nok\"")).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Validation);
    assert!(error.issues.iter().any(|i| i.code == "invalid_currency"));
    assert_eq!(h.fake.log().len(), 2, "nothing sent for an invalid request");

    // A lone surrogate escape is valid for JSON.stringify but not for serde_json: `None`,
    // nothing sent, so the wrapper can pass the value instead.
    let unreadable = send_text(text.replace("order-1", "\\ud800")).unwrap();
    assert_eq!(unreadable, Value::Null);
    assert_eq!(h.fake.log().len(), 2, "nothing sent for unreadable text");
}
