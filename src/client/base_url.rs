//! The API base URL: `https`, or plain `http` only for loopback hosts.

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
    pub code: &'static str,
    /// Human readable explanation.
    pub message: String,
}

/// The production API.
pub const DEFAULT_BASE_URL: &str = "https://checkout.dintero.com";

impl BaseUrl {
    /// Parses and checks a base URL. Refuses user info, queries, fragments, a `/v1` suffix
    /// (paths already start with `/v1`) and plain `http` except for 127.0.0.0/8, `::1` and
    /// `localhost`.
    pub fn parse(input: &str) -> Result<Self, BaseUrlProblem> {
        let problem = |code, message: &str| {
            Err(BaseUrlProblem {
                code,
                message: message.to_owned(),
            })
        };
        if input.is_empty() || input.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return problem(
                "invalid_url",
                "must be an absolute URL without spaces, e.g. https://checkout.dintero.com",
            );
        }
        let Some((scheme, rest)) = input.split_once("://") else {
            return problem(
                "invalid_url",
                "must be an absolute URL, e.g. https://checkout.dintero.com",
            );
        };
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "https" && scheme != "http" {
            return problem(
                "invalid_url",
                "must use https (or http for a loopback host)",
            );
        }
        if rest.contains(['?', '#']) {
            return problem("invalid_url", "must not contain a query or a fragment");
        }
        let (authority, path) = match rest.find('/') {
            Some(at) => rest.split_at(at),
            None => (rest, ""),
        };
        if authority.contains('@') {
            return problem(
                "invalid_url",
                "must not contain user info: pass credentials as options instead",
            );
        }
        let Some(host) = host_of(authority) else {
            return problem("invalid_url", "has an invalid host or port");
        };
        if scheme == "http" && !is_loopback(&host) {
            return problem(
                "insecure_url",
                "must use https; plain http is accepted only for loopback hosts (127.0.0.0/8, ::1, localhost)",
            );
        }
        let path = path.trim_end_matches('/');
        if path.ends_with("/v1") {
            return problem(
                "invalid_url",
                "must not end with /v1: the client adds the /v1 prefix itself",
            );
        }
        Ok(Self {
            prefix: format!("{scheme}://{}{path}", authority.to_ascii_lowercase()),
        })
    }

    /// The full URL of `path` (which starts with `/`, e.g. `/v1/sessions/payment-token`).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.prefix)
    }

    /// The base URL as configured (normalised, no trailing `/`).
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

/// The lower-cased host of `host[:port]` or `[v6][:port]`, if both parts are well formed.
fn host_of(authority: &str) -> Option<String> {
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6.split_once(']')?;
        if host.is_empty()
            || !host
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return None;
        }
        let port = match after {
            "" => None,
            other => Some(other.strip_prefix(':')?),
        };
        (format!("[{}]", host.to_ascii_lowercase()), port)
    } else {
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        let valid = !host.is_empty()
            && host
                .split('.')
                .all(|label| !label.is_empty() && label.len() <= 63)
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if !valid {
            return None;
        }
        (host.to_ascii_lowercase(), port)
    };
    if let Some(port) = port {
        let valid = !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
        if !valid
            || port
                .parse::<u32>()
                .ok()
                .filter(|p| (1..=65535).contains(p))
                .is_none()
        {
            return None;
        }
    }
    Some(host)
}

/// Whether a (lower-cased) host is loopback: `localhost`, 127.0.0.0/8 or `[::1]`.
fn is_loopback(host: &str) -> bool {
    if host == "localhost" || host == "[::1]" || host == "[0:0:0:0:0:0:0:1]" {
        return true;
    }
    let octets: Vec<&str> = host.split('.').collect();
    octets.len() == 4
        && octets.first() == Some(&"127")
        && octets
            .iter()
            .all(|o| !o.is_empty() && o.len() <= 3 && o.parse::<u8>().is_ok())
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
            .map(|p| p.code)
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
        assert_eq!(code("http://127.0.0.256"), "insecure_url");
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
            "https://x.example:",
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
