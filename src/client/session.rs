//! `POST /v1/sessions/payment-token`: the path and the 200 response.

use super::response_json::{BodyProblem, ResponseJson};

/// The path (and query) of the session endpoint.
pub fn session_path(include_session: bool) -> &'static str {
    if include_session {
        "/v1/sessions/payment-token?include_session=true"
    } else {
        "/v1/sessions/payment-token"
    }
}

/// Checks a 2xx body: a JSON object with non-empty string `id` and `url` (`publish` and
/// `session` are optional). The body is kept as Dintero's exact text, unknown fields included.
pub fn parse_session_created(body: String) -> Result<ResponseJson, &'static str> {
    ResponseJson::check(body, &["id", "url"], true).map_err(|problem| match problem {
        BodyProblem::NotAnObject => "expected a JSON object",
        BodyProblem::MissingMembers => "expected string `id` and `url`",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(session_path(false), "/v1/sessions/payment-token");
        assert_eq!(
            session_path(true),
            "/v1/sessions/payment-token?include_session=true"
        );
    }

    #[test]
    fn accepts_the_documented_response_and_keeps_unknown_fields() {
        let body = r#"{"id":"T11223445.5cyWnV68vzJ1kYjZPrKWWm","url":"https://checkout.test.dintero.com/v1/view/T11223445.5cyWnV68vzJ1kYjZPrKWWm","new":1}"#;
        let created = parse_session_created(body.to_owned()).unwrap();
        assert_eq!(created.text(), body);
        assert_eq!(created.to_value()["new"], 1);
    }

    #[test]
    fn refuses_other_bodies() {
        for body in [
            "",
            "{",
            "[]",
            "null",
            r#"{"id":"x"}"#,
            r#"{"id":1,"url":"u"}"#,
            r#"{"id":"","url":"u"}"#,
        ] {
            assert!(parse_session_created(body.to_owned()).is_err(), "{body}");
        }
    }
}
