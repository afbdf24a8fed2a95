//! `application/x-www-form-urlencoded` as the WHATWG URL standard defines it: what
//! `new URLSearchParams(search)` reads, what `.sort()` does (stable, by name in UTF-16 code
//! units) and what `.toString()` prints (space as `+`; `*-._` and ASCII alphanumerics as
//! they are; every other byte of the UTF-8 as `%XX`). Dintero signs the query this way.

/// The name-value pairs of `query` (without its `?`), decoded.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|sequence| !sequence.is_empty())
        .map(|sequence| {
            let (name, value) = sequence.split_once('=').unwrap_or((sequence, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// `+` as space, `%XX` as the byte (a `%` not followed by two hex digits stays), then UTF-8
/// with U+FFFD for invalid sequences.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let escaped = match (byte, bytes.get(index + 1), bytes.get(index + 2)) {
            (b'%', Some(&high), Some(&low)) => hex_pair(high, low),
            _ => None,
        };
        match (byte, escaped) {
            (_, Some(decoded)) => {
                out.push(decoded);
                index += 3;
            }
            (b'+', None) => {
                out.push(b' ');
                index += 1;
            }
            (other, None) => {
                out.push(other);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_pair(high: u8, low: u8) -> Option<u8> {
    let digit = |b: u8| char::from(b).to_digit(16);
    Some(((digit(high)? << 4) | digit(low)?) as u8)
}

/// The value of the first pair named `name`.
pub fn first(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.clone())
}

/// `pairs` sorted as `URLSearchParams.sort()` sorts them: stable, by name, in UTF-16 code units.
pub fn sort(pairs: &mut [(String, String)]) {
    pairs.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
}

/// `pairs` printed as `URLSearchParams.toString()` prints them.
pub fn serialize(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (index, (name, value)) in pairs.iter().enumerate() {
        if index > 0 {
            out.push('&');
        }
        encode_into(&mut out, name);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

fn encode_into(out: &mut String, text: &str) {
    for byte in text.bytes() {
        match byte {
            b' ' => out.push('+'),
            b'*' | b'-' | b'.' | b'_' => out.push(char::from(byte)),
            _ if byte.is_ascii_alphanumeric() => out.push(char::from(byte)),
            _ => {
                out.push('%');
                for nibble in [byte >> 4, byte & 15] {
                    out.extend(
                        char::from_digit(u32::from(nibble), 16).map(|c| c.to_ascii_uppercase()),
                    );
                }
            }
        }
    }
}

/// The signed form of `query`: parsed, sorted and printed again.
pub fn canonical(query: &str) -> String {
    let mut pairs = parse(query);
    sort(&mut pairs);
    serialize(&pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values printed by Node's URLSearchParams (v20-v24).
    #[test]
    fn matches_url_search_params() {
        assert_eq!(canonical("B=123&A=992"), "A=992&B=123");
        assert_eq!(canonical("b=x%20y&a=x+y&c=%7E"), "a=x+y&b=x+y&c=%7E");
        assert_eq!(canonical("a=1&&b&=c&a=0"), "=c&a=1&a=0&b=");
        assert_eq!(
            canonical("x=%zz%4&y=%C3%A6%E2%82%AC"),
            "x=%25zz%254&y=%C3%A6%E2%82%AC"
        );
        assert_eq!(canonical("q=(!')~*-._"), "q=%28%21%27%29%7E*-._");
        assert_eq!(canonical("k=%FF"), "k=%EF%BF%BD");
        // UTF-16 code units: U+10000 (D800 DC00) sorts before U+FF61, unlike in code points.
        assert_eq!(
            canonical("%F0%90%80%80=1&%EF%BD%A1=2&B=3&a=4"),
            "B=3&a=4&%F0%90%80%80=1&%EF%BD%A1=2"
        );
        assert_eq!(canonical(""), "");
    }
}
