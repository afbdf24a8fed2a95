//! `POST /v1/sessions/pay`: charging a stored card token so that no fault sequence charges
//! twice or tries a card twice.
//!
//! - By default the charge carries `Dintero-Feature-Toggles: strict-merchant-reference`, so
//!   Dintero refuses a second session with the same `merchant_reference`: repeating a request
//!   that may already have reached Dintero is harmless, and the attempt loop may retry it. With
//!   another toggle (or none) the request is never repeated once it may have reached Dintero.
//! - A 401 (new token, once) and a 429 are retried as for every call: nothing was charged.
//! - After a failure that may have followed the charge (timeout, reset, 408/5xx, a 2xx whose
//!   body cannot be read, a refusal after an earlier attempt of the same call), the reference is
//!   looked up (`GET /v1/transactions?merchant_reference=…`): a charge that went through is read
//!   whole (`GET /v1/transactions/{id}`) and returned, a declined one rejects as declined, and
//!   otherwise the call rejects with `payment_outcome_unknown`. Only a transaction created since
//!   the call started (less [`CLOCK_SKEW_MS`]) is this call's charge: a reference reused from an
//!   older charge never makes that charge look like this call's.
//! - An answer (direct or looked up) whose status is `FAILED`, `DECLINED` or
//!   `AUTHORIZATION_VOIDED` rejects with `payment_declined`; any other status resolves with the
//!   transaction as sent.

use super::answer::Answer;
use super::client_core::{Call, Client};
use super::decline::{decline_details, decline_message, is_declined, status_of};
use super::endpoint::{FIND_TRANSACTIONS, GET_TRANSACTION, PAY_WITH_TOKEN};
use super::response_json::ResponseJson;
use super::secret::redact;
use super::transport::{Cancellation, Transport};
use crate::builder::build;
use crate::error::{Error, ErrorCode, ErrorKind, PaymentDetails};
use crate::validate::{parse_rfc3339_unix_ms, RequestKind};
use serde_json::Value;

/// How far Dintero's clock (a transaction's `created_at`) may lag behind this machine's when a
/// lookup decides whether a transaction of the reference was created by this call.
pub const CLOCK_SKEW_MS: f64 = 5.0 * 60.0 * 1000.0;

/// The `Dintero-Feature-Toggles` value a charge is sent with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FeatureToggle {
    /// `strict-merchant-reference` (the default): any second session with the same
    /// `merchant_reference` is refused, so a repeat is harmless.
    #[default]
    StrictMerchantReference,
    /// `strict-success-merchant-reference`: only a reference that was authorized before is
    /// refused; the request is never repeated once it may have reached Dintero.
    StrictSuccessMerchantReference,
    /// No toggle; the request is never repeated once it may have reached Dintero.
    None,
}

impl FeatureToggle {
    /// Every accepted option value, in order (`featureToggle`).
    pub const VALUES: [&'static str; 3] = [
        "strict-merchant-reference",
        "strict-success-merchant-reference",
        "none",
    ];

    /// The toggle named by an option value.
    pub fn from_option(value: &str) -> Option<Self> {
        match value {
            "strict-merchant-reference" => Some(Self::StrictMerchantReference),
            "strict-success-merchant-reference" => Some(Self::StrictSuccessMerchantReference),
            "none" => Some(Self::None),
            _ => None,
        }
    }

    /// The header value sent, if any.
    fn header(self) -> Option<&'static str> {
        match self {
            Self::StrictMerchantReference => Some("strict-merchant-reference"),
            Self::StrictSuccessMerchantReference => Some("strict-success-merchant-reference"),
            Self::None => None,
        }
    }
}

/// The label of the charge in messages.
const LABEL: &str = "POST /v1/sessions/pay";

/// The card tokens of a charge request (to keep out of messages, hooks and logs).
fn card_tokens(request: &Value) -> Vec<String> {
    let Some(tokens) = request
        .pointer("/session/customer/tokens")
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    tokens
        .values()
        .filter_map(Value::as_object)
        .flat_map(|entry| {
            ["payment_token", "recurrence_token"]
                .into_iter()
                .filter_map(|kind| entry.get(kind).and_then(Value::as_str))
        })
        .map(str::to_owned)
        .collect()
}

/// `text` made safe for a URL query value (RFC 3986 unreserved characters kept).
fn query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

