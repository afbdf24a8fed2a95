//! `DELETE /v1/card-tokens/{id}`: the optional body `{ reason, requestor }` and its rules
//! (lifecycle.md §5: `reason` at most 128 characters, `requestor` `CARDHOLDER` or `MERCHANT`,
//! Dintero's default `MERCHANT`).

use crate::validate::{IssueCode, ValidationIssue};
use serde_json::{Map, Value};

/// Longest `reason` Dintero accepts.
pub const MAX_REASON_CHARS: usize = 128;

/// Who asks for the deletion.
pub const REQUESTORS: [&str; 2] = ["CARDHOLDER", "MERCHANT"];

/// The JSON body of a deletion (`None` when neither is given: no body is sent), or every
/// problem with the arguments.
pub fn deletion_body(
    reason: Option<&str>,
    requestor: Option<&str>,
) -> Result<Option<String>, Vec<ValidationIssue>> {
    let mut issues = Vec::new();
    if let Some(reason) = reason {
        let chars = reason.chars().count();
        if chars > MAX_REASON_CHARS {
            issues.push(ValidationIssue::error(
                "/reason",
                IssueCode::TooLong,
                format!(
                    "`reason` has {chars} characters; Dintero accepts at most {MAX_REASON_CHARS}"
                ),
            ));
        }
    }
    if let Some(requestor) = requestor.filter(|r| !REQUESTORS.contains(r)) {
        issues.push(ValidationIssue::error(
            "/requestor",
            IssueCode::InvalidEnumValue,
            format!("`{requestor}` is not a requestor; use `CARDHOLDER` or `MERCHANT`"),
        ));
    }
    if !issues.is_empty() {
        return Err(issues);
    }
    let mut body = Map::new();
    if let Some(reason) = reason {
        body.insert("reason".into(), Value::from(reason));
    }
    if let Some(requestor) = requestor {
        body.insert("requestor".into(), Value::from(requestor));
    }
    Ok((!body.is_empty()).then(|| Value::Object(body).to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_body() {
        assert_eq!(deletion_body(None, None), Ok(None));
        assert_eq!(
            deletion_body(Some("shopper removed the card"), Some("CARDHOLDER")).unwrap(),
            Some(r#"{"reason":"shopper removed the card","requestor":"CARDHOLDER"}"#.to_owned())
        );
        assert!(deletion_body(Some(&"é".repeat(128)), None).is_ok());
    }

    #[test]
    fn reports_every_problem() {
        let issues = deletion_body(Some(&"x".repeat(129)), Some("cardholder")).unwrap_err();
        let codes: Vec<(&str, &str)> = issues
            .iter()
            .map(|i| (i.path.as_str(), i.code.as_str()))
            .collect();
        assert_eq!(
            codes,
            [
                ("/reason", "too_long"),
                ("/requestor", "invalid_enum_value")
            ]
        );
    }
}
