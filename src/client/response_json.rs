//! A 2xx response body handed to the caller exactly as Dintero sent it.
//!
//! The client checks only the members it needs (for example a string `id`) and keeps the body as
//! the text Dintero sent. Whoever shows it to a user parses that text once (the JS wrapper with
//! `JSON.parse`), so every number keeps all its digits, strings are as sent, members stay in
//! their order and unknown members are kept. Nothing is parsed into a `serde_json::Value` and
//! printed again: that would round 17-digit floats and sort the keys.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::fmt;

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
    /// `Value::Null` for a body serde_json cannot hold in a `Value` (a number beyond `f64`).
    pub fn to_value(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or(Value::Null)
    }

    /// Checks that `text` is one JSON object in which each member named in `strings` is a
    /// string (non-empty when `non_empty`); everything else is only checked to be JSON. Like
    /// `JSON.parse`, the last of duplicate members counts. Values are never converted, so
    /// numbers of any size or precision pass (`1e400` too, which `JSON.parse` reads as
    /// `Infinity`), and so do lone surrogate escapes outside the checked members.
    pub fn check(text: String, strings: &[&str], non_empty: bool) -> Result<Self, BodyProblem> {
        let mut deserializer = serde_json::Deserializer::from_str(&text);
        let found = deserializer
            .deserialize_any(ObjectCheck { names: strings })
            .map_err(|_| BodyProblem::NotAnObject)?;
        deserializer.end().map_err(|_| BodyProblem::NotAnObject)?;
        let all_strings = found.iter().all(|member| match member {
            Member::String(empty) => !(non_empty && *empty),
            Member::Missing | Member::Other => false,
        });
        if all_strings {
            Ok(Self { text })
        } else {
            Err(BodyProblem::MissingMembers)
        }
    }
}

/// The exact text of member `name` of the JSON object `object_text` (the last one, as in
/// `JSON.parse`), or `None` if `object_text` is not a JSON object or has no such member.
pub fn raw_member<'a>(object_text: &'a str, name: &str) -> Option<&'a RawValue> {
    let mut deserializer = serde_json::Deserializer::from_str(object_text);
    let found = deserializer
        .deserialize_any(MemberFinder { name: [name] })
        .ok()?;
    deserializer.end().ok()?;
    found
}

/// Visits an object, keeping the raw text of the last member called `name`.
struct MemberFinder<'n> {
    name: [&'n str; 1],
}

impl<'de> Visitor<'de> for MemberFinder<'_> {
    type Value = Option<&'de RawValue>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(index) = map.next_key_seed(KeySeed { names: &self.name })? {
            if index.is_some() {
                found = Some(map.next_value::<&'de RawValue>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// Why a body failed [`ResponseJson::check`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyProblem {
    /// Not JSON, or JSON that is not an object.
    NotAnObject,
    /// A checked member is missing, not a string, or empty.
    MissingMembers,
}

/// What one of the checked members held (the last occurrence counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Member {
    /// Not present.
    Missing,
    /// A string; `true` when it is empty.
    String(bool),
    /// Any other JSON value.
    Other,
}

/// Visits the top-level object, reading only the members in `names`.
struct ObjectCheck<'n> {
    names: &'n [&'n str],
}

impl<'de> Visitor<'de> for ObjectCheck<'_> {
    type Value = Vec<Member>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = vec![Member::Missing; self.names.len()];
        while let Some(index) = map.next_key_seed(KeySeed { names: self.names })? {
            match index.and_then(|index| found.get_mut(index)) {
                Some(slot) => *slot = map.next_value_seed(MemberSeed)?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(found)
    }
}

/// Reads a key as bytes (so a lone surrogate escape in some other key is no error, as in
/// `JSON.parse`) and answers which of `names` it is, if any.
struct KeySeed<'n> {
    names: &'n [&'n str],
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_bytes(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        Ok(self.names.iter().position(|name| name.as_bytes() == key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        self.visit_bytes(key.as_bytes())
    }
}

/// Reads one checked member: whether it is a string, and whether that string is empty.
struct MemberSeed;

impl<'de> DeserializeSeed<'de> for MemberSeed {
    type Value = Member;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(MemberVisitor)
    }
}

struct MemberVisitor;

impl<'de> Visitor<'de> for MemberVisitor {
    type Value = Member;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Member::String(text.is_empty()))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Member::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Member::Other)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Member::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Member::Other)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Member::Other)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Member::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Member::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_exact_text() {
        let body = "{\"url\":\"u\", \"z\":93424038.51871291,\"a\":-0,\"big\":123456789012345678901234567890,\"inf\":1e400,\"id\":\"x\"}";
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

    #[test]
    fn finds_the_raw_text_of_the_last_member() {
        let text = r#"{"errors": 1, "x": {"errors": 2}, "errors" : [ 1.50, -0 ] }"#;
        assert_eq!(
            raw_member(text, "errors").map(RawValue::get),
            Some("[ 1.50, -0 ]")
        );
        assert!(raw_member(text, "nope").is_none());
        assert!(raw_member("[1]", "errors").is_none());
        assert!(raw_member("{\"errors\": 1", "errors").is_none());
    }

    #[test]
    fn unknown_members_may_hold_anything_json_parse_reads() {
        let body = r#"{"id":"x","s":"\ud800 lone surrogate","\udc00":[1e400,-1e-400],"o":{"":{}}}"#;
        assert!(ResponseJson::check(body.to_owned(), &["id"], false).is_ok());
    }
}
