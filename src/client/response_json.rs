//! A 2xx response body handed to the caller exactly as Dintero sent it.
//!
//! The client checks only the members it needs (for example a string `id`) and keeps the body as
//! the text Dintero sent. Whoever shows it to a user parses that text once (the JS wrapper with
//! `JSON.parse`), so every number keeps all its digits, strings are as sent, members stay in
//! their order and unknown members are kept. Nothing is parsed into a `serde_json::Value` and
//! printed again: that would round 17-digit floats and sort the keys.

use serde_json::Value;

/// A JSON object body, checked, kept as Dintero's exact text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseJson {
    text: String,
}

impl ResponseJson {
    /// The body exactly as received.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The body as serde_json reads it, for Rust callers that want a value (numbers as
    /// serde_json parses them; JS callers get `JSON.parse` of [`ResponseJson::text`] instead).
    pub fn to_value(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or(Value::Null)
    }

    /// Checks that `text` is one JSON object in which each member named in `strings` is a
    /// string (non-empty when `non_empty`); like `JSON.parse`, the last of duplicate members
    /// counts. The parsed value is only looked at, then dropped: `text` is what is kept.
    ///
    /// serde_json is stricter than `JSON.parse` in three corners no API answer reaches: a
    /// number beyond the `f64` range (`1e400`), a lone surrogate escape (`"\ud800"`) and
    /// nesting deeper than 128 levels make the body unreadable (`NotAnObject`).
    pub fn check(text: String, strings: &[&str], non_empty: bool) -> Result<Self, BodyProblem> {
        let value: Value = serde_json::from_str(&text).map_err(|_| BodyProblem::NotAnObject)?;
        let object = value.as_object().ok_or(BodyProblem::NotAnObject)?;
        let all_strings = strings.iter().all(|name| match object.get(*name) {
            Some(Value::String(text)) => !(non_empty && text.is_empty()),
            _ => false,
        });
        if all_strings {
            Ok(Self { text })
        } else {
            Err(BodyProblem::MissingMembers)
        }
    }
}

impl ResponseJson {
    /// Checks that `text` is one JSON array (a list answer); kept as Dintero's exact text.
    pub fn check_array(text: String) -> Result<Self, BodyProblem> {
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Array(_)) => Ok(Self { text }),
            _ => Err(BodyProblem::NotAnObject),
        }
    }
}

/// Why a body failed [`ResponseJson::check`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyProblem {
    /// Not JSON serde_json reads, or JSON that is not an object.
    NotAnObject,
    /// A checked member is missing, not a string, or empty.
    MissingMembers,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_exact_text() {
        let body = "{\"url\":\"u\", \"z\":93424038.51871291,\"a\":-0,\"big\":123456789012345678901234567890,\"id\":\"x\"}";
        let checked = ResponseJson::check(body.to_owned(), &["id", "url"], true).unwrap();
        assert_eq!(checked.text(), body);
    }

    #[test]
    fn the_last_duplicate_counts_like_json_parse() {
        let body = r#"{"id": 1, "id": "x"}"#;
        assert!(ResponseJson::check(body.to_owned(), &["id"], false).is_ok());
        let body = r#"{"id": "x", "id": null}"#;
        assert!(ResponseJson::check(body.to_owned(), &["id"], false).is_err());
    }

    #[test]
    fn refuses_what_is_not_an_object_with_the_members() {
        for body in [
            "",
            "{",
            "[]",
            "null",
            "\"id\"",
            r#"{"id":"x"} {}"#,
            r#"{"id":"x"}"#,
            r#"{"id":1,"url":"u"}"#,
            r#"{"id":"","url":"u"}"#,
            r#"{"id":"x","url":{"a":1}}"#,
        ] {
            assert!(
                ResponseJson::check(body.to_owned(), &["id", "url"], true).is_err(),
                "{body}"
            );
        }
        assert!(ResponseJson::check(r#"{"id":""}"#.to_owned(), &["id"], false).is_ok());
    }
}
