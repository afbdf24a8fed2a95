//! The one URL parser of the crate, for the client's base URL and for the URLs in a request.
//!
//! It follows the WHATWG URL Standard (what `fetch` and browsers use) where the outcome matters:
//! the scheme, the authority, the host (domain names lower-cased and percent-decoded, IPv4
//! addresses in every number form `fetch` accepts, such as `0x7f.1` or `0177.0.0.1`, IPv6 in
//! brackets, forbidden code points) and the port. So a host is read exactly as `fetch` would read
//! it, and the two local-host rules ([`Host::is_trusted_without_lookup`] for where plain `http`
//! may go, [`Host::is_unreachable_from_outside`] for URLs Dintero must call) are decided on that
//! parsed host.
//!
//! Where WHATWG silently repairs a URL, this parser refuses it instead: whitespace and control
//! characters (WHATWG drops tabs and newlines), a web URL not written `scheme://host`, and
//! backslashes in the authority.
//!
//! Not covered: the full Unicode IDNA mapping of non-ASCII host names. Such a host is kept as
//! written (after mapping full-width ASCII and ideographic full stops, which covers spoofed
//! spellings of `localhost` and IPv4 addresses) and is never loopback.

use std::fmt;

/// The parts of an absolute URL that the checks look at.
#[derive(Debug, PartialEq, Eq)]
pub struct Url<'a> {
    /// The scheme, as written (compare case-insensitively).
    pub scheme: &'a str,
    /// Whether the authority has user info (`user:password@`).
    pub has_userinfo: bool,
    /// The host when the URL has an authority (`scheme://host...`).
    pub host: Option<Host>,
    /// The port, when one is written (`:` followed by digits).
    pub port: Option<u16>,
    /// The path, as written (`""` or starting with `/` when there is an authority).
    pub path: &'a str,
    /// The query without `?`, before the fragment.
    pub query: Option<&'a str>,
    /// The fragment without `#`.
    pub fragment: Option<&'a str>,
}

/// A parsed host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Host {
    /// A domain name of a web URL: percent-decoded and lower-cased (ASCII, or Unicode as written
    /// for an internationalised name).
    Domain(String),
    /// An IPv4 address, whatever number form it was written in.
    Ipv4([u8; 4]),
    /// An IPv6 address (written in brackets).
    Ipv6([u16; 8]),
    /// The host of a non-web URL (`myapp://host`), as written; may be empty.
    Opaque(String),
}

impl Url<'_> {
    /// Whether the scheme is `http` or `https` (any case).
    pub fn is_web(&self) -> bool {
        self.scheme.eq_ignore_ascii_case("http") || self.scheme.eq_ignore_ascii_case("https")
    }

    /// Whether the scheme is `https` (any case).
    pub fn is_https(&self) -> bool {
        self.scheme.eq_ignore_ascii_case("https")
    }
}

impl Host {
    /// Whether the host is this machine without asking any resolver: the name `localhost`,
    /// an address in 127.0.0.0/8 or `::1` (in any spelling WHATWG URL reads as one of these:
    /// `LOCALHOST`, `%6cocalhost`, `0x7f.1`, `[0:0::1]`). This decides where plain `http` may
    /// carry credentials. `*.localhost` and `localhost.` are not in it: browsers answer them
    /// with loopback, but Node, Bun and Deno ask the system resolver, which need not.
    pub fn is_trusted_without_lookup(&self) -> bool {
        match self {
            Host::Domain(name) => name == "localhost",
            Host::Ipv4([first, ..]) => *first == 127,
            Host::Ipv6(pieces) => *pieces == [0, 0, 0, 0, 0, 0, 0, 1],
            Host::Opaque(_) => false,
        }
    }

