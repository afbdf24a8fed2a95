//! The query parameters Dintero reads from `callback_url` (spec: `CallbackUrl`).
//!
//! Documented: `method=GET|POST`, `report_error=true`, `delay_callback=<seconds>` (max 60),
//! `report_event=CAPTURE|REFUND|VOID` (may repeat), `includes=session` and
//! `sid_parameter_name=sid|session_id`. Any other parameter is the merchant's own and is fine.

use super::describe::quoted;

/// The longest delay Dintero accepts for `delay_callback`, in seconds.
const MAX_DELAY_SECONDS: u32 = 60;

/// One message per documented parameter that has a value Dintero does not accept, in the
/// order they appear in `query`.
pub(super) fn callback_parameter_problems(query: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = percent_decode(raw_name);
        let value = percent_decode(raw_value);
        let allowed: &[&str] = match name.as_str() {
            "method" => &["GET", "POST"],
            "report_error" => &["true", "false"],
            "report_event" => &["CAPTURE", "REFUND", "VOID"],
            "includes" => &["session"],
            "sid_parameter_name" => &["sid", "session_id"],
            "delay_callback" => {
                if !is_delay(&value) {
                    problems.push(format!(
                        "`delay_callback={}`: the delay must be whole seconds from 0 to {MAX_DELAY_SECONDS}",
                        quoted_inner(&value)
                    ));
                }
                continue;
            }
            _ => continue,
        };
        if !allowed.contains(&value.as_str()) {
            let list = crate::quote::backquoted_list(allowed);
            let hint = allowed
                .iter()
                .find(|v| v.eq_ignore_ascii_case(&value))
                .map(|v| format!("; did you mean `{v}`?"))
                .unwrap_or_default();
            problems.push(format!(
                "`{name}={}`: Dintero accepts {list}{hint}",
                quoted_inner(&value)
            ));
        }
    }
    problems
}

/// Whole seconds from 0 to the maximum, digits only.
fn is_delay(value: &str) -> bool {
    let digits = value.trim_start_matches('0');
    !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_digit())
        && digits.len() <= 2
        && digits
            .parse::<u32>()
            .map_or(digits.is_empty(), |n| n <= MAX_DELAY_SECONDS)
}

/// A bounded quote of an input value without the surrounding backquotes.
fn quoted_inner(value: &str) -> String {
    let q = quoted(value);
    q.trim_start_matches('`').trim_end_matches('`').to_owned()
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte; a malformed
/// escape is kept as written. Invalid UTF-8 becomes U+FFFD.
fn percent_decode(text: &str) -> String {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        match (first, tail) {
            (b'%', [hi, lo, after @ ..]) if hi.is_ascii_hexdigit() && lo.is_ascii_hexdigit() => {
                bytes.push(hex_value(*hi) * 16 + hex_value(*lo));
                rest = after;
            }
            (b'+', _) => {
                bytes.push(b' ');
                rest = tail;
            }
            _ => {
                bytes.push(first);
                rest = tail;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        _ => digit.wrapping_sub(b'A').wrapping_add(10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_documented_values_and_unknown_parameters() {
        let ok = "method=POST&report_error=true&delay_callback=60&report_event=CAPTURE&report_event=VOID\
                  &includes=session&sid_parameter_name=sid&order=123&&method=GET&delay_callback=0&delay_callback=007";
        assert_eq!(callback_parameter_problems(ok), Vec::<String>::new());
        assert_eq!(
            callback_parameter_problems("method=%50OST&report_event=REFUND"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn rejects_bad_documented_values() {
        let problems = callback_parameter_problems(
            "method=PUT&method=post&delay_callback=61&delay_callback=1.5&delay_callback=&report_event=AUTHORIZE\
             &includes=transaction&report_error=yes&sid_parameter_name=foo&report_error",
        );
        assert_eq!(problems.len(), 10, "{problems:#?}");
        assert!(problems[0].starts_with("`method=PUT`"));
        assert!(problems[1].contains("did you mean `POST`?"));
        assert!(problems[2].contains("0 to 60"));
    }

    #[test]
    fn decodes_form_encoding() {
        assert_eq!(percent_decode("a+b%2Fc%zz%4"), "a b/c%zz%4");
        assert_eq!(percent_decode("%C3%B8%ff"), "ø\u{fffd}");
    }
}
