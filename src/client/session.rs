//! `POST /v1/sessions/payment-token`: the query of the call ([`super::endpoint::CREATE_SESSION`]
//! declares the rest).

/// The query of the session call: `?include_session=true` when asked.
pub fn session_query(include_session: bool) -> &'static str {
    if include_session {
        "?include_session=true"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::super::endpoint::CREATE_SESSION;
    use super::*;

    #[test]
    fn paths() {
        let path = |include| {
            CREATE_SESSION
                .path_for(None, session_query(include))
                .unwrap()
        };
        assert_eq!(path(false), "/v1/sessions/payment-token");
        assert_eq!(
            path(true),
            "/v1/sessions/payment-token?include_session=true"
        );
    }

    #[test]
    fn accepts_the_documented_response_and_keeps_unknown_fields() {
        let body = r#"{"id":"T11223445.5cyWnV68vzJ1kYjZPrKWWm","url":"https://checkout.test.dintero.com/v1/view/T11223445.5cyWnV68vzJ1kYjZPrKWWm","new":1}"#;
        let created = CREATE_SESSION.check_answer(body.to_owned()).unwrap();
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
            assert!(
                CREATE_SESSION.check_answer(body.to_owned()).is_err(),
                "{body}"
            );
        }
        assert_eq!(
            CREATE_SESSION.check_answer("[]".into()),
            Err("expected a JSON object")
        );
        assert_eq!(
            CREATE_SESSION.check_answer("{}".into()),
            Err("expected string `id` and `url`")
        );
    }
}
