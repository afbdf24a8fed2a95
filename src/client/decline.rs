//! Reading a charge's transaction: whether it was declined, and what Dintero said about trying
//! again. Pure functions over the transaction as serde_json reads it (the caller keeps the text).
//!
//! Dintero answers a declined charge with HTTP 200 and a transaction whose `status` is `FAILED`
//! (Y24 l.1787-1816; the Woo plugin also treats `DECLINED` and `AUTHORIZATION_VOIDED` as
//! rejected). The reason is in `events[].error`, in one of two shapes:
//! - 2024 (Y24 l.7228-7260): `type` is one string, e.g. `DO_NOT_RETRY`, `DAILY_LIMIT_EXCEEDED`;
//! - 2026 (D26 l.5367-5382): `type` is an array (`ERROR`, `DECLINED`, `ISSUER_ERROR`, ...) and
//!   `retry_policy` is `{ retry_codes: (DO_NOT_RETRY | RETRY_IMMEDIATELY | RETRY_AFTER_DELAY)[],
//!   retry_after?: ISO 8601 duration }`.

use crate::error::PaymentDetails;
use serde_json::Value;

/// Transaction statuses that mean the charge was refused.
pub const DECLINED_STATUSES: [&str; 3] = ["FAILED", "DECLINED", "AUTHORIZATION_VOIDED"];

/// 2024 error types after which a later charge (with a new merchant reference) may succeed:
/// limits that reset and an acquirer that was offline.
const RETRYABLE_TYPES_2024: [&str; 4] = [
    "DAILY_LIMIT_EXCEEDED",
    "MONTHLY_LIMIT_EXCEEDED",
    "ACQUIRER_HOST_OFFLINE",
    "REJECTED_BY_ACQUIRER_INSUFFICIENT_FUNDS",
];

/// The retry code that forbids any new attempt with the card.
pub const DO_NOT_RETRY: &str = "DO_NOT_RETRY";

/// The `status` of a transaction, when it is a string.
pub fn status_of(transaction: &Value) -> Option<&str> {
    transaction.get("status").and_then(Value::as_str)
}

/// Whether `transaction` is a declined charge.
pub fn is_declined(transaction: &Value) -> bool {
    status_of(transaction).is_some_and(|status| DECLINED_STATUSES.contains(&status))
}

/// The decline reason of `transaction`: the `error` of its last event that has one.
fn event_error(transaction: &Value) -> Option<&Value> {
    transaction
        .get("events")
        .and_then(Value::as_array)?
        .iter()
        .rev()
        .find_map(|event| event.get("error").filter(|error| error.is_object()))
}

