//! A small absolute-URL parser: just enough to check scheme, host and query.

/// The parts of an absolute URL the rules look at.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct AbsoluteUrl<'a> {
    /// The scheme, as written (compare case-insensitively).
    pub scheme: &'a str,
    /// The host when the URL has an authority (`scheme://host...`); IPv6 keeps its brackets.
    pub host: Option<&'a str>,
    /// The query without `?` and without the fragment.
    pub query: Option<&'a str>,
}

impl AbsoluteUrl<'_> {
    /// Whether the scheme is `http` or `https` (any case).
    pub fn is_web(&self) -> bool {
        self.scheme.eq_ignore_ascii_case("http") || self.scheme.eq_ignore_ascii_case("https")
    }

    /// Whether the scheme is `https` (any case).
    pub fn is_https(&self) -> bool {
        self.scheme.eq_ignore_ascii_case("https")
    }
}

/// Parses `text` as an absolute URL (RFC 3986 `scheme ":" hier-part`). `http`/`https` URLs must
/// have a host. Whitespace and control characters are rejected anywhere.
pub(super) fn parse_absolute_url(text: &str) -> Result<AbsoluteUrl<'_>, String> {
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
    let without_fragment = rest.split_once('#').map_or(rest, |(before, _)| before);
    let (hierarchy, query) = match without_fragment.split_once('?') {
        Some((before, query)) => (before, Some(query)),
        None => (without_fragment, None),
    };
    let host = match hierarchy.strip_prefix("//") {
        Some(after) => Some(parse_host(after.split('/').next().unwrap_or_default())?),
        None => None,
    };
    let url = AbsoluteUrl {
        scheme,
        host,
        query,
    };
    if url.is_web() && url.host.is_none_or(str::is_empty) {
        return Err(format!(
            "an {scheme} URL needs a host, e.g. `https://example.com/accept`"
        ));
    }
    Ok(url)
}

/// The host of an authority (`userinfo@host:port`), checked.
fn parse_host(authority: &str) -> Result<&str, String> {
    let host_port = authority
        .rsplit_once('@')
        .map_or(authority, |(_, after)| after);
    let (host, port) = if host_port.starts_with('[') {
        let end = host_port
            .find(']')
            .ok_or("an IPv6 host lacks its closing `]`")?;
        let (host, after) = host_port
            .split_at_checked(end + 1)
            .ok_or("an IPv6 host lacks its closing `]`")?;
        let inner = host.trim_start_matches('[').trim_end_matches(']');
        if inner.is_empty()
            || !inner
                .chars()
                .all(|c| c.is_ascii_hexdigit() || matches!(c, ':' | '.'))
        {
            return Err(format!(
                "{} is not an IPv6 address",
                super::describe::quoted(host)
            ));
        }
        match after {
            "" => (host, None),
            _ => (
                host,
                Some(
                    after
                        .strip_prefix(':')
                        .ok_or("unexpected text after the IPv6 host")?,
                ),
            ),
        }
    } else {
        let (host, port) = match host_port.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_port, None),
        };
        if let Some(bad) = host
            .chars()
            .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '%')))
        {
            return Err(format!(
                "the host contains `{bad}`, which no host name may contain"
            ));
        }
        (host, port)
    };
    if let Some(port) = port.filter(|p| !p.is_empty()) {
        let valid = port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| p <= 65_535);
        if !valid {
            return Err(format!(
                "the port {} is not a number from 0 to 65535",
                super::describe::quoted(port)
            ));
        }
    }
    Ok(host)
}

/// Whether `host` names this machine (`localhost`, `*.localhost`, `127.0.0.0/8`, `::1`) or the
/// unspecified address (`0.0.0.0`, `::`): places a remote server can never reach.
pub(super) fn is_local_host(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.eq_ignore_ascii_case("localhost")
        || host.len() > 10 && ends_with_ignore_case(host, ".localhost")
    {
        return true;
    }
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return matches!(inner, "::1" | "0:0:0:0:0:0:0:1" | "::" | "0:0:0:0:0:0:0:0");
    }
    matches!(parse_ipv4(host), Some([127, ..] | [0, 0, 0, 0]))
}

fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.len()
        .checked_sub(suffix.len())
        .and_then(|start| text.get(start..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

/// A dotted-decimal IPv4 address.
fn parse_ipv4(host: &str) -> Option<[u8; 4]> {
    let mut octets = [0u8; 4];
    let mut parts = host.split('.');
    for octet in octets.iter_mut() {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *octet = part.parse().ok()?;
    }
    parts.next().is_none().then_some(octets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_web_urls() {
        let url =
            parse_absolute_url("https://user:pw@example.com:8443/cb?method=POST&x=1#frag").unwrap();
        assert_eq!(
            url,
            AbsoluteUrl {
                scheme: "https",
                host: Some("example.com"),
                query: Some("method=POST&x=1")
            }
        );
        assert!(url.is_https() && url.is_web());
        let url = parse_absolute_url("HTTP://[::1]:80/").unwrap();
        assert_eq!(url.host, Some("[::1]"));
        assert!(url.is_web() && !url.is_https());
        assert_eq!(
            parse_absolute_url("https://example.com#a?b").unwrap().query,
            None
        );
    }

    #[test]
    fn parses_app_urls_without_authority() {
        let url = parse_absolute_url("myapp:?initial_recipient=merchant").unwrap();
        assert_eq!(
            url,
            AbsoluteUrl {
                scheme: "myapp",
                host: None,
                query: Some("initial_recipient=merchant")
            }
        );
        assert_eq!(parse_absolute_url("myapp://").unwrap().host, Some(""));
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
        ] {
            assert!(
                parse_absolute_url(bad).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn recognises_local_hosts() {
        for local in [
            "localhost",
            "LOCALHOST.",
            "api.localhost",
            "127.0.0.1",
            "127.1.2.3",
            "[::1]",
            "0.0.0.0",
            "[::]",
        ] {
            assert!(is_local_host(local), "{local}");
        }
        for remote in [
            "example.com",
            "localhost.example.com",
            "128.0.0.1",
            "127.0.0",
            "1270.0.0.1",
            "[::2]",
            "mylocalhost",
        ] {
            assert!(!is_local_host(remote), "{remote}");
        }
    }
}