impl<T: Transport + 'static> Client<T> {
    /// Validates `request` (nothing is sent if it is invalid) and charges the card token in it:
    /// `POST /v1/sessions/pay` with `toggle`. Resolves with the transaction exactly as Dintero
    /// sent it; rejects with `payment_declined` for a declined charge and with
    /// `payment_outcome_unknown` when the charge may or may not have happened.
    pub async fn pay_with_token<C: Cancellation>(
        &self,
        request: &Value,
        toggle: FeatureToggle,
        options: &super::CallOptions,
        cancel: &C,
    ) -> Result<Answer<ResponseJson>, Error> {
        let mut call = self.call(options, cancel);
        call.repeat_charge = toggle == FeatureToggle::StrictMerchantReference;
        call.secrets = card_tokens(request);
        let method = PAY_WITH_TOKEN.method;
        let built = build(
            RequestKind::PayWithToken,
            request,
            call.started_ms as i64,
            self.config().strict,
        );
        let body = match built {
            Ok(body) => body.to_string(),
            Err(error) => return self.reported(method, PAY_WITH_TOKEN.path, &call, Err(error)),
        };
        let reference = request
            .pointer("/session/order/merchant_reference")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let headers: Vec<(&'static str, String)> = toggle
            .header()
            .map(|value| ("Dintero-Feature-Toggles", value.to_owned()))
            .into_iter()
            .collect();
        let (result, may_have_reached) = self
            .send(
                &PAY_WITH_TOKEN,
                PAY_WITH_TOKEN.path,
                Some(body),
                &headers,
                &call,
            )
            .await;
        let result = match result {
            Ok(answer) => self.settle(answer, &reference, &call),
            // Nothing was sent, or the caller stopped: said as is.
            Err(error) if matches!(error.kind, ErrorKind::Validation | ErrorKind::Abort) => {
                Err(error)
            }
            // The charge may have happened: only the lookup can tell.
            Err(error) if may_have_reached || error.kind == ErrorKind::InvalidResponse => {
                match self.look_up(&reference, &call).await {
                    Lookup::Settled(result) => result,
                    Lookup::Unknown(why) => Err(outcome_unknown(&reference, &error, &why)),
                }
            }
            // A 400 (a duplicate refused, or a request Dintero refuses): the reference is
            // looked up all the same, because a runtime may re-send a request on its own (Deno
            // does, on a reused connection that closed after the charge). A transaction of the
            // reference created since the call started is its one charge; otherwise the 400 as
            // sent (a reference reused from an older charge: a reference names one charge).
            Err(error) if error.status == Some(400) => {
                match self.look_up(&reference, &call).await {
                    Lookup::Settled(result) => result,
                    Lookup::Unknown(_) => Err(error),
                }
            }
            // An answer that says nothing was charged (a refused token, a 429 after the
            // retries).
            Err(error) => Err(error),
        };
        self.reported(method, PAY_WITH_TOKEN.path, &call, result)
    }

    /// The charge's transaction, or the decline error when its status says it was refused.
    fn settle<C: Cancellation>(
        &self,
        answer: Answer<ResponseJson>,
        reference: &str,
        call: &Call<'_, C>,
    ) -> Result<Answer<ResponseJson>, Error> {
        let transaction = answer.body.to_value();
        if !is_declined(&transaction) {
            return Ok(answer);
        }
        let secrets: Vec<&str> = call.secrets.iter().map(String::as_str).collect();
        let details = PaymentDetails {
            merchant_reference: Some(reference.to_owned()),
            transaction_json: Some(redact(answer.body.text(), &secrets)),
            ..decline_details(&transaction)
        };
        let status = status_of(&transaction).unwrap_or_default();
        let reason = decline_message(&transaction)
            .map(|text| {
                format!(
                    ": {}",
                    super::response_text::clean_text(text, &call.secrets)
                )
            })
            .unwrap_or_default();
        let advice = if details.retryable == Some(true) {
            "Dintero says a later charge may succeed: charge again later with a new merchant_reference"
        } else {
            "do not charge this card again without the shopper (DO_NOT_RETRY or no retry allowed)"
        };
        let mut error = Error::new(
            ErrorKind::PaymentDeclined,
            ErrorCode::PaymentDeclined,
            format!(
                "{LABEL}: the charge for merchant reference `{reference}` was declined (transaction status {status}){reason}; {advice}"
            ),
        )
        .with_attempts(answer.meta.attempts);
        error.status = Some(answer.meta.status);
        error.payment = Some(Box::new(details));
        if let Some(id) = answer.meta.request_id {
            error.response = Some(Box::new(crate::error::ResponseDetails {
                request_id: Some(id),
                ..Default::default()
            }));
        }
        Err(error)
    }

    /// The transaction of `reference` created since the call started (less [`CLOCK_SKEW_MS`]),
    /// read whole and settled like a direct answer; why not, when the lookup fails or finds
    /// nothing.
    async fn look_up<C: Cancellation>(&self, reference: &str, call: &Call<'_, C>) -> Lookup {
        let unknown = |why: String| Lookup::Unknown(why);
        let query = format!("?merchant_reference={}", query_value(reference));
        let Ok(path) = FIND_TRANSACTIONS.path_for(None, &query) else {
            return unknown("the lookup could not be built".into());
        };
        let found = match self
            .send(&FIND_TRANSACTIONS, &path, None, &[], call)
            .await
            .0
        {
            Ok(found) => found.body.to_value(),
            Err(error) if error.kind == ErrorKind::Abort => return Lookup::Settled(Err(error)),
            Err(error) => return unknown(format!("the lookup failed: {}", error.message)),
        };
        let since_ms = call.started_ms - CLOCK_SKEW_MS;
        let candidates: Vec<&Value> = found
            .as_array()
            .map(|all| {
                all.iter()
                    .filter(|tx| {
                        tx.get("merchant_reference").and_then(Value::as_str) == Some(reference)
                            && created_since(tx, since_ms)
                    })
                    .collect()
            })
            .unwrap_or_default();
        // A charge that went through wins over a decline of the same reference.
        let chosen = candidates
            .iter()
            .find(|tx| !is_declined(tx))
            .or_else(|| candidates.last());
        let Some(id) = chosen.and_then(|tx| tx.get("id")).and_then(Value::as_str) else {
            return unknown("Dintero has no transaction for it yet".into());
        };
        let Ok(path) = GET_TRANSACTION.path_for(Some(id), "") else {
            return unknown("the transaction id Dintero listed is not a valid id".into());
        };
        match self.send(&GET_TRANSACTION, &path, None, &[], call).await.0 {
            Ok(answer) => Lookup::Settled(self.settle(answer, reference, call)),
            Err(error) if error.kind == ErrorKind::Abort => Lookup::Settled(Err(error)),
            Err(error) => unknown(format!(
                "reading transaction {id} failed: {}",
                error.message
            )),
        }
    }
}

