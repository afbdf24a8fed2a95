//! Bounded, escaped quotes of input text for messages (a leaf: the URL parser and the validator
//! both quote what they refuse).

/// How many characters of an input text a message quotes at most.
const QUOTE_LIMIT: usize = 40;

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

/// Each of `items` in backquotes, separated by `, ` (`` `a`, `b` ``), without the generic
/// `join` over `String`s.
pub(crate) fn backquoted_list(items: &[&str]) -> String {
    let mut list = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            list.push_str(", ");
        }
        list.push('`');
        list.push_str(item);
        list.push('`');
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_bounded_and_escape_controls() {
        assert_eq!(quoted("a\r\nb"), "`a\\r\\nb`");
        let long = "ø".repeat(1000);
        let q = quoted(&long);
        assert_eq!(q.chars().count(), QUOTE_LIMIT + 3);
        assert!(q.ends_with("…`"));
    }
}
