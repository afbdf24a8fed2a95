//! Shapes of contact details: email addresses and E.164 phone numbers.

use super::describe::quoted;

/// Ok when `text` looks like `local@domain.tld`, otherwise why not. This is a shape check (one
/// `@`, a plausible local part, a dotted domain of valid labels, RFC 5321 lengths), not an
/// RFC 5322 parser: quoted local parts and IP-literal domains are rejected.
pub(super) fn check_email(text: &str) -> Result<(), String> {
    let example = "e.g. `john.doe@example.com`";
    if let Some(c) = text.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "an email address cannot contain {}; {example}",
            quoted(c.encode_utf8(&mut [0; 4]))
        ));
    }
    let Some((local, domain)) = text.split_once('@') else {
        return Err(format!("{} has no `@`; {example}", quoted(text)));
    };
    if domain.contains('@') {
        return Err(format!("{} has more than one `@`; {example}", quoted(text)));
    }
    if text.chars().count() > 254 {
        return Err("an email address has at most 254 characters".into());
    }
    if local.is_empty() || local.chars().count() > 64 {
        return Err(format!(
            "the part before `@` must have 1 to 64 characters; {example}"
        ));
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(format!(
            "the part before `@` cannot start or end with `.` or contain `..`; {example}"
        ));
    }
    if let Some(c) = local.chars().find(|c| {
        matches!(
            c,
            '(' | ')' | ',' | ':' | ';' | '<' | '>' | '[' | ']' | '\\' | '"'
        )
    }) {
        return Err(format!(
            "the part before `@` cannot contain `{c}`; {example}"
        ));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let well_formed = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.chars().count() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    if !well_formed {
        return Err(format!(
            "{} is not a domain name like `example.com`",
            quoted(domain)
        ));
    }
    Ok(())
}

/// Ok for an E.164 number: `+` then 5 to 15 digits, the form the spec describes ("ITU/E.123
/// format with international prefix (+PPNNNNNNNNN...)", example `+4799999999`). The spec sets no
/// pattern on this field, so callers report the result as a warning; the message gives the
/// E.164 form when it can be derived (spaces and punctuation dropped, `00` turned into `+`).
pub(super) fn check_phone_number(text: &str) -> Result<(), String> {
    let example = "e.g. `+4799999999`";
    if is_e164(text) {
        return Ok(());
    }
    if let Some(e164) = e164_form(text) {
        return Err(format!(
            "Dintero asks for the E.164 form (`+`, country code, number; no spaces): `{e164}`"
        ));
    }
    let digits = text.strip_prefix('+').unwrap_or(text);
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    if !text.starts_with('+') && all_digits {
        return Err(format!(
            "Dintero asks for the E.164 form with `+` and the country code in front; {example}"
        ));
    }
    if all_digits {
        return Err(format!(
            "an E.164 number has 5 to 15 digits after `+`; {example}"
        ));
    }
    Err(format!(
        "{} is not a phone number in E.164 form (`+` and 5 to 15 digits); {example}",
        quoted(text)
    ))
}

/// `+` and 5 to 15 ASCII digits.
fn is_e164(text: &str) -> bool {
    text.strip_prefix('+').is_some_and(|digits| {
        (5..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The E.164 form of a number written with spaces or punctuation (`+47 999 99 999`,
/// `+1 (555) 123-4567`) or with the `00` international prefix (`0047 999 99 999`).
fn e164_form(text: &str) -> Option<String> {
    if text.len() > 64 {
        return None;
    }
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '-' | '(' | ')' | '.' | '/'))
        .collect();
    let candidate = match compact.strip_prefix("00") {
        Some(rest) if !compact.starts_with('+') => format!("+{rest}"),
        _ => compact,
    };
    (candidate != text && is_e164(&candidate)).then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_emails() {
        for ok in [
            "john.doe@example.com",
            "a+tag@sub.example.co.uk",
            "ø@bølle.no",
            "x@a-b.io",
            "o'neil@example.com",
        ] {
            assert_eq!(check_email(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn rejects_malformed_emails() {
        for bad in [
            "",
            "john.doe",
            "@example.com",
            "john@",
            "john@example",
            "john@@example.com",
            "john@exa@mple.com",
            "jo hn@example.com",
            "john@example..com",
            "john@-example.com",
            "john@example-.com",
            ".john@example.com",
            "john.@example.com",
            "jo..hn@example.com",
            "jo\"hn@example.com",
            "john@exa_mple.com",
            "john@example.com\n",
        ] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
        assert!(check_email(&format!("{}@example.com", "a".repeat(65))).is_err());
        assert!(check_email(&format!("a@{}.com", "b".repeat(64))).is_err());
        assert!(check_email(&format!("a@{}.com", ["b".repeat(60).as_str(); 5].join("."))).is_err());
    }

    #[test]
    fn accepts_e164_numbers() {
        for ok in ["+4799999999", "+12345", "+123456789012345"] {
            assert_eq!(check_phone_number(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn rejects_other_numbers_with_a_useful_hint() {
        for (written, e164) in [
            ("+47 999 99 999", "`+4799999999`"),
            ("004799999999", "`+4799999999`"),
            ("0047 999 99 999", "`+4799999999`"),
            ("+1 (555) 123-4567", "`+15551234567`"),
            ("+44 20.7946.0958", "`+442079460958`"),
        ] {
            assert!(
                check_phone_number(written).unwrap_err().contains(e164),
                "{written}"
            );
        }
        assert!(check_phone_number("4799999999")
            .unwrap_err()
            .contains("country code"));
        assert!(check_phone_number("+1234").unwrap_err().contains("5 to 15"));
        assert!(check_phone_number("+1234567890123456")
            .unwrap_err()
            .contains("5 to 15"));
        for bad in ["", "+", "++4799999999", "+47abc99999", "+٤٧٩٩٩٩٩٩"] {
            assert!(check_phone_number(bad).is_err(), "{bad:?}");
        }
    }
}