    /// Whether a server elsewhere (Dintero's) can never reach the host: the local machine by
    /// any name (`localhost`, `*.localhost`, either with a trailing dot), 127.0.0.0/8, `::1`,
    /// or the unspecified address (`0.0.0.0`, `::`), which means this machine when connected
    /// to. This drives the warnings about callback URLs that would never be called.
    pub fn is_unreachable_from_outside(&self) -> bool {
        match self {
            Host::Domain(name) => {
                let name = name.strip_suffix('.').unwrap_or(name);
                name == "localhost" || name.ends_with(".localhost")
            }
            Host::Ipv4(octets) => octets[0] == 127 || *octets == [0, 0, 0, 0],
            Host::Ipv6(pieces) => {
                *pieces == [0, 0, 0, 0, 0, 0, 0, 1] || *pieces == [0, 0, 0, 0, 0, 0, 0, 0]
            }
            Host::Opaque(_) => false,
        }
    }
}

/// The host as a URL writes it: `example.com`, `127.0.0.1`, `[::1]`.
impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Domain(name) | Host::Opaque(name) => f.write_str(name),
            Host::Ipv4([a, b, c, d]) => write!(f, "{a}.{b}.{c}.{d}"),
            Host::Ipv6(pieces) => write_ipv6(f, pieces),
        }
    }
}

/// Parses `text` as an absolute URL (`scheme ":" ...`). `http`/`https` URLs must be written
/// `scheme://host` and their host must be valid by WHATWG rules. Whitespace and control
/// characters are refused anywhere. The error is a message for humans.
pub fn parse_url(text: &str) -> Result<Url<'_>, String> {
    if text.is_empty() {
        return Err("the URL is empty".into());
    }
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("the URL contains whitespace or a control character; percent-encode it".into());
    }
    let relative = || {
        "not an absolute URL: it needs a scheme and a host, e.g. `https://example.com/accept`"
            .to_owned()
    };
    let (scheme, rest) = text.split_once(':').ok_or_else(relative)?;
    let mut scheme_chars = scheme.chars();
    let scheme_ok = scheme_chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme_chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok {
        return Err(relative());
    }
    let (rest, fragment) = match rest.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (rest, None),
    };
    let (hierarchy, query) = match rest.split_once('?') {
        Some((before, query)) => (before, Some(query)),
        None => (rest, None),
    };
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let mut url = Url {
        scheme,
        has_userinfo: false,
        host: None,
        port: None,
        path: hierarchy,
        query,
        fragment,
    };
    if let Some(after) = hierarchy.strip_prefix("//") {
        let end = after.find('/').unwrap_or(after.len());
        let (authority, path) = after.split_at_checked(end).unwrap_or((after, ""));
        url.path = path;
        let host_port = match authority.rsplit_once('@') {
            Some((_, host_port)) => {
                url.has_userinfo = true;
                host_port
            }
            None => authority,
        };
        let (host, port) = split_port(host_port)?;
        url.port = port.map(parse_port).transpose()?.flatten();
        url.host = Some(if web {
            parse_web_host(host)?
        } else {
            parse_opaque_host(host)?
        });
    }
    if web && url.host.is_none() {
        return Err(format!(
            "an {scheme} URL needs a host, e.g. `https://example.com/accept`"
        ));
    }
    Ok(url)
}

/// `host[:port]` or `[v6][:port]` split into the host and the port text (without `:`).
fn split_port(host_port: &str) -> Result<(&str, Option<&str>), String> {
    if host_port.starts_with('[') {
        let end = host_port
            .find(']')
            .ok_or("an IPv6 host lacks its closing `]`")?;
        let (host, after) = host_port
            .split_at_checked(end + 1)
            .ok_or("an IPv6 host lacks its closing `]`")?;
        return match after {
            "" => Ok((host, None)),
            _ => Ok((
                host,
                Some(
                    after
                        .strip_prefix(':')
                        .ok_or("unexpected text after the IPv6 host")?,
                ),
            )),
        };
    }
    Ok(match host_port.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (host_port, None),
    })
}

/// The port number of the digits after `:`; `None` for an empty port (as WHATWG).
fn parse_port(digits: &str) -> Result<Option<u16>, String> {
    if digits.is_empty() {
        return Ok(None);
    }
    let mut port: u32 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() || port > 65_535 {
            port = u32::MAX;
            break;
        }
        port = port * 10 + u32::from(b - b'0');
    }
    u16::try_from(port).map(Some).map_err(|_| {
        format!(
            "the port {} is not a number from 0 to 65535",
            crate::quote::quoted(digits)
        )
    })
}

