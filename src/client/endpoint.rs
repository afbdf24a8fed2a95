//! Each Dintero endpoint the client calls, declared once: method, path template with the rule
//! its one path segment follows, how the attempt loop may repeat it, how it authenticates and
//! what a 2xx answer must be. The client's flows read these declarations; adding an endpoint is
//! one more `const` here (plus its model, rule file and JS method).

use super::response_json::{BodyProblem, ResponseJson};
use super::transport::Method;
use crate::error::Error;
use crate::validate::{IssueCode, ValidationIssue};

/// How the attempt loop may repeat a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetryRule {
    /// Repeating it is harmless (reads, deletions, session creation): network failures,
    /// timeouts and the retryable statuses are retried.
    SafeToRepeat,
    /// A charge: repeated only when Dintero refuses duplicates of its `merchant_reference`
    /// (the `strict-merchant-reference` feature toggle); otherwise never repeated once it may
    /// have reached Dintero (only a 429, and a 401 answered with a new token, are retried).
    /// After any failure that may have followed the charge, the outcome is looked up by
    /// reference instead (src/client/charge.rs).
    Charge,
}

/// How a request authenticates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer <access token>` (a 401 fetches a new token once).
    Bearer,
}

/// What a 2xx answer must be (kept as Dintero's exact text once checked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerRule {
    /// A JSON object in which each of `strings` is a string (non-empty when `non_empty`);
    /// `describe` names what was expected, for the `invalid_response` message.
    Object {
        /// Members that must be strings.
        strings: &'static [&'static str],
        /// Whether they must be non-empty.
        non_empty: bool,
        /// What was expected, e.g. "expected string `id` and `url`".
        describe: &'static str,
    },
    /// A JSON array (of transactions).
    Array,
}

/// The rule of the one variable path segment of an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentRule {
    /// The argument's name in error paths, e.g. `transactionId` (`/transactionId`).
    pub argument: &'static str,
    /// The issue code of an id that breaks the rule.
    pub code: IssueCode,
    /// What the id is, for the message, e.g. "a Dintero transaction id".
    pub what: &'static str,
}

/// One endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// The HTTP method.
    pub method: Method,
    /// The path, with `{id}` for the variable segment when there is one.
    pub path: &'static str,
    /// The rule of `{id}`.
    pub segment: Option<SegmentRule>,
    /// How the attempt loop may repeat it.
    pub retry: RetryRule,
    /// How it authenticates.
    pub auth: Auth,
    /// What a 2xx answer must be.
    pub answer: AnswerRule,
}

/// `POST /v1/sessions/payment-token`.
pub const CREATE_SESSION: Endpoint = Endpoint {
    method: Method::Post,
    path: "/v1/sessions/payment-token",
    segment: None,
    retry: RetryRule::SafeToRepeat,
    auth: Auth::Bearer,
    answer: AnswerRule::Object {
        strings: &["id", "url"],
        non_empty: true,
        describe: "expected string `id` and `url`",
    },
};

/// `GET /v1/transactions/{id}`.
pub const GET_TRANSACTION: Endpoint = Endpoint {
    method: Method::Get,
    path: "/v1/transactions/{id}",
    segment: Some(SegmentRule {
        argument: "transactionId",
        code: IssueCode::InvalidTransactionId,
        what: "a Dintero transaction id",
    }),
    retry: RetryRule::SafeToRepeat,
    auth: Auth::Bearer,
    answer: TRANSACTION_ANSWER,
};

/// `POST /v1/sessions/pay`: charges a stored card token.
pub const PAY_WITH_TOKEN: Endpoint = Endpoint {
    method: Method::Post,
    path: "/v1/sessions/pay",
    segment: None,
    retry: RetryRule::Charge,
    auth: Auth::Bearer,
    answer: TRANSACTION_ANSWER,
};

/// `GET /v1/transactions?merchant_reference=…`: the transactions of one reference.
pub const FIND_TRANSACTIONS: Endpoint = Endpoint {
    method: Method::Get,
    path: "/v1/transactions",
    segment: None,
    retry: RetryRule::SafeToRepeat,
    auth: Auth::Bearer,
    answer: AnswerRule::Array,
};

/// `DELETE /v1/card-tokens/{id}`: deletes a stored card token.
pub const DELETE_CARD_TOKEN: Endpoint = Endpoint {
    method: Method::Delete,
    path: "/v1/card-tokens/{id}",
    segment: Some(SegmentRule {
        argument: "tokenId",
        code: IssueCode::InvalidTokenId,
        what: "a card token id (`payment_token_id` or `recurrence_token_id`)",
    }),
    retry: RetryRule::SafeToRepeat,
    auth: Auth::Bearer,
    answer: AnswerRule::Object {
        strings: &[],
        non_empty: false,
        describe: "expected the card token as a JSON object",
    },
};

