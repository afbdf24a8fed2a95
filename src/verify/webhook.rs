//! Webhook subscription deliveries: `event-signature` is the HMAC-SHA1 hex of the raw body,
//! keyed with the subscription's secret. The scheme has no timestamp, so there is no expiry.

use super::options::WebhookOptions;
use super::signature_header::hex_digest;
use super::{constant_time, Hash, Mac};
use crate::error::{Error, ErrorCode, ErrorKind};

/// Largest body read, in bytes: the same limit as Dintero's responses (a token event is about 1 KB).
pub const MAX_WEBHOOK_BODY_BYTES: usize = crate::client::MAX_RESPONSE_BODY_BYTES;

/// A delivery: its headers and the body's bytes exactly as received.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WebhookRequest {
    /// The `event-signature` header.
    pub signature: Option<String>,
    /// The `event` header.
    pub event: Option<String>,
    /// The `event-delivery` header.
    pub delivery: Option<String>,
    /// The raw body.
    pub body: Vec<u8>,
}

/// A verified delivery's headers (the wasm layer adds the parsed body).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedWebhook {
    /// The `event` header, e.g. `checkout_token_add`.
    pub event: Option<String>,
    /// The `event-delivery` header.
    pub delivery_id: Option<String>,
}

fn signature_error(code: ErrorCode, message: &str) -> Error {
    Error::new(ErrorKind::Signature, code, message)
}

/// Verifies `request` against `options`.
pub fn verify_webhook<M: Mac>(
    mac: &M,
    request: &WebhookRequest,
    options: &WebhookOptions,
) -> Result<VerifiedWebhook, Error> {
    let Some(value) = request.signature.as_deref() else {
        return Err(signature_error(
            ErrorCode::SignatureMissing,
            "no `event-signature` header: does the subscription have a `config.secret`? Are the request's headers passed?",
        ));
    };
    let expected = hex_digest(value.trim_matches([' ', '\t']), 20).ok_or_else(|| {
        signature_error(
            ErrorCode::SignatureMalformed,
            "the `event-signature` header is not 40 hex digits (an HMAC-SHA1)",
        )
    })?;
    let mut matched = false;
    for secret in &options.secrets {
        let digest = mac
            .hmac(Hash::Sha1, secret.expose().as_bytes(), &request.body)
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::Internal,
                    ErrorCode::InternalError,
                    "this runtime could not compute an HMAC",
                )
            })?;
        matched |= constant_time::equal(&digest, &expected);
    }
    if !matched {
        return Err(signature_error(
            ErrorCode::SignatureMismatch,
            "`event-signature` does not match: pass the body's bytes as received (Express: `express.raw()`, not a \
             parsed object) and the subscription's secret",
        ));
    }
    Ok(VerifiedWebhook {
        event: request.event.clone(),
        delivery_id: request.delivery.clone(),
    })
}
