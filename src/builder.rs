//! The exact payload sent to `POST /v1/sessions/payment-token` (and to every other endpoint
//! with a request body: [`build`] takes the [`RequestKind`]).
//!
//! The builder adds nothing: no default is applied, no value the caller set is changed, and
//! unknown fields pass through untouched. What you validate is byte-for-byte what is sent.

use crate::error::Error;
use crate::validate::{apply_strict, has_errors, RequestKind, ValidationIssue};
use serde_json::Value;

/// `issues` with `strict` applied, or the `validation_failed` error naming `kind`'s request
/// when any is an error: the one "validate, apply strict, refuse on errors" step of every entry
/// point (builder, client, wasm).
pub fn refuse_on_errors(
    kind: RequestKind,
    issues: Vec<ValidationIssue>,
    strict: bool,
) -> Result<Vec<ValidationIssue>, Error> {
    let issues = apply_strict(issues, strict);
    if has_errors(&issues) {
        Err(Error::validation_of(kind.subject(), issues))
    } else {
        Ok(issues)
    }
}

/// The request body that will be sent for `input`, a request of `kind`: a copy of `input`,
/// unchanged, when it has no error-severity issue (with `strict`, no issue at all); otherwise
/// `Err(Error::validation_of(..))` carrying every issue, warnings included.
pub fn build(
    kind: RequestKind,
    input: &Value,
    now_unix_ms: i64,
    strict: bool,
) -> Result<Value, Error> {
    refuse_on_errors(kind, kind.validate(input, now_unix_ms), strict).map(|_| input.clone())
}

/// [`build`] for a request given as JSON text, which is then sent as is: `None` when the text
/// is not JSON serde_json accepts (pass the request as a value instead), else the issues
/// (`strict` applied) or the validation error.
pub fn check_text(
    kind: RequestKind,
    text: &str,
    now_unix_ms: i64,
    strict: bool,
) -> Option<Result<Vec<ValidationIssue>, Error>> {
    kind.validate_json(text, now_unix_ms)
        .map(|issues| refuse_on_errors(kind, issues, strict))
}

/// The request body that will be sent for `input`: a copy of `input`, unchanged, when it has no
/// error-severity issue (warnings do not block); otherwise `Err(Error::validation(issues))`
/// carrying every issue, warnings included. `now_unix_ms` is the current time in milliseconds
/// since the Unix epoch (for `session.expires_at`).
pub fn build_payment_token_session(input: &Value, now_unix_ms: i64) -> Result<Value, Error> {
    build_payment_token_session_with(input, now_unix_ms, false)
}

/// [`build_payment_token_session`] with the `strict` option: when `strict`, warnings block too
/// (every warning is reported as an error, see [`crate::validate::apply_strict`]).
pub fn build_payment_token_session_with(
    input: &Value,
    now_unix_ms: i64,
    strict: bool,
) -> Result<Value, Error> {
    build(RequestKind::PaymentTokenSession, input, now_unix_ms, strict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::validate::{has_errors, validate_payment_token_session};
    use serde_json::json;

    const NOW: i64 = 1_700_000_000_000;

    fn valid_request_with_unknown_fields() -> Value {
        json!({
            "session": {
                "order": {"currency": "NOK", "merchant_reference": "order-1", "amount": 100},
                "url": {"return_url": "https://example.com/accept"},
                "expires_at": "2030-01-01T00:00:00+01:00",
                "metadata": {"ext_a": "x", "ext_n": 1.5},
                "future_field": {"deep": [1, {"x": null}]}
            },
            "token_provider": {"payment_product_type": "payex.creditcard", "token_types": ["recurrence_token"]},
            "x_top": true
        })
    }

    #[test]
    fn returns_the_input_unchanged_when_valid_even_with_unknown_fields() {
        let input = valid_request_with_unknown_fields();
        let issues = validate_payment_token_session(&input, NOW);
        assert!(
            !issues.is_empty() && !has_errors(&issues),
            "only warnings expected: {issues:#?}"
        );
        let built = build_payment_token_session(&input, NOW).unwrap();
        assert_eq!(built, input);
        assert_eq!(
            serde_json::to_string(&built).unwrap(),
            serde_json::to_string(&input).unwrap()
        );
    }

    #[test]
    fn errors_with_the_full_issue_list_otherwise() {
        let mut input = valid_request_with_unknown_fields();
        input["session"]["order"]["currency"] = json!("nok");
        input["token_provider"]["token_types"] = json!([]);
        let expected = validate_payment_token_session(&input, NOW);
        let error = build_payment_token_session(&input, NOW).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Validation);
        assert_eq!(error.code, "validation_failed");
        assert_eq!(error.issues, expected);
        let codes: Vec<&str> = error
            .issues
            .iter()
            .filter(|i| i.is_error())
            .map(|i| i.code.as_str())
            .collect();
        assert_eq!(codes, ["invalid_currency"]);
        assert!(
            error.issues.iter().any(|i| i.code == "unknown_field"),
            "warnings are kept"
        );
    }

    #[test]
    fn strict_turns_warnings_into_errors() {
        let input = valid_request_with_unknown_fields();
        let warnings = validate_payment_token_session(&input, NOW);
        assert!(!warnings.is_empty() && !has_errors(&warnings));
        assert!(build_payment_token_session_with(&input, NOW, false).is_ok());
        let error = build_payment_token_session_with(&input, NOW, true).unwrap_err();
        assert_eq!(error.issues.len(), warnings.len());
        for (strict, warning) in error.issues.iter().zip(&warnings) {
            assert!(strict.is_error(), "{strict:?}");
            assert_eq!((&strict.path, &strict.code), (&warning.path, &warning.code));
            assert!(strict.message.ends_with(crate::validate::STRICT_NOTE));
        }
        let clean = json!({
            "session": {"order": {"currency": "NOK", "merchant_reference": "o"}, "url": {"return_url": "https://a.example/r"}},
            "token_provider": {"payment_product_type": "payex.creditcard", "token_types": ["payment_token"]}
        });
        assert_eq!(
            build_payment_token_session_with(&clean, NOW, true).unwrap(),
            clean
        );
    }
}