/// The WHATWG host parser for web URLs: IPv6 in brackets, else a percent-decoded domain, which
/// is an IPv4 address when its last label is a number.
fn parse_web_host(input: &str) -> Result<Host, String> {
    if let Some(inside) = input.strip_prefix('[') {
        let inside = inside.strip_suffix(']').unwrap_or(inside);
        return parse_ipv6(inside)
            .map(Host::Ipv6)
            .ok_or_else(|| format!("{} is not an IPv6 address", crate::quote::quoted(input)));
    }
    if input.is_empty() {
        return Err("the host is empty".into());
    }
    let decoded = percent_decode(input);
    let text = String::from_utf8(decoded)
        .map_err(|_| "the host is percent-encoded text that is not UTF-8".to_owned())?;
    let domain: String = text.chars().map(map_width).collect();
    if let Some(bad) = domain.chars().find(|&c| is_forbidden_domain_code_point(c)) {
        return Err(format!(
            "the host contains {}, which no host name may contain",
            crate::quote::quoted(&bad.to_string())
        ));
    }
    if domain.is_empty() {
        return Err("the host is empty".into());
    }
    if ends_in_number(&domain) {
        return parse_ipv4(&domain).map(Host::Ipv4).ok_or_else(|| {
            format!(
                "{} ends in a number but is not an IPv4 address (each part must be a decimal, \
                 0x hexadecimal or 0-prefixed octal number that fits)",
                crate::quote::quoted(input)
            )
        });
    }
    Ok(Host::Domain(domain))
}

/// The host of a non-web URL: anything but the forbidden host code points.
fn parse_opaque_host(input: &str) -> Result<Host, String> {
    if let Some(bad) = input
        .chars()
        .find(|&c| c != '%' && is_forbidden_domain_code_point(c) && c != '\u{7f}')
    {
        return Err(format!(
            "the host contains {}, which no host name may contain",
            crate::quote::quoted(&bad.to_string())
        ));
    }
    Ok(Host::Opaque(input.to_owned()))
}

