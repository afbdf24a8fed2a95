//! Reading `Dintero-Signature: t=<unix seconds>,v0-hmac-sha256=<64 hex digits>`. Several
//! `v0-hmac-sha256` entries may come (any one matching is enough); entries of other schemes are
//! ignored. Bounded: a header longer than [`MAX_HEADER_BYTES`] or with more than
//! [`MAX_SIGNATURES`] signatures is malformed.

/// The scheme this package verifies.
pub const SCHEME: &str = "v0-hmac-sha256";
/// Longest header read (a real one is 82 bytes).
pub const MAX_HEADER_BYTES: usize = 4096;
/// Most `v0-hmac-sha256` entries read.
pub const MAX_SIGNATURES: usize = 16;

/// A header as read.
#[derive(Debug, PartialEq, Eq)]
pub struct SignatureHeader {
    /// `t`: when Dintero signed, in seconds since the Unix epoch.
    pub timestamp: i64,
    /// The `v0-hmac-sha256` digests, as bytes.
    pub signatures: Vec<Vec<u8>>,
}

/// Why a header cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub enum HeaderProblem {
    /// No entry of a known scheme.
    NoSignature,
    /// Not `key=value` entries, no or several `t`, a bad number or digest; the text says which.
    Malformed(&'static str),
}

/// Reads `value` (several header lines joined with `,` are one value).
pub fn parse(value: &str) -> Result<SignatureHeader, HeaderProblem> {
    if value.len() > MAX_HEADER_BYTES {
        return Err(HeaderProblem::Malformed("it is longer than 4096 bytes"));
    }
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for entry in value.split(',').map(|e| e.trim_matches([' ', '\t'])) {
        if entry.is_empty() {
            continue;
        }
        let Some((key, text)) = entry.split_once('=') else {
            return Err(HeaderProblem::Malformed("an entry is not `key=value`"));
        };
        match key.trim_matches([' ', '\t']) {
            "t" => {
                if timestamp.is_some() {
                    return Err(HeaderProblem::Malformed("it has more than one `t`"));
                }
                timestamp = Some(parse_seconds(text.trim_matches([' ', '\t']))?);
            }
            SCHEME => {
                if signatures.len() == MAX_SIGNATURES {
                    return Err(HeaderProblem::Malformed("it has more than 16 signatures"));
                }
                signatures.push(hex_digest(text.trim_matches([' ', '\t']), 32).ok_or(
                    HeaderProblem::Malformed("a `v0-hmac-sha256` value is not 64 hex digits"),
                )?);
            }
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(HeaderProblem::Malformed("it has no `t=<unix seconds>`"))?;
    if signatures.is_empty() {
        return Err(HeaderProblem::NoSignature);
    }
    Ok(SignatureHeader {
        timestamp,
        signatures,
    })
}

fn parse_seconds(text: &str) -> Result<i64, HeaderProblem> {
    if text.is_empty() || text.len() > 12 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(HeaderProblem::Malformed(
            "`t` is not a number of seconds (up to 12 digits)",
        ));
    }
    text.parse()
        .map_err(|_| HeaderProblem::Malformed("`t` is not a number of seconds"))
}

/// The bytes of `text` if it is exactly `bytes * 2` hex digits (either case).
pub fn hex_digest(text: &str, bytes: usize) -> Option<Vec<u8>> {
    if text.len() != bytes * 2 {
        return None;
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| match pair {
            [high, low] => Some((hex_value(*high)? << 4) | hex_value(*low)?),
            _ => None,
        })
        .collect()
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        for nibble in [byte >> 4, byte & 15] {
            text.extend(char::from_digit(u32::from(nibble), 16));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIGEST: &str = "6bed2ab1b919d460ef7465a20dc6c97260dca73fab6647106ca525f0908df64a";

    #[test]
    fn reads_dinteros_example_and_rotated_or_unknown_entries() {
        let header = parse(&format!("t=1582236537,v0-hmac-sha256={DIGEST}")).unwrap();
        assert_eq!(header.timestamp, 1582236537);
        assert_eq!(hex(&header.signatures[0]), DIGEST);
        let header = parse(&format!(
            " t=1 , v1-ed25519=abc, v0-hmac-sha256={DIGEST},v0-hmac-sha256={}",
            DIGEST.to_uppercase()
        ))
        .unwrap();
        assert_eq!(header.signatures.len(), 2);
        assert_eq!(header.signatures[0], header.signatures[1]);
    }

    #[test]
    fn refuses_what_cannot_be_read() {
        assert_eq!(parse("t=1,v1-x=2"), Err(HeaderProblem::NoSignature));
        assert_eq!(
            parse(""),
            Err(HeaderProblem::Malformed("it has no `t=<unix seconds>`"))
        );
        for bad in [
            format!("v0-hmac-sha256={DIGEST}"),
            format!("t=1,t=2,v0-hmac-sha256={DIGEST}"),
            format!("t=-1,v0-hmac-sha256={DIGEST}"),
            format!("t=1e9,v0-hmac-sha256={DIGEST}"),
            format!("t=9999999999999,v0-hmac-sha256={DIGEST}"),
            format!("t=1,v0-hmac-sha256={}", &DIGEST[1..]),
            format!("t=1,v0-hmac-sha256={}g", &DIGEST[1..]),
            format!("t=1,v0-hmac-sha256=é{}", &DIGEST[2..]),
            format!("t=1;v0-hmac-sha256={DIGEST}"),
            format!("t=1,{}", "x".repeat(5000)),
            format!("t=1{}", format!(",v0-hmac-sha256={DIGEST}").repeat(17)),
        ] {
            assert!(
                matches!(parse(&bad), Err(HeaderProblem::Malformed(_))),
                "{bad}"
            );
        }
    }
}
