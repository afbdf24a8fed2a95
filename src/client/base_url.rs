//! The API base URL: `https`, or plain `http` only to a host trusted without a name lookup.

use crate::url::{is_fetchable_label, parse_url, Host};
use crate::validate::IssueCode;

/// Where requests go, e.g. `https://checkout.dintero.com`; paths are appended to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl {
    /// Scheme, host, optional port and optional path prefix, without a trailing `/`.
    prefix: String,
}

/// Why a base URL was refused: a stable code and a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrlProblem {
    /// Stable snake_case identifier (`invalid_url`, `insecure_url`, ...).
    pub code: IssueCode,
    /// Human readable explanation.
    pub message: String,
}

/// The production API.
pub const DEFAULT_BASE_URL: &str = "https://checkout.dintero.com";

impl BaseUrl {
    /// Parses and checks a base URL with the crate's WHATWG URL parser ([`crate::url`]), so the
    /// host is read exactly as `fetch` reads it. Refuses user info, queries, fragments, dot
    /// segments, a `/v1` suffix (paths already start with `/v1`), host names that are not
    /// ASCII (write them in their `xn--` form) and plain `http` except to a host trusted without
    /// a lookup ([`crate::url::Host::is_trusted_without_lookup`]: `localhost`, 127.0.0.0/8,
    /// `[::1]`). The URL is kept as `fetch` would write it.
    pub fn parse(input: &str) -> Result<Self, BaseUrlProblem> {
        let problem = |code: IssueCode, message: &str| {
            Err(BaseUrlProblem {
                code,
                message: message.to_owned(),
            })
        };
        let url = match parse_url(input) {
            Ok(url) => url,
            Err(message) => {
                return problem(
                    IssueCode::InvalidUrl,
                    &format!("{message}; expected e.g. https://checkout.dintero.com"),
                )
            }
        };
        let Some(host) = url.host.as_ref().filter(|_| url.is_web()) else {
            return problem(
                IssueCode::InvalidUrl,
                "must be an absolute https URL (or http for a loopback host), e.g. https://checkout.dintero.com",
            );
        };
        if url.query.is_some() || url.fragment.is_some() {
            return problem(
                IssueCode::InvalidUrl,
                "must not contain a query or a fragment",
            );
        }
        if url.has_userinfo {
            return problem(
                IssueCode::InvalidUrl,
                "must not contain user info: pass credentials as options instead",
            );
        }
        if !is_dns_name(host) || url.port == Some(0) {
            return problem(
                IssueCode::InvalidUrl,
                "has an invalid host or port (write an internationalised host name in its xn-- form)",
            );
        }
        if !url.is_https() && !host.is_trusted_without_lookup() {
            return problem(IssueCode::InsecureUrl, insecure_message(host));
        }
        let path = url.path.trim_end_matches('/');
        if !path.split('/').all(is_plain_segment) {
            return problem(
                IssueCode::InvalidUrl,
                "the path must not contain `.` or `..` segments, backslashes or characters fetch would percent-encode",
            );
        }
        if path.ends_with("/v1") {
            return problem(
                IssueCode::InvalidUrl,
                "must not end with /v1: the client adds the /v1 prefix itself",
            );
        }
        let scheme = if url.is_https() { "https" } else { "http" };
        let default_port = if url.is_https() { 443 } else { 80 };
        let port = match url.port {
            Some(port) if port != default_port => format!(":{port}"),
            _ => String::new(),
        };
        Ok(Self {
            prefix: format!("{scheme}://{host}{port}{path}"),
        })
    }

    /// The full URL of `path` (which starts with `/`, e.g. `/v1/sessions/payment-token`).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.prefix)
    }

    /// The base URL as configured (normalised as `fetch` would, no trailing `/`).
    pub fn as_str(&self) -> &str {
        &self.prefix
    }
}

impl Default for BaseUrl {
    fn default() -> Self {
        Self {
            prefix: DEFAULT_BASE_URL.to_owned(),
        }
    }
}

/// Why plain `http` to `host` is refused; for a name that only looks local, why it does not count.
fn insecure_message(host: &Host) -> &'static str {
    // A name that is local only once resolved: `*.localhost`, `localhost.`.
    if matches!(host, Host::Domain(_)) && host.is_unreachable_from_outside() {
        "must use https: plain http is accepted only for localhost, 127.0.0.0/8 and [::1], which need no name \
         lookup; Node, Bun and Deno ask the system resolver for other .localhost names (and `localhost.`), which \
         need not answer with loopback, so the client secret and tokens could travel in clear text elsewhere; use \
         http://localhost or http://127.0.0.1"
    } else {
        "must use https; plain http is accepted only for localhost, 127.0.0.0/8 and [::1]"
    }
}

/// Whether a host can be looked up or connected to: an IP address, or an ASCII name whose
/// labels are 1 to 63 characters long (one trailing dot allowed) and valid `xn--` Punycode.
fn is_dns_name(host: &Host) -> bool {
    match host {
        Host::Ipv4(_) | Host::Ipv6(_) => true,
        Host::Opaque(_) => false,
        Host::Domain(name) => {
            let name = name.strip_suffix('.').unwrap_or(name);
            name.is_ascii()
                && name.split('.').all(|label| {
                    !label.is_empty() && label.len() <= 63 && is_fetchable_label(label)
                })
        }
    }
}