/// Whether `transaction` was created at or after `since_ms` (a missing or unreadable
/// `created_at` is not: it cannot be told to be this call's).
fn created_since(transaction: &Value, since_ms: f64) -> bool {
    transaction
        .get("created_at")
        .and_then(Value::as_str)
        .and_then(|text| parse_rfc3339_unix_ms(text).ok())
        .is_some_and(|created_ms| created_ms as f64 >= since_ms)
}

/// What looking a reference up found.
enum Lookup {
    /// Its transaction (settled: returned, or the decline error), or the caller's abort.
    Settled(Result<Answer<ResponseJson>, Error>),
    /// Nothing could be told, and why.
    Unknown(String),
}

/// The `payment_outcome_unknown` error for `reference` after `cause`.
fn outcome_unknown(reference: &str, cause: &Error, why: &str) -> Error {
    let mut error = Error::new(
        ErrorKind::PaymentOutcomeUnknown,
        ErrorCode::PaymentOutcomeUnknown,
        format!(
            "{LABEL}: whether the charge for merchant reference `{reference}` happened is unknown \
             ({}; {why}). Do not charge again with a new reference: look `{reference}` up later \
             (GET /v1/transactions?merchant_reference=…) and charge again only if it has no transaction",
            cause.message
        ),
    );
    error.attempts = cause.attempts;
    error.status = cause.status;
    error.payment = Some(Box::new(PaymentDetails {
        merchant_reference: Some(reference.to_owned()),
        ..PaymentDetails::default()
    }));
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(query_value("order-1_a.b~"), "order-1_a.b~");
        assert_eq!(query_value("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
    }

    #[test]
    fn toggles() {
        for value in FeatureToggle::VALUES {
            assert!(FeatureToggle::from_option(value).is_some());
        }
        assert_eq!(
            FeatureToggle::default().header(),
            Some("strict-merchant-reference")
        );
        assert_eq!(FeatureToggle::None.header(), None);
        assert_eq!(FeatureToggle::from_option("strict"), None);
    }

    #[test]
    fn finds_the_card_tokens() {
        let request = serde_json::json!({"session": {"customer": {"tokens": {
            "payex.creditcard": {"recurrence_token": "rt-secret", "payment_token": "pt-secret"},
            "other": 1
        }}}});
        let mut tokens = card_tokens(&request);
        tokens.sort();
        assert_eq!(tokens, ["pt-secret", "rt-secret"]);
    }
}