/// Decodes `%XX` escapes; a `%` not followed by two hex digits stays as written (as WHATWG).
fn percent_decode(input: &str) -> Vec<u8> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&hi), Some(&lo)) => hex_value(hi).zip(hex_value(lo)),
            _ => None,
        };
        match escaped {
            Some((hi, lo)) => {
                out.push(hi * 16 + lo);
                i += 3;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

fn hex_value(b: u8) -> Option<u8> {
    char::from(b)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// The part of IDNA mapping that matters for the loopback rule and IPv4 parsing: full-width
/// ASCII (U+FF01..U+FF5E) and the ideographic full stops become ASCII; ASCII is lower-cased.
fn map_width(c: char) -> char {
    match c {
        '\u{3002}' | '\u{ff0e}' | '\u{ff61}' => '.',
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c),
        _ => c,
    }
    .to_ascii_lowercase()
}

/// WHATWG's forbidden domain code points: C0 controls, space, `%`, DEL and the forbidden host
/// code points `# / : < > ? @ [ \ ] ^ |`.
fn is_forbidden_domain_code_point(c: char) -> bool {
    c <= ' '
        || c == '\u{7f}'
        || matches!(
            c,
            '#' | '%' | '/' | ':' | '<' | '>' | '?' | '@' | '[' | '\\' | ']' | '^' | '|'
        )
}

/// WHATWG's "ends in a number": the last label (ignoring one trailing dot) is all digits or
/// an `0x` hexadecimal number.
fn ends_in_number(domain: &str) -> bool {
    let trimmed = domain.strip_suffix('.').unwrap_or(domain);
    let last = trimmed.rsplit('.').next().unwrap_or(trimmed);
    !last.is_empty()
        && (last.bytes().all(|b| b.is_ascii_digit()) || parse_ipv4_number(last).is_some())
}

/// WHATWG's IPv4 parser: 1 to 4 dot-separated numbers (decimal, `0x` hex or `0` octal); the
/// last one fills the remaining bytes.
fn parse_ipv4(domain: &str) -> Option<[u8; 4]> {
    let trimmed = domain.strip_suffix('.').unwrap_or(domain);
    let parts: Vec<&str> = trimmed.split('.').collect();
    if parts.len() > 4 {
        return None;
    }
    let numbers: Vec<u64> = parts
        .iter()
        .map(|part| parse_ipv4_number(part))
        .collect::<Option<_>>()?;
    let (last, leading) = numbers.split_last()?;
    if leading.iter().any(|&n| n > 255) {
        return None;
    }
    let free_bytes = 5 - numbers.len() as u32;
    if *last >= 256u64.pow(free_bytes) {
        return None;
    }
    let mut address = *last;
    for (i, &n) in leading.iter().enumerate() {
        address += n << (8 * (3 - i as u32));
    }
    u32::try_from(address).ok().map(u32::to_be_bytes)
}

/// One IPv4 part: `0x`/`0X` hexadecimal (possibly no digits: 0), `0`-prefixed octal or
/// decimal. Values beyond `u64` saturate (they are refused as too large anyway).
fn parse_ipv4_number(part: &str) -> Option<u64> {
    if part.is_empty() {
        return None;
    }
    let (digits, radix) =
        if let Some(hex) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
            (hex, 16)
        } else if part.len() > 1 && part.starts_with('0') {
            (part.get(1..).unwrap_or_default(), 8)
        } else {
            (part, 10)
        };
    digits.chars().try_fold(0u64, |value, c| {
        let digit = c.to_digit(radix)?;
        Some(
            value
                .saturating_mul(u64::from(radix))
                .saturating_add(u64::from(digit)),
        )
    })
}

/// Whether an ASCII label is acceptable to every runtime's IDNA step: a label starting with
/// `xn--` must be valid Punycode (RFC 3492) decoding to letters, ASCII digits and `-`, at least one
/// of them not ASCII. (Full IDNA validity needs Unicode tables; this refuses more, never less.)
pub fn is_fetchable_label(label: &str) -> bool {
    let Some(encoded) = label
        .get(..4)
        .filter(|prefix| prefix.eq_ignore_ascii_case("xn--"))
        .and_then(|_| label.get(4..))
    else {
        return true;
    };
    punycode_decode(&encoded.to_ascii_lowercase()).is_some_and(|decoded| {
        decoded.iter().any(|c| !c.is_ascii())
            && decoded
                .iter()
                .all(|&c| c == '-' || c.is_ascii_digit() || c.is_alphabetic())
    })
}

/// RFC 3492 Punycode decoding of the part after `xn--`.
fn punycode_decode(input: &str) -> Option<Vec<char>> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    let (basic, encoded) = match input.rfind('-') {
        Some(at) => (input.get(..at)?, input.get(at + 1..)?),
        None => ("", input),
    };
    let mut output: Vec<char> = basic.chars().collect();
    if !basic.is_ascii() || input.is_empty() {
        return None;
    }
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut digits = encoded.bytes().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut weight = 1u32;
        let mut k = BASE;
        loop {
            let digit = match digits.next()? {
                b @ b'a'..=b'z' => u32::from(b - b'a'),
                b @ b'A'..=b'Z' => u32::from(b - b'A'),
                b @ b'0'..=b'9' => u32::from(b - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(weight)?)?;
            let t = k.saturating_sub(bias).clamp(T_MIN, T_MAX);
            if digit < t {
                break;
            }
            weight = weight.checked_mul(BASE - t)?;
            k += BASE;
        }
        let points = u32::try_from(output.len()).ok()? + 1;
        bias = punycode_adapt(i - old_i, points, old_i == 0);
        n = n.checked_add(i / points)?;
        i %= points;
        output.insert(usize::try_from(i).ok()?, char::from_u32(n)?);
        i += 1;
    }
    Some(output)
}