/// A path segment WHATWG URL keeps as written: no dot segment (also percent-encoded), no
/// backslash, nothing from the path percent-encode set.
fn is_plain_segment(segment: &str) -> bool {
    let dots = segment.to_ascii_lowercase().replace("%2e", ".");
    dots != "."
        && dots != ".."
        && segment
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '`' | '{' | '}' | '\\'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> String {
        BaseUrl::parse(input)
            .map(|b| b.as_str().to_owned())
            .unwrap_or_else(|p| panic!("{input}: {p:?}"))
    }

    fn code(input: &str) -> &'static str {
        BaseUrl::parse(input)
            .err()
            .map(|p| p.code.as_str())
            .unwrap_or("accepted")
    }

    #[test]
    fn accepts_https_and_normalises() {
        assert_eq!(
            ok("https://checkout.dintero.com"),
            "https://checkout.dintero.com"
        );
        assert_eq!(
            ok("HTTPS://Checkout.Test.Dintero.com/"),
            "https://checkout.test.dintero.com"
        );
        assert_eq!(
            ok("https://proxy.example:8443/dintero/"),
            "https://proxy.example:8443/dintero"
        );
        assert_eq!(
            BaseUrl::default().join("/v1/x"),
            "https://checkout.dintero.com/v1/x"
        );
    }

    #[test]
    fn plain_http_only_for_loopback() {
        assert_eq!(ok("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(ok("http://127.1.2.3"), "http://127.1.2.3");
        assert_eq!(ok("http://localhost:3000"), "http://localhost:3000");
        assert_eq!(ok("http://[::1]:3000"), "http://[::1]:3000");
        assert_eq!(code("http://checkout.dintero.com"), "insecure_url");
        assert_eq!(code("http://128.0.0.1"), "insecure_url");
        assert_eq!(code("http://localhost.evil.example"), "insecure_url");
        assert_eq!(code("http://127.0.0.1.evil.example"), "insecure_url");
        assert_eq!(code("http://[::2]"), "insecure_url");
        assert_eq!(code("http://0.0.0.0"), "insecure_url");
        assert_eq!(code("http://[::ffff:127.0.0.1]"), "insecure_url");
    }

    #[test]
    fn names_that_need_a_lookup_are_not_trusted_for_plain_http() {
        for input in [
            "http://api.localhost",
            "http://api.localhost:80",
            "http://localhost.",
            "http://a.b.localhost:3000",
            "http://API.LOCALHOST.",
        ] {
            let problem = BaseUrl::parse(input).unwrap_err();
            assert_eq!(problem.code.as_str(), "insecure_url", "{input}");
            assert!(
                problem.message.contains("ask the system resolver"),
                "{input}: {}",
                problem.message
            );
        }
        assert!(!BaseUrl::parse("http://example.com")
            .unwrap_err()
            .message
            .contains("resolver"));
        // Over https the name is as good as any other.
        assert_eq!(
            ok("https://api.localhost:8443"),
            "https://api.localhost:8443"
        );
        // WHATWG-equivalent spellings of the trusted hosts.
        assert_eq!(ok("http://LOCALHOST:3000"), "http://localhost:3000");
        assert_eq!(ok("http://2130706433"), "http://127.0.0.1");
        assert_eq!(ok("http://[0:0:0:0:0:0:0:1]"), "http://[::1]");
    }

    /// Hosts are read as WHATWG URL (and so `fetch`) reads them; what it refuses is refused.
    #[test]
    fn reads_hosts_as_fetch_does() {
        assert_eq!(ok("http://0x7f.1:8080/"), "http://127.0.0.1:8080");
        assert_eq!(ok("http://127.1"), "http://127.0.0.1");
        assert_eq!(ok("http://%6cocalhost"), "http://localhost");
        assert_eq!(ok("http://[0:0::1]"), "http://[::1]");
        assert_eq!(ok("https://api.localhost:443"), "https://api.localhost");
        assert_eq!(ok("https://x.example:0443/"), "https://x.example");
        assert_eq!(ok("https://x.example:/p"), "https://x.example/p");
        assert_eq!(
            ok("https://xn--bcher-kva.example"),
            "https://xn--bcher-kva.example"
        );
        for bad in [
            "http://127.08.0.1",
            "http://127.0.0.08",
            "https://127.08.0.1",
            "https://127.0.0.08",
            "http://127.0.0.256",
            "https://1.2.3.4.5",
            "https://bücher.example",
            "https://xn--a.example",
            "https://x.example/a/../b",
            "https://x.example/%2E%2e/b",
            "https://x.example/a b",
            "https://x.example/{a}",
        ] {
            assert_eq!(code(bad), "invalid_url", "{bad}");
        }
    }

    #[test]
    fn refuses_malformed_urls() {
        for bad in [
            "",
            "checkout.dintero.com",
            "ftp://x.example",
            "https://",
            "https://user:pw@x.example",
            "https://x.example?x=1",
            "https://x.example/#f",
            "https://x.example:0",
            "https://x.example:99999",
            "https://x..example",
            "https://x example",
            " https://x.example",
            "https://[zz::1]",
            "https://checkout.dintero.com/v1",
            "https://checkout.dintero.com/v1/",
        ] {
            assert_eq!(code(bad), "invalid_url", "{bad}");
        }
    }
}