/// What a declined `transaction` says about trying again, for [`PaymentDetails`]
/// (`merchant_reference` and `transaction_json` are the caller's to fill).
pub fn decline_details(transaction: &Value) -> PaymentDetails {
    let error = event_error(transaction);
    let error_type = error.and_then(|error| error.get("type"));
    let types: Vec<&str> = match error_type {
        Some(Value::String(one)) => vec![one.as_str()],
        Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let policy = error.and_then(|error| error.get("retry_policy"));
    let sent_codes: Option<Vec<String>> = policy
        .and_then(|policy| policy.get("retry_codes"))
        .and_then(Value::as_array)
        .map(|codes| {
            codes
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        });
    let retry_codes = sent_codes.unwrap_or_else(|| {
        if types.contains(&DO_NOT_RETRY) {
            vec![DO_NOT_RETRY.to_owned()]
        } else {
            Vec::new()
        }
    });
    let retryable = if retry_codes.iter().any(|code| code == DO_NOT_RETRY) {
        false
    } else if !retry_codes.is_empty() {
        retry_codes
            .iter()
            .any(|code| code == "RETRY_IMMEDIATELY" || code == "RETRY_AFTER_DELAY")
    } else {
        types.iter().any(|kind| RETRYABLE_TYPES_2024.contains(kind))
    };
    PaymentDetails {
        transaction_status: status_of(transaction).map(str::to_owned),
        retry_codes: Some(retry_codes),
        retryable: Some(retryable),
        error_type_json: error_type.map(Value::to_string),
        retry_policy_json: policy.map(Value::to_string),
        ..PaymentDetails::default()
    }
}

/// Dintero's own message for the decline (`events[].error.message`), when it sent one.
pub fn decline_message(transaction: &Value) -> Option<&str> {
    event_error(transaction)?.get("message")?.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn failed(error: Value) -> Value {
        json!({"id": "T1.x", "status": "FAILED", "events": [
            {"event": "INITIATE", "success": true},
            {"event": "AUTHORIZE", "success": false, "error": error}
        ]})
    }

    #[test]
    fn statuses() {
        for status in DECLINED_STATUSES {
            assert!(is_declined(&json!({"id": "x", "status": status})));
        }
        for status in [
            "AUTHORIZED",
            "CAPTURED",
            "ON_HOLD",
            "INITIATED",
            "UNKNOWN",
            "NEW_ONE",
        ] {
            assert!(
                !is_declined(&json!({"id": "x", "status": status})),
                "{status}"
            );
        }
        assert!(!is_declined(&json!({"id": "x"})));
    }

    /// `retryable` for each retry code and each 2024 type.
    #[test]
    fn retryable_follows_the_retry_codes() {
        let cases = [
            (
                json!({"message": "m", "type": ["DECLINED"], "retry_policy": {"retry_codes": ["DO_NOT_RETRY"]}}),
                false,
            ),
            (
                json!({"message": "m", "type": ["ISSUER_ERROR"], "retry_policy": {"retry_codes": ["RETRY_IMMEDIATELY"]}}),
                true,
            ),
            (
                json!({"message": "m", "type": ["ERROR"], "retry_policy": {"retry_codes": ["RETRY_AFTER_DELAY"], "retry_after": "PT24H"}}),
                true,
            ),
            (
                json!({"message": "m", "type": ["ERROR"], "retry_policy": {"retry_codes": ["RETRY_AFTER_DELAY", "DO_NOT_RETRY"]}}),
                false,
            ),
            (
                json!({"message": "m", "type": ["ERROR"], "retry_policy": {"retry_codes": ["SOMETHING_NEW"]}}),
                false,
            ),
            (json!({"message": "m", "type": "DO_NOT_RETRY"}), false),
            (
                json!({"message": "m", "type": "MODIFICATIONS_REQUIRED"}),
                false,
            ),
            (
                json!({"message": "m", "type": "DAILY_LIMIT_EXCEEDED"}),
                true,
            ),
            (
                json!({"message": "m", "type": "MONTHLY_LIMIT_EXCEEDED"}),
                true,
            ),
            (
                json!({"message": "m", "type": "ACQUIRER_HOST_OFFLINE"}),
                true,
            ),
            (
                json!({"message": "m", "type": "REJECTED_BY_ACQUIRER_CARD_STOLEN"}),
                false,
            ),
            (json!({"message": "m", "type": "UNKNOWN"}), false),
            (json!({"message": "m"}), false),
        ];
        for (error, retryable) in cases {
            let details = decline_details(&failed(error.clone()));
            assert_eq!(details.retryable, Some(retryable), "{error}");
            assert_eq!(details.transaction_status.as_deref(), Some("FAILED"));
        }
    }

    #[test]
    fn keeps_both_shapes_as_sent() {
        let details = decline_details(&failed(json!({"message": "no", "type": "DO_NOT_RETRY"})));
        assert_eq!(details.error_type_json.as_deref(), Some("\"DO_NOT_RETRY\""));
        assert_eq!(details.retry_codes, Some(vec!["DO_NOT_RETRY".to_owned()]));
        assert_eq!(details.retry_policy_json, None);
        let policy = json!({"retry_codes": ["RETRY_AFTER_DELAY"], "retry_after": "PT1H30M"});
        let details = decline_details(&failed(
            json!({"message": "later", "type": ["ISSUER_ERROR", "DECLINED"], "retry_policy": policy}),
        ));
        assert_eq!(
            details.error_type_json.as_deref(),
            Some(r#"["ISSUER_ERROR","DECLINED"]"#)
        );
        assert_eq!(
            details.retry_codes,
            Some(vec!["RETRY_AFTER_DELAY".to_owned()])
        );
        assert_eq!(details.retry_policy_json, Some(policy.to_string()));
        assert_eq!(
            decline_message(&failed(json!({"message": "later"}))),
            Some("later")
        );
    }
}