fn punycode_adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((36 - 1) * 26) / 2 {
        delta /= 36 - 1;
        k += 36;
    }
    k + (36 * delta) / (delta + 38)
}

/// WHATWG's IPv6 parser (`::` compression and a trailing dotted IPv4 part).
fn parse_ipv6(input: &str) -> Option<[u16; 8]> {
    let chars: Vec<char> = input.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut address = [0u16; 8];
    let mut piece = 0usize;
    let mut compress: Option<usize> = None;
    let mut i = 0usize;
    if at(0) == Some(':') {
        if at(1) != Some(':') {
            return None;
        }
        i = 2;
        piece = 1;
        compress = Some(1);
    }
    while let Some(c) = at(i) {
        if piece == 8 {
            return None;
        }
        if c == ':' {
            if compress.is_some() {
                return None;
            }
            i += 1;
            piece += 1;
            compress = Some(piece);
            continue;
        }
        let mut value: u32 = 0;
        let mut length = 0;
        while length < 4 {
            let Some(digit) = at(i).and_then(|c| c.to_digit(16)) else {
                break;
            };
            value = value * 16 + digit;
            i += 1;
            length += 1;
        }
        match at(i) {
            Some('.') => {
                if length == 0 || piece > 6 {
                    return None;
                }
                i -= length;
                let (pieces, end) = parse_ipv6_tail_ipv4(&chars, i)?;
                *address.get_mut(piece)? = pieces[0];
                *address.get_mut(piece + 1)? = pieces[1];
                piece += 2;
                i = end;
                break;
            }
            Some(':') => {
                i += 1;
                at(i)?;
            }
            Some(_) => return None,
            None => {}
        }
        *address.get_mut(piece)? = u16::try_from(value).ok()?;
        piece += 1;
    }
    if at(i).is_some() {
        return None;
    }
    match compress {
        Some(start) => {
            let moved = piece.checked_sub(start)?;
            let tail: Vec<u16> = address.get(start..piece)?.to_vec();
            for slot in address.get_mut(start..)? {
                *slot = 0;
            }
            let offset = 8 - moved;
            address.get_mut(offset..)?.copy_from_slice(&tail);
        }
        None if piece != 8 => return None,
        None => {}
    }
    Some(address)
}

/// The dotted IPv4 part at the end of an IPv6 address, as two pieces; and where it ends.
fn parse_ipv6_tail_ipv4(chars: &[char], mut i: usize) -> Option<([u16; 2], usize)> {
    let mut bytes = [0u16; 4];
    let mut seen = 0usize;
    while let Some(&c) = chars.get(i) {
        if seen > 0 {
            if c == '.' && seen < 4 {
                i += 1;
            } else {
                return None;
            }
        }
        let mut value: Option<u16> = None;
        while let Some(digit) = chars.get(i).and_then(|c| c.to_digit(10)) {
            value = match value {
                None => Some(digit as u16),
                Some(0) => return None,
                Some(v) => Some(v * 10 + digit as u16),
            };
            if value > Some(255) {
                return None;
            }
            i += 1;
        }
        *bytes.get_mut(seen)? = value?;
        seen += 1;
    }
    (seen == 4).then_some(([bytes[0] << 8 | bytes[1], bytes[2] << 8 | bytes[3]], i))
}

