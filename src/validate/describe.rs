//! Short descriptions of input values for messages: JSON type names and bounded quotes.

use serde_json::Value;

/// How many characters of an input text a message quotes at most.
const QUOTE_LIMIT: usize = 40;

/// The JSON type of `value` as users know it (`string`, `number`, `object`, ...).
pub(super) fn json_type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// `text` in backquotes, cut after a few dozen characters so that a huge input never makes a
/// huge message. Control characters are shown escaped.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(QUOTE_LIMIT + 8);
    out.push('`');
    for (count, c) in text.chars().enumerate() {
        if count == QUOTE_LIMIT {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.push('`');
    out
}

/// `", did you mean `x`?"` when there is a suggestion, else nothing.
pub(super) fn did_you_mean(suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("; did you mean `{s}`?"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_every_json_type() {
        let names: Vec<&str> = [
            json!(null),
            json!(true),
            json!(1.5),
            json!("s"),
            json!([]),
            json!({}),
        ]
        .iter()
        .map(json_type_name)
        .collect();
        assert_eq!(
            names,
            ["null", "boolean", "number", "string", "array", "object"]
        );
    }

    #[test]
    fn quotes_are_bounded_and_escape_controls() {
        assert_eq!(quoted("a\r\nb"), "`a\\r\\nb`");
        let long = "ø".repeat(1000);
        let q = quoted(&long);
        assert_eq!(q.chars().count(), QUOTE_LIMIT + 3);
        assert!(q.ends_with("…`"));
    }
}
