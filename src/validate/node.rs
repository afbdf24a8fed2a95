//! The read-only JSON tree the rules look at: strings and keys borrowed from the input where
//! possible, objects as sorted vectors. Parsing JSON text into it is about twice as fast as
//! building a `serde_json::Value` (no `String` per key and per string, no B-tree nodes, no key
//! sorting), and the rules see exactly what they would see in a `serde_json::Value`: through
//! [`Object::get`] and [`Object::sorted`], keys are unique (the last of duplicates wins) and
//! sorted; numbers are known only by their type.

use super::describe::json_type_name;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// How deep [`Node::from_value`] copies a `serde_json::Value`; deeper values keep only their
/// type. The rules never look deeper than the known schema (five levels), so this bounds the
/// recursion without changing any result.
const COPY_DEPTH: usize = 16;

/// One JSON value.
#[derive(Debug)]
pub(super) enum Node<'a> {
    /// `null`.
    Null,
    /// `true` or `false` (the rules only need the type).
    Bool,
    /// A number (the rules only need the type).
    Number,
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Node<'a>>),
    /// An object.
    Object(Object<'a>),
    /// A value below [`COPY_DEPTH`], known by its JSON type name only.
    Deep(&'static str),
}

/// A JSON object: its entries in the order of the text (or of the `serde_json::Map`), duplicate
/// keys kept; [`Object::get`] and [`Object::sorted`] give them the meaning of a `serde_json::Map`.
#[derive(Debug, Default)]
pub(super) struct Object<'a> {
    entries: Vec<(Cow<'a, str>, Node<'a>)>,
}

impl<'a> Node<'a> {
    /// The tree of JSON `text`, or `None` if serde_json rejects it (exactly when
    /// `serde_json::from_str::<Value>` does).
    pub fn parse(text: &'a str) -> Option<Self> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let node = NodeSeed(&mut Scratch::default())
            .deserialize(&mut deserializer)
            .ok()?;
        // Like `serde_json::from_str`: only whitespace may follow the value.
        deserializer.end().ok()?;
        Some(node)
    }

    /// A view of `value` borrowing its strings.
    pub fn from_value(value: &'a Value) -> Self {
        Self::copy(value, COPY_DEPTH)
    }

    fn copy(value: &'a Value, depth: usize) -> Self {
        if depth == 0 {
            return Node::Deep(json_type_name(value));
        }
        match value {
            Value::Null => Node::Null,
            Value::Bool(_) => Node::Bool,
            Value::Number(_) => Node::Number,
            Value::String(text) => Node::String(Cow::Borrowed(text)),
            Value::Array(items) => Node::Array(
                items
                    .iter()
                    .map(|item| Self::copy(item, depth - 1))
                    .collect(),
            ),
            // A `serde_json::Map` iterates in key order, keys unique: already an `Object`.
            Value::Object(map) => Node::Object(Object {
                entries: map
                    .iter()
                    .map(|(key, item)| (Cow::Borrowed(key.as_str()), Self::copy(item, depth - 1)))
                    .collect(),
            }),
        }
    }

    /// The JSON type of this value as users know it (`string`, `number`, `object`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            Node::Null => "null",
            Node::Bool => "boolean",
            Node::Number => "number",
            Node::String(_) => "string",
            Node::Array(_) => "array",
            Node::Object(_) => "object",
            Node::Deep(name) => name,
        }
    }

    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Node::Object(object) => Some(object),
            _ => None,
        }
    }

    /// Whether this is a number (also below the copy depth).
    pub fn is_number(&self) -> bool {
        matches!(self, Node::Number | Node::Deep("number"))
    }

    /// Whether this is `true` or `false` (also below the copy depth).
    pub fn is_bool(&self) -> bool {
        matches!(self, Node::Bool | Node::Deep("boolean"))
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::String(text) => Some(text),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Node<'a>]> {
        match self {
            Node::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The value at `key` if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.as_object().and_then(|object| object.get(key))
    }
}

impl<'a> Object<'a> {
    /// The value at `key` (of duplicate keys, the last one, as in `serde_json::Map`).
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k.len() == key.len() && k.as_bytes() == key.as_bytes())
            .map(|(_, value)| value)
    }

    /// How many entries the text had, duplicate keys included: at least the number of keys.
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// The entries sorted by key, each key once with its last value: the order and content of
    /// the same object in a `serde_json::Map`.
    pub fn sorted(&self) -> Vec<(&str, &Node<'a>)> {
        let mut sorted: Vec<(&str, &Node<'a>)> = self
            .entries
            .iter()
            .map(|(key, value)| (key.as_ref(), value))
            .collect();
        // Stable: equal keys stay in input order, so the last one is the one kept below.
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        sorted.dedup_by(|later, earlier| {
            if later.0 == earlier.0 {
                *earlier = *later;
                true
            } else {
                false
            }
        });
        sorted
    }
}

