//! `POST /v1/sessions/payment-token`: the path and the 200 response.

use serde_json::Value;

/// The path (and query) of the session endpoint.
pub fn session_path(include_session: bool) -> &'static str {
    if include_session {
        "/v1/sessions/payment-token?include_session=true"
    } else {
        "/v1/sessions/payment-token"
    }
}

/// Checks a 2xx body: a JSON object with string `id` and `url` (`publish` and `session` are
/// optional). The whole object is returned as sent, unknown fields included.
pub fn parse_session_created(body: &str) -> Result<Value, &'static str> {
    let value: Value = serde_json::from_str(body).map_err(|_| "the body is not JSON")?;
    let Some(object) = value.as_object() else {
        return Err("expected a JSON object");
    };
    match (object.get("id"), object.get("url")) {
        (Some(Value::String(id)), Some(Value::String(url)))
            if !id.is_empty() && !url.is_empty() =>
        {
            Ok(value)
        }
        _ => Err("expected string `id` and `url`"),
    }
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
        let value = parse_session_created(body).unwrap();
        assert_eq!(value["new"], 1);
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
            assert!(parse_session_created(body).is_err(), "{body}");
        }
    }
}