/// A transaction: a JSON object with a string `id`.
const TRANSACTION_ANSWER: AnswerRule = AnswerRule::Object {
    strings: &["id"],
    non_empty: false,
    describe: "expected a JSON object with a string `id`",
};

/// Longest accepted path segment.
const MAX_SEGMENT_CHARS: usize = 200;

/// Whether `id` can be a Dintero id in one path segment: 1 to 200 of `A-Z a-z 0-9 . _ -`, not
/// `.` or `..` (e.g. `T11223344.4XcQqcDx8XXuxCzN2wA2pz`). Anything else is refused before a
/// request is made, so an id can never change the request path or query.
pub fn is_segment(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_SEGMENT_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        && id != "."
        && id != ".."
}

impl Endpoint {
    /// The path with `segment` in place of `{id}`, followed by `query` (`""` or `?…`); the
    /// `invalid_arguments` error when the segment breaks the endpoint's rule.
    pub fn path_for(&self, segment: Option<&str>, query: &str) -> Result<String, Error> {
        let path = match (self.segment, segment) {
            (Some(_), Some(id)) if is_segment(id) => self.path.replace("{id}", id),
            (Some(rule), _) => {
                return Err(Error::invalid_arguments(vec![ValidationIssue::error(
                    format!("/{}", rule.argument),
                    rule.code,
                    format!(
                        "must be {}: 1 to 200 of A-Z, a-z, 0-9, `.`, `_` and `-`",
                        rule.what
                    ),
                )]))
            }
            (None, _) => self.path.to_owned(),
        };
        Ok(format!("{path}{query}"))
    }

    /// Checks a 2xx body against [`Endpoint::answer`]; the body is kept as Dintero's text.
    pub fn check_answer(&self, body: String) -> Result<ResponseJson, &'static str> {
        match self.answer {
            AnswerRule::Object {
                strings,
                non_empty,
                describe,
            } => ResponseJson::check(body, strings, non_empty).map_err(|problem| match problem {
                BodyProblem::NotAnObject if strings.is_empty() => describe,
                BodyProblem::NotAnObject if non_empty => "expected a JSON object",
                BodyProblem::NotAnObject | BodyProblem::MissingMembers => describe,
            }),
            AnswerRule::Array => {
                ResponseJson::check_array(body).map_err(|_| "expected a JSON array")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dintero_ids_only() {
        assert!(is_segment("T11223344.4XcQqcDx8XXuxCzN2wA2pz"));
        assert!(is_segment("P1-a_b"));
        for bad in [
            "",
            ".",
            "..",
            "a/b",
            "a?b",
            "a#b",
            "a b",
            "a%2F",
            "æ",
            &"x".repeat(201),
        ] {
            assert!(!is_segment(bad), "{bad}");
            let error = DELETE_CARD_TOKEN.path_for(Some(bad), "").unwrap_err();
            assert_eq!(error.issues[0].path, "/tokenId");
            assert_eq!(error.issues[0].code, "invalid_token_id");
        }
    }

    #[test]
    fn builds_paths_from_the_templates() {
        assert_eq!(
            GET_TRANSACTION.path_for(Some("T1.x"), "?a=b").unwrap(),
            "/v1/transactions/T1.x?a=b"
        );
        assert_eq!(
            DELETE_CARD_TOKEN.path_for(Some("abc"), "").unwrap(),
            "/v1/card-tokens/abc"
        );
        assert_eq!(
            PAY_WITH_TOKEN.path_for(None, "").unwrap(),
            "/v1/sessions/pay"
        );
    }

    #[test]
    fn checks_answers() {
        assert!(FIND_TRANSACTIONS.check_answer("[]".into()).is_ok());
        assert!(FIND_TRANSACTIONS.check_answer("{}".into()).is_err());
        assert!(DELETE_CARD_TOKEN.check_answer("{}".into()).is_ok());
        assert!(DELETE_CARD_TOKEN.check_answer("[]".into()).is_err());
        assert!(PAY_WITH_TOKEN.check_answer(r#"{"id":"x"}"#.into()).is_ok());
        assert!(PAY_WITH_TOKEN.check_answer(r#"{"id":1}"#.into()).is_err());
    }
}
