//! Native tests of the verifier with RustCrypto's HMAC, on Dintero's documented example.

use super::form_urlencoded;
use super::options::{CallbackOptions, SignOptions, WebhookOptions};
use super::rust_crypto::RustCryptoMac;
use super::*;
use crate::client::Secret;
use crate::error::Error;

/// Dintero's example (docs "Create signature secret"; lifecycle.md 1.5): secret `123`,
/// account `P00000000`, `GET https://example.com/callback?B=123&A=992` at t=1582236537.
const T: i64 = 1_582_236_537;
const DIGEST: &str = "6bed2ab1b919d460ef7465a20dc6c97260dca73fab6647106ca525f0908df64a";

fn example() -> CallbackRequest {
    let mut request = CallbackRequest {
        method: "GET".into(),
        hostname: "example.com".into(),
        pathname: "/callback".into(),
        signature: Some(format!("t={T},v0-hmac-sha256={DIGEST}")),
        delivery: Some("d-1".into()),
        ..CallbackRequest::default()
    };
    request.set_query("B=123&A=992");
    request
}

fn options(secrets: &[&str], now_s: i64) -> CallbackOptions {
    CallbackOptions {
        secrets: secrets.iter().map(|s| Secret::new(*s)).collect(),
        account_id: "P00000000".into(),
        tolerance_seconds: 300,
        now_ms: now_s as f64 * 1000.0,
    }
}

fn verify(request: &CallbackRequest, options: &CallbackOptions) -> Result<DinteroCallback, Error> {
    verify_callback(&RustCryptoMac, request, options)
}

#[test]
fn dinteros_example_verifies_and_expires_after_five_minutes() {
    let verified = verify(&example(), &options(&["123"], T + 10)).unwrap();
    assert_eq!(verified.signed_at, T as f64);
    assert_eq!(verified.delivery_id.as_deref(), Some("d-1"));
    assert_eq!(verified.transaction_id, None);
    assert!(verify(&example(), &options(&["123"], T + 300)).is_ok());
    assert!(verify(&example(), &options(&["123"], T - 300)).is_ok());
    for late in [T + 301, T - 301] {
        let error = verify(&example(), &options(&["123"], late)).unwrap_err();
        assert_eq!(error.code, "signature_expired", "{}", error.message);
        assert!(error.message.contains("301 seconds"), "{}", error.message);
    }
    let mut lenient = options(&["123"], T + 301);
    lenient.tolerance_seconds = 301;
    assert!(verify(&example(), &lenient).is_ok());
}

#[test]
fn any_secret_and_any_signature_may_match() {
    assert!(verify(&example(), &options(&["old", "123"], T)).is_ok());
    let mut rotated = example();
    rotated.signature = Some(format!(
        "t={T},v1-future=zz,v0-hmac-sha256={},v0-hmac-sha256={DIGEST}",
        "0".repeat(64)
    ));
    assert!(verify(&rotated, &options(&["123"], T)).is_ok());
}

#[test]
fn every_change_is_a_mismatch_that_never_shows_the_secret() {
    let changes: [fn(&mut CallbackRequest); 6] = [
        |r| r.method = "POST".into(),
        |r| r.hostname = "example.org".into(),
        |r| r.pathname = "/callback/".into(),
        |r| r.set_query("B=123&A=993"),
        |r| r.signature = Some(format!("t={},v0-hmac-sha256={DIGEST}", T + 1)),
        |r| r.signature = Some(format!("t={T},v0-hmac-sha256={}0", &DIGEST[..63])),
    ];
    for change in changes {
        let mut request = example();
        change(&mut request);
        let error = verify(&request, &options(&["123"], T)).unwrap_err();
        assert_eq!(error.code, "signature_mismatch");
        assert_eq!(error.kind.class_name(), "DinteroSignatureError");
        assert!(!error.message.contains("123"), "{}", error.message);
    }
    let mut other_account = options(&["123"], T);
    other_account.account_id = "T00000000".into();
    assert_eq!(
        verify(&example(), &other_account).unwrap_err().code,
        "signature_mismatch"
    );
    assert_eq!(
        verify(&example(), &options(&["1234"], T)).unwrap_err().code,
        "signature_mismatch"
    );
}

#[test]
fn the_query_order_and_encoding_do_not_matter_the_port_is_not_signed() {
    let mut request = example();
    request.set_query("A=992&B=123");
    assert!(verify(&request, &options(&["123"], T)).is_ok());
    request.set_query("A=%39%392&B=1%323");
    assert!(verify(&request, &options(&["123"], T)).is_ok());
}

#[test]
fn missing_and_malformed_headers() {
    let mut request = example();
    request.signature = None;
    assert_eq!(
        verify(&request, &options(&["123"], T)).unwrap_err().code,
        "signature_missing"
    );
    request.signature = Some(format!("t={T}"));
    assert_eq!(
        verify(&request, &options(&["123"], T)).unwrap_err().code,
        "signature_missing"
    );
    request.signature = Some("garbage".into());
    assert_eq!(
        verify(&request, &options(&["123"], T)).unwrap_err().code,
        "signature_malformed"
    );
}