/// The values of unfinished arrays and objects while [`Node::parse`] reads, one region per
/// nesting level: each container is then allocated once at its final size instead of growing.
#[derive(Default)]
struct Scratch<'de> {
    items: Vec<Node<'de>>,
    entries: Vec<(Cow<'de, str>, Node<'de>)>,
}

/// Reads one value, using the shared [`Scratch`].
struct NodeSeed<'s, 'de>(&'s mut Scratch<'de>);

impl<'de> DeserializeSeed<'de> for NodeSeed<'_, 'de> {
    type Value = Node<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_, 'de> {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Node::Bool)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Node::Number)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Node::Number)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Node::Number)
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Node::String(Cow::Borrowed(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Node::String(Cow::Owned(text.to_owned())))
    }

    fn visit_string<E>(self, text: String) -> Result<Self::Value, E> {
        Ok(Node::String(Cow::Owned(text)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let scratch = self.0;
        let start = scratch.items.len();
        while let Some(item) = seq.next_element_seed(NodeSeed(&mut *scratch))? {
            scratch.items.push(item);
        }
        Ok(Node::Array(scratch.items.drain(start..).collect()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let scratch = self.0;
        let start = scratch.entries.len();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let value = map.next_value_seed(NodeSeed(&mut *scratch))?;
            scratch.entries.push((key, value));
        }
        let entries = scratch.entries.drain(start..).collect();
        Ok(Node::Object(Object { entries }))
    }
}

/// Reads an object key, borrowing it from the text when it has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(text))
    }

    fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(text.to_owned()))
    }

    fn visit_string<E>(self, text: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys<'n>(node: &'n Node<'_>) -> Vec<&'n str> {
        node.as_object()
            .map(|o| o.sorted().into_iter().map(|(key, _)| key).collect())
            .unwrap_or_default()
    }

    #[test]
    fn parsed_objects_are_sorted_and_the_last_duplicate_wins() {
        let text = r#"{"b": 1, "a": "first", "c": null, "a": "last"}"#;
        let node = Node::parse(text).unwrap();
        assert_eq!(keys(&node), ["a", "b", "c"]);
        let sorted = node.as_object().unwrap().sorted();
        assert_eq!(sorted.first().and_then(|(_, v)| v.as_str()), Some("last"));
        assert_eq!(node.get("a").and_then(Node::as_str), Some("last"));
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(value["a"], "last", "the same rule as serde_json");
        assert_eq!(node.get("b").map(Node::type_name), Some("number"));
        assert_eq!(node.get("c").map(Node::type_name), Some("null"));
        assert!(node.get("d").is_none());
    }

    #[test]
    fn strings_are_borrowed_unless_escaped() {
        let node = Node::parse(r#"{"k\u0041": "x\ny", "plain": "z"}"#).unwrap();
        assert!(matches!(node.get("kA"), Some(Node::String(Cow::Owned(s))) if s == "x\ny"));
        assert!(matches!(
            node.get("plain"),
            Some(Node::String(Cow::Borrowed("z")))
        ));
    }

    #[test]
    fn rejects_what_serde_json_rejects() {
        for text in ["", "{", r#"{"a": 1} x"#, r#""\ud800""#, "1e400", "[1,]"] {
            assert!(Node::parse(text).is_none(), "{text}");
            assert!(serde_json::from_str::<Value>(text).is_err(), "{text}");
        }
        assert_eq!(
            Node::parse("[true, -0, 1.5e3]").map(|n| n.type_name()),
            Some("array")
        );
    }

    #[test]
    fn values_below_the_copy_depth_keep_their_type() {
        let mut value = serde_json::json!("leaf");
        for _ in 0..1_000 {
            value = Value::Array(vec![value]);
        }
        let mut node = &Node::from_value(&value);
        let mut depth = 0;
        while let Some([item]) = node.as_array() {
            node = item;
            depth += 1;
        }
        assert_eq!((depth, node.type_name()), (COPY_DEPTH, "array"));
    }
}