/// WHATWG's IPv6 serializer: lower-case hex, the first longest run of two or more zero
/// pieces written `::`.
fn write_ipv6(f: &mut fmt::Formatter<'_>, pieces: &[u16; 8]) -> fmt::Result {
    let mut best: Option<(usize, usize)> = None;
    let mut run_start = None;
    for (i, &piece) in pieces.iter().chain(std::iter::once(&1)).enumerate() {
        match (piece == 0 && i < 8, run_start) {
            (true, None) => run_start = Some(i),
            (false, Some(start)) => {
                let len = i - start;
                if len >= 2 && best.is_none_or(|(_, best_len)| len > best_len) {
                    best = Some((start, len));
                }
                run_start = None;
            }
            _ => {}
        }
    }
    f.write_str("[")?;
    let mut i = 0;
    while i < 8 {
        if let Some((start, len)) = best.filter(|&(start, _)| start == i) {
            f.write_str(if start == 0 { "::" } else { ":" })?;
            i += len;
            continue;
        }
        write!(f, "{:x}", pieces.get(i).copied().unwrap_or_default())?;
        if i < 7 {
            f.write_str(":")?;
        }
        i += 1;
    }
    f.write_str("]")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(url: &str) -> Result<String, String> {
        parse_url(url).map(|u| u.host.map(|h| h.to_string()).unwrap_or_default())
    }

    #[test]
    fn parses_web_urls() {
        let url = parse_url("https://user:pw@Example.COM:8443/cb?method=POST&x=1#frag").unwrap();
        assert_eq!(url.scheme, "https");
        assert!(url.has_userinfo);
        assert_eq!(url.host, Some(Host::Domain("example.com".into())));
        assert_eq!(url.port, Some(8443));
        assert_eq!(url.path, "/cb");
        assert_eq!(url.query, Some("method=POST&x=1"));
        assert_eq!(url.fragment, Some("frag"));
        assert!(url.is_https() && url.is_web());
        let url = parse_url("HTTP://[::1]:80/").unwrap();
        assert_eq!(url.host, Some(Host::Ipv6([0, 0, 0, 0, 0, 0, 0, 1])));
        assert!(url.is_web() && !url.is_https());
        assert_eq!(parse_url("https://example.com#a?b").unwrap().query, None);
        assert_eq!(parse_url("https://example.com:/").unwrap().port, None);
    }

    #[test]
    fn parses_app_urls_without_authority() {
        let url = parse_url("myapp:?initial_recipient=merchant").unwrap();
        assert_eq!(url.scheme, "myapp");
        assert_eq!(url.host, None);
        assert_eq!(url.query, Some("initial_recipient=merchant"));
        assert_eq!(
            parse_url("myapp://").unwrap().host,
            Some(Host::Opaque(String::new()))
        );
    }

    #[test]
    fn rejects_relative_and_malformed_urls() {
        for bad in [
            "",
            "/accept",
            "example.com/accept",
            "://example.com",
            "1http://example.com",
            "https://",
            "https:example.com",
            "https:///path",
            "https://exa mple.com",
            "https://example.com/\n",
            "https://example.com:99999/",
            "https://example.com:8o/",
            "https://[::1/",
            "https://[zz]/",
            "https://[::1]x/",
            "https://exa<mple.com/",
            "https://a:b:c/",
            "https://ex[ample.com/",
            "https://ex%zzample.com/",
            "https://ex%25ample.com/",
            "https://%ff/",
            "https://a\\b/",
        ] {
            assert!(parse_url(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    /// Hosts as WHATWG URL (`new URL(...).host` in Node 20) reads them.
    #[test]
    fn reads_hosts_like_whatwg() {
        for (url, expected) in [
            ("http://127.0.0.1", "127.0.0.1"),
            ("http://127.1", "127.0.0.1"),
            ("http://0x7f.1", "127.0.0.1"),
            ("http://0177.0.0.1", "127.0.0.1"),
            ("http://0x7F000001", "127.0.0.1"),
            ("http://2130706433", "127.0.0.1"),
            ("http://127.0.0.1.", "127.0.0.1"),
            ("http://0x", "0.0.0.0"),
            ("http://1.0xg", "1.0xg"),
            ("http://1.2.3.0x", "1.2.3.0"),
            ("http://127.0.0", "127.0.0.0"),
            ("http://%31%32%37.0.0.1", "127.0.0.1"),
            ("http://ＬＯＣＡＬＨＯＳＴ", "localhost"),
            ("http://１２７。０。０。１", "127.0.0.1"),
            ("http://Example.COM.", "example.com."),
            ("http://x..example", "x..example"),
            ("http://1.2.3.4.example", "1.2.3.4.example"),
            ("http://bücher.example", "bücher.example"),
            ("http://[0:0:0:0:0:0:0:1]", "[::1]"),
            ("http://[::]", "[::]"),
            ("http://[1:0:0:2:0:0:0:3]", "[1:0:0:2::3]"),
            ("http://[1:0::]", "[1::]"),
            ("http://[::ffff:127.0.0.1]", "[::ffff:7f00:1]"),
            ("http://[::127.0.0.1]", "[::7f00:1]"),
            ("http://[ABCD:1::]", "[abcd:1::]"),
        ] {
            assert_eq!(host(url).as_deref(), Ok(expected), "{url}");
        }
        for bad in [
            "http://127.08.0.1",
            "http://127.0.0.08",
            "https://127.0.0.09",
            "http://127.0.0.256",
            "http://1270.0.0.1",
            "http://1.2.3.4.5",
            "http://0x100000000",
            "http://4294967296",
            "http://1.2.3.09",
            "http://foo.09",
            "http://[1::2::3]",
            "http://[1:2:3:4:5:6:7:8:9]",
            "http://[1:2:3:4:5:6:7]",
            "http://[::1.2.3]",
            "http://[::01.2.3.4]",
            "http://[::1.2.3.256]",
            "http://[:1]",
            "http://[1:]",
            "http://[12345::]",
        ] {
            assert!(
                host(bad).is_err(),
                "{bad} should be rejected: {:?}",
                host(bad)
            );
        }
    }

    #[test]
    fn checks_punycode_labels() {
        for good in [
            "example",
            "xn--bcher-kva",
            "XN--BCHER-KVA",
            "xn--zca",
            "xn--80ak6aa92e",
        ] {
            assert!(is_fetchable_label(good), "{good}");
        }
        for bad in [
            "xn--",
            "xn--a",
            "xn--a-",
            "xn--abc",
            "xn--ls8h",
            "xn--a-ecp",
            "xn--ab-",
        ] {
            assert!(!is_fetchable_label(bad), "{bad}");
        }
        assert_eq!(
            punycode_decode("bcher-kva").map(|c| c.into_iter().collect::<String>()),
            Some("bücher".into())
        );
    }

    #[test]
    fn hosts_trusted_without_a_lookup() {
        let parsed = |url: &str| parse_url(url).unwrap().host.unwrap();
        for trusted in [
            "http://localhost",
            "http://LOCALHOST",
            "http://%6cocalhost",
            "http://ｌｏｃａｌｈｏｓｔ",
            "http://127.0.0.1",
            "http://127.1.2.3",
            "http://0x7f.1",
            "http://127.0.0",
            "http://2130706433",
            "http://[::1]",
            "http://[0:0::1]",
        ] {
            assert!(parsed(trusted).is_trusted_without_lookup(), "{trusted}");
            assert!(parsed(trusted).is_unreachable_from_outside(), "{trusted}");
        }
        // Local to a browser, but Node, Bun and Deno resolve these names.
        for resolved in [
            "http://api.localhost",
            "http://localhost.",
            "http://API.LOCALHOST.",
        ] {
            assert!(!parsed(resolved).is_trusted_without_lookup(), "{resolved}");
            assert!(parsed(resolved).is_unreachable_from_outside(), "{resolved}");
        }
        // The unspecified address: this machine when connected to, not a trusted target.
        for unspecified in ["http://0.0.0.0", "http://0", "http://[::]"] {
            assert!(
                !parsed(unspecified).is_trusted_without_lookup(),
                "{unspecified}"
            );
            assert!(
                parsed(unspecified).is_unreachable_from_outside(),
                "{unspecified}"
            );
        }
        for remote in [
            "http://example.com",
            "http://localhost.example.com",
            "http://128.0.0.1",
            "http://mylocalhost",
            "http://[::2]",
            "http://[::ffff:127.0.0.1]",
            "myapp://localhost",
        ] {
            assert!(!parsed(remote).is_trusted_without_lookup(), "{remote}");
            assert!(!parsed(remote).is_unreachable_from_outside(), "{remote}");
        }
    }
}
