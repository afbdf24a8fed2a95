//! `Dintero-Signature` on `callback_url` calls: HMAC-SHA256, keyed with the account's signature
//! secret, of `<t>\n<accountId>\n<METHOD>\n<hostname>\n<pathname>\n<query>` (the query sorted
//! and printed as `URLSearchParams` does; the hostname without port), with `|now - t|` within
//! the tolerance. The request body (a POST callback's transaction) is not signed.

use super::form_urlencoded;
use super::options::{CallbackOptions, SignOptions};
use super::signature_header::{self, HeaderProblem};
use super::{constant_time, Hash, Mac};
use crate::error::{Error, ErrorCode, ErrorKind};
use serde::Serialize;
use tsify::Tsify;

/// A callback request as the verifier needs it: the URL's parts as the WHATWG URL parser gives
/// them (the wasm layer uses the runtime's `URL`) and the two headers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallbackRequest {
    /// The method Dintero used (`GET`, or `POST` with `method=POST`), upper case.
    pub method: String,
    /// `URL.hostname`: no port.
    pub hostname: String,
    /// `URL.pathname`.
    pub pathname: String,
    /// The query as `URLSearchParams` sorts and prints it ([`form_urlencoded::canonical`] of
    /// `URL.search`; the wasm layer asks the runtime's `URLSearchParams`).
    pub signed_query: String,
    /// The query's parameters, decoded (at least the first of each name Dintero appends).
    pub parameters: Vec<(String, String)>,
    /// The `Dintero-Signature` header, when present.
    pub signature: Option<String>,
    /// The `event-delivery` header, when present.
    pub delivery: Option<String>,
}

/// A verified callback: the parameters Dintero appended to `callback_url` (each `null` when
/// absent) and when it signed. Read the transaction (`getPaymentToken(transactionId)`) before
/// acting: the parameters are signed, a POST callback's body is not.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DinteroCallback {
    /// `transaction_id`: the transaction the session created (absent on some `report_error` callbacks).
    #[tsify(type = "string | null")]
    pub transaction_id: Option<String>,
    /// `session_id`, or `sid` with `sid_parameter_name=sid`.
    #[tsify(type = "string | null")]
    pub session_id: Option<String>,
    /// `merchant_reference`: your order's reference.
    #[tsify(type = "string | null")]
    pub merchant_reference: Option<String>,
    /// `time`: when the transaction was created (ISO 8601).
    #[tsify(type = "string | null")]
    pub time: Option<String>,
    /// `error` (with `report_error=true`): `cancelled`, `authorization`, `failed`, or another code as sent.
    #[tsify(type = "string | null")]
    pub error: Option<String>,
    /// `event` (with `report_event`): the event applied, e.g. `CAPTURE`.
    #[tsify(type = "string | null")]
    pub event: Option<String>,
    /// `event_id`: the id of that event.
    #[tsify(type = "string | null")]
    pub event_id: Option<String>,
    /// The `event-delivery` header: one id per delivery (retries of one callback share it).
    #[tsify(type = "string | null")]
    pub delivery_id: Option<String>,
    /// The signature's `t`: when Dintero signed, in seconds since the Unix epoch.
    pub signed_at: f64,
}

/// The parameter names Dintero appends to `callback_url` (what [`DinteroCallback`] reads).
pub const CALLBACK_PARAMETERS: [&str; 8] = [
    "transaction_id",
    "session_id",
    "sid",
    "merchant_reference",
    "time",
    "error",
    "event",
    "event_id",
];

impl CallbackRequest {
    /// Sets the query from `URL.search` without its `?`, read with [`form_urlencoded`].
    pub fn set_query(&mut self, query: &str) {
        self.signed_query = form_urlencoded::canonical(query);
        self.parameters = form_urlencoded::parse(query);
    }
}

/// The text Dintero signs.
pub fn signed_string(timestamp: i64, account_id: &str, request: &CallbackRequest) -> String {
    format!(
        "{timestamp}\n{account_id}\n{}\n{}\n{}\n{}",
        request.method, request.hostname, request.pathname, request.signed_query
    )
}

fn signature_error(code: ErrorCode, message: String) -> Error {
    Error::new(ErrorKind::Signature, code, message)
}

fn mac_unavailable() -> Error {
    Error::new(
        ErrorKind::Internal,
        ErrorCode::InternalError,
        "this runtime could not compute an HMAC",
    )
}