#[test]
fn reads_the_parameters_dintero_appends() {
    let mut request = example();
    request.set_query("merchant_reference=order+1&transaction_id=T1.abc&sid=s-1&time=2020-02-20T22%3A08%3A57Z&error=authorization&event=CAPTURE&event_id=3");
    let sign = SignOptions {
        secret: Secret::new("123"),
        account_id: "P00000000".into(),
        method: "GET".into(),
        now_ms: T as f64 * 1000.0 + 999.0,
    };
    request.signature = Some(sign_callback(&RustCryptoMac, &request, &sign).unwrap());
    let verified = verify(&request, &options(&["123"], T)).unwrap();
    assert_eq!(verified.merchant_reference.as_deref(), Some("order 1"));
    assert_eq!(verified.transaction_id.as_deref(), Some("T1.abc"));
    assert_eq!(verified.session_id.as_deref(), Some("s-1"));
    assert_eq!(verified.time.as_deref(), Some("2020-02-20T22:08:57Z"));
    assert_eq!(verified.error.as_deref(), Some("authorization"));
    assert_eq!(verified.event.as_deref(), Some("CAPTURE"));
    assert_eq!(verified.event_id.as_deref(), Some("3"));
}

#[test]
fn signs_as_dintero_does() {
    let sign = SignOptions {
        secret: Secret::new("123"),
        account_id: "P00000000".into(),
        method: "GET".into(),
        now_ms: T as f64 * 1000.0,
    };
    let header = sign_callback(&RustCryptoMac, &example(), &sign).unwrap();
    assert_eq!(header, format!("t={T},v0-hmac-sha256={DIGEST}"));
}

#[test]
fn webhooks_are_hmac_sha1_of_the_raw_body() {
    let body = br#"{"event":"checkout_token_add","n":1.10}"#.to_vec();
    let request = WebhookRequest {
        signature: Some("58f3a98bb3a30af92dc33c0c4cd63fa8e40770f1".into()),
        event: Some("checkout_token_add".into()),
        delivery: Some("d-9".into()),
        body: body.clone(),
    };
    let run = |request: &WebhookRequest, secrets: &[&str]| {
        let options = WebhookOptions {
            secrets: secrets.iter().map(|s| Secret::new(*s)).collect(),
        };
        verify_webhook(&RustCryptoMac, request, &options)
    };
    let verified = run(&request, &["other", "whsec"]).unwrap();
    assert_eq!(verified.event.as_deref(), Some("checkout_token_add"));
    assert_eq!(verified.delivery_id.as_deref(), Some("d-9"));
    let mut changed = request.clone();
    changed.body = br#"{"event":"checkout_token_add","n":1.1}"#.to_vec();
    assert_eq!(
        run(&changed, &["whsec"]).unwrap_err().code,
        "signature_mismatch"
    );
    assert_eq!(
        run(&request, &["whsec2"]).unwrap_err().code,
        "signature_mismatch"
    );
    changed = request.clone();
    changed.signature = Some("abc".into());
    assert_eq!(
        run(&changed, &["whsec"]).unwrap_err().code,
        "signature_malformed"
    );
    changed.signature = None;
    assert_eq!(
        run(&changed, &["whsec"]).unwrap_err().code,
        "signature_missing"
    );
}

#[test]
fn return_url_parameters_are_read_as_sent() {
    let read = read_return_url(&form_urlencoded::parse(
        "transaction_id=T1.x&merchant_reference=o%201&error=captured",
    ));
    assert_eq!(read.transaction_id.as_deref(), Some("T1.x"));
    assert_eq!(read.merchant_reference.as_deref(), Some("o 1"));
    assert_eq!(read.error.as_deref(), Some("captured"));
    assert_eq!(
        read_return_url(&[]),
        DinteroReturn {
            transaction_id: None,
            merchant_reference: None,
            error: None
        }
    );
}

#[test]
fn options_name_every_problem_without_the_secret() {
    let mut issues = Vec::new();
    let json =
        serde_json::json!({ "secret": ["ok", "", 5], "accountId": "X1", "toleranceSeconds": -1 });
    assert!(CallbackOptions::read(&json, 0.0, &mut issues).is_none());
    let paths: Vec<(&str, &str)> = issues
        .iter()
        .map(|i| (i.path.as_str(), i.code.as_str()))
        .collect();
    assert_eq!(
        paths,
        [
            ("/secret/1", "empty_value"),
            ("/secret/2", "invalid_type"),
            ("/accountId", "invalid_account_id"),
            ("/toleranceSeconds", "out_of_range")
        ]
    );
    assert!(issues.iter().all(|i| !i.message.contains("ok")));
    issues.clear();
    let read = CallbackOptions::read(
        &serde_json::json!({ "secret": "s", "accountId": "T12345678" }),
        5.0,
        &mut issues,
    )
    .unwrap();
    assert_eq!(
        (read.tolerance_seconds, read.now_ms, issues.len()),
        (300, 5.0, 0)
    );
    assert!(!format!("{read:?}").contains("\"s\""));
}