/// Verifies `request` against `options`; the callback's parameters, or a
/// `DinteroSignatureError` whose message says what to check.
pub fn verify_callback<M: Mac>(
    mac: &M,
    request: &CallbackRequest,
    options: &CallbackOptions,
) -> Result<DinteroCallback, Error> {
    let Some(value) = request.signature.as_deref() else {
        return Err(signature_error(
            ErrorCode::SignatureMissing,
            "no `Dintero-Signature` header: does the account have a signature secret (POST /v1/admin/signature)? \
             Are the request's headers passed?"
                .to_owned(),
        ));
    };
    let header = signature_header::parse(value).map_err(|problem| match problem {
        HeaderProblem::NoSignature => signature_error(
            ErrorCode::SignatureMissing,
            "no `v0-hmac-sha256` signature in `Dintero-Signature`".to_owned(),
        ),
        HeaderProblem::Malformed(why) => signature_error(
            ErrorCode::SignatureMalformed,
            format!(
                "unreadable `Dintero-Signature`: {why}; expected `t=<seconds>,v0-hmac-sha256=<64 hex>`"
            ),
        ),
    })?;
    let message = signed_string(header.timestamp, &options.account_id, request);
    let mut matched = false;
    for secret in &options.secrets {
        let digest = mac
            .hmac(Hash::Sha256, secret.expose().as_bytes(), message.as_bytes())
            .ok_or_else(mac_unavailable)?;
        for candidate in &header.signatures {
            matched |= constant_time::equal(&digest, candidate);
        }
    }
    if !matched {
        return Err(signature_error(
            ErrorCode::SignatureMismatch,
            format!(
                "no signature matches {} {}{} for account {}: check the URL is the public one Dintero called \
                 (behind a proxy: public host, original path and query, e.g. Express `req.originalUrl`), the \
                 account id (`P…` production, `T…` test) and the signature secret",
                request.method,
                truncate(&request.hostname, 100),
                truncate(&request.pathname, 200),
                options.account_id
            ),
        ));
    }
    // Whole seconds (integers: printing an f64 would link float formatting, ~10 KB of .wasm).
    // `now_ms` is finite (the options reader refuses anything else).
    let now_seconds = (options.now_ms / 1000.0).floor() as i64;
    let age = now_seconds.saturating_sub(header.timestamp);
    if age.unsigned_abs() > options.tolerance_seconds {
        return Err(signature_error(
            ErrorCode::SignatureExpired,
            format!(
                "signed {} seconds {} now, beyond the tolerance of {} seconds: a replay, or check this \
                 server's clock (`toleranceSeconds`)",
                age.unsigned_abs(),
                if age >= 0 { "before" } else { "after" },
                options.tolerance_seconds
            ),
        ));
    }
    Ok(callback_parameters(request, header.timestamp))
}

fn truncate(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or_default()),
        None => text.to_owned(),
    }
}

fn callback_parameters(request: &CallbackRequest, timestamp: i64) -> DinteroCallback {
    let get = |name: &str| form_urlencoded::first(&request.parameters, name);
    DinteroCallback {
        transaction_id: get("transaction_id"),
        session_id: get("session_id").or_else(|| get("sid")),
        merchant_reference: get("merchant_reference"),
        time: get("time"),
        error: get("error"),
        event: get("event"),
        event_id: get("event_id"),
        delivery_id: request.delivery.clone(),
        signed_at: timestamp as f64,
    }
}

/// The `Dintero-Signature` value Dintero would send for `request` (its headers are ignored).
pub fn sign_callback<M: Mac>(
    mac: &M,
    request: &CallbackRequest,
    options: &SignOptions,
) -> Result<String, Error> {
    let timestamp = (options.now_ms / 1000.0).floor() as i64;
    let signed = CallbackRequest {
        method: options.method.clone(),
        ..request.clone()
    };
    let message = signed_string(timestamp, &options.account_id, &signed);
    let digest = mac
        .hmac(
            Hash::Sha256,
            options.secret.expose().as_bytes(),
            message.as_bytes(),
        )
        .ok_or_else(mac_unavailable)?;
    Ok(format!(
        "t={timestamp},{}={}",
        signature_header::SCHEME,
        signature_header::hex(&digest)
    ))
}
