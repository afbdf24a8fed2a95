//! Client configuration, read and checked from the options object users pass.

use super::base_url::BaseUrl;
use super::options::{options_not_an_object, LOG_LEVELS};
use super::retry::{RetryPolicy, DEFAULT_MAX_RETRIES};
use super::secret::Secret;
use super::system_headers::read_system_option;
use crate::error::Error;
use crate::json_pointer::JsonPointer;
use crate::model::SystemInfo;
use crate::validate::IssueCode;
use crate::validate::ValidationIssue;
use serde_json::{Map, Value};

/// Default per-attempt timeout.
pub const DEFAULT_TIMEOUT_MS: u64 = 30_000;
/// Largest accepted per-attempt timeout (10 minutes).
pub const MAX_TIMEOUT_MS: u64 = 600_000;
/// Largest accepted `maxRetries`.
pub const MAX_MAX_RETRIES: u32 = 10;

/// How the client authenticates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credentials {
    /// OAuth client credentials: the client fetches and caches access tokens itself.
    ClientCredentials {
        /// The client id (not secret).
        client_id: String,
        /// The client secret.
        client_secret: Secret,
    },
    /// A ready access token; the token endpoint is never called.
    AccessToken(Secret),
}

/// Everything the client needs, checked. `Debug` never shows the secret or the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientConfig {
    /// `T` (test) or `P` (production) and 8 digits; required with client credentials.
    pub account_id: Option<String>,
    /// Client credentials or an access token.
    pub credentials: Credentials,
    /// Where requests go.
    pub base_url: BaseUrl,
    /// Per-attempt timeout.
    pub timeout_ms: u64,
    /// Retries and backoff.
    pub retry: RetryPolicy,
    /// `Dintero-System-*` headers.
    pub system: SystemInfo,
    /// The `strict` option: validation warnings block a request like errors.
    pub strict: bool,
    /// Whether events (hooks) may carry request and response bodies (`hookBodies`; never those
    /// of the token endpoint).
    pub hook_bodies: bool,
}

/// What one request runs with: the client's timeout and retries, or the call's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Per-attempt timeout.
    pub timeout_ms: u64,
    /// Retries and backoff.
    pub retry: RetryPolicy,
}

/// Per-call `timeoutMs` and `maxRetries`, overriding the client's (same ranges).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CallOptions {
    /// Per-attempt timeout for this call.
    pub timeout_ms: Option<u64>,
    /// Retries for this call.
    pub max_retries: Option<u32>,
}

/// What the client knows about where it runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Environment {
    /// A browser-like global scope (`window` and `document` exist).
    pub browser_like: bool,
}

impl ClientConfig {
    /// Reads the JSON options (the keys of [`super::options::CLIENT_OPTIONS`] that hold data; the
    /// wasm layer has reported unknown keys and checks the functions) and reports every problem
    /// at once as [`Error::invalid_options`]. Messages never repeat secret values.
    pub fn from_options(options: &Value, environment: Environment) -> Result<Self, Error> {
        let root = JsonPointer::root();
        let empty = Map::new();
        let mut issues = Vec::new();
        let options = match options {
            Value::Object(map) => map,
            Value::Null => &empty,
            _ => {
                issues.push(options_not_an_object());
                return Err(Error::invalid_options(issues));
            }
        };
        let mut reader = Reader {
            options,
            issues: &mut issues,
        };
        let account_id = reader.string("accountId");
        if let Some(id) = &account_id {
            if !is_account_id(id) {
                reader.error(
                    "accountId",
                    IssueCode::InvalidAccountId,
                    "must be `T` (test) or `P` (production) followed by 8 digits, e.g. T11223344",
                );
            }
        }
        let client_id = reader.string("clientId");
        let client_secret = reader.secret("clientSecret");
        let access_token = reader.secret("accessToken");
        let credentials =
            reader.credentials(client_id, client_secret, access_token, account_id.is_some());

        let base_url = match reader.string("baseUrl") {
            None => Some(BaseUrl::default()),
            Some(url) => match BaseUrl::parse(&url) {
                Ok(url) => Some(url),
                Err(problem) => {
                    reader.error("baseUrl", problem.code, &problem.message);
                    None
                }
            },
        };
        let timeout_ms = reader.timeout_ms().unwrap_or(DEFAULT_TIMEOUT_MS);
        let max_retries = reader.max_retries().unwrap_or(DEFAULT_MAX_RETRIES);
        let system = match options.get("system") {
            None | Some(Value::Null) => SystemInfo::default(),
            Some(value) => {
                let (system, problems) = read_system_option(value, &root.key("system"));
                reader.issues.extend(problems);
                system
            }
        };
        let allow_browser = reader.boolean("dangerouslyAllowBrowser").unwrap_or(false);
        let hook_bodies = reader.boolean("hookBodies").unwrap_or(false);
        if let Some(level) = reader.string("logLevel") {
            if !LOG_LEVELS.contains(&level.as_str()) {
                reader.error(
                    "logLevel",
                    IssueCode::InvalidValue,
                    &format!("must be one of {}", LOG_LEVELS.join(", ")),
                );
            }
        }
        let strict = reader.boolean("strict").unwrap_or(false);
        if environment.browser_like
            && !allow_browser
            && matches!(credentials, Some(Credentials::ClientCredentials { .. }))
        {
            reader.error(
                "clientSecret",
                IssueCode::BrowserEnvironment,
                "a client secret must never be shipped to a browser, where anyone can read it: create sessions on your \
                 server (or pass `dangerouslyAllowBrowser: true` if this is not really a browser)",
            );
        }

        match (credentials, base_url) {
            (Some(credentials), Some(base_url))
                if !issues.iter().any(ValidationIssue::is_error) =>
            {
                Ok(Self {
                    account_id,
                    credentials,
                    base_url,
                    timeout_ms,
                    retry: RetryPolicy {
                        max_retries,
                        ..RetryPolicy::default()
                    },
                    system,
                    hook_bodies,
                    strict,
                })
            }
            _ => Err(Error::invalid_options(issues)),
        }
    }

    /// The settings of a call: its own `timeoutMs` / `maxRetries` where given, else the client's.
    pub fn settings(&self, call: &CallOptions) -> Settings {
        Settings {
            timeout_ms: call.timeout_ms.unwrap_or(self.timeout_ms),
            retry: RetryPolicy {
                max_retries: call.max_retries.unwrap_or(self.retry.max_retries),
                ..self.retry
            },
        }
    }
}

impl CallOptions {
    /// No per-call settings: the client's apply.
    pub const NONE: Self = Self {
        timeout_ms: None,
        max_retries: None,
    };

    /// Reads `{ timeoutMs?, maxRetries? }` (other keys are the caller's business) with the
    /// ranges of the client options; every problem is reported at once as `invalid_options`.
    pub fn from_options(options: &Value) -> Result<Self, Error> {
        let empty = Map::new();
        let options = match options {
            Value::Object(map) => map,
            _ => &empty,
        };
        let mut issues = Vec::new();
        let mut reader = Reader {
            options,
            issues: &mut issues,
        };
        let call = Self {
            timeout_ms: reader.timeout_ms(),
            max_retries: reader.max_retries(),
        };
        if issues.is_empty() {
            Ok(call)
        } else {
            Err(Error::invalid_options(issues))
        }
    }
}

/// Whether `id` looks like a Dintero account id: `T` or `P` and exactly 8 digits.
pub fn is_account_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('T' | 'P')) && id.len() == 9 && chars.all(|c| c.is_ascii_digit())
}

struct Reader<'a> {
    options: &'a Map<String, Value>,
    issues: &'a mut Vec<ValidationIssue>,
}

impl Reader<'_> {
    fn error(&mut self, key: &str, code: IssueCode, message: &str) {
        self.issues.push(ValidationIssue::error(
            JsonPointer::root().key(key).as_str(),
            code,
            message,
        ));
    }

    /// The option if present (`null` counts as absent), `Err` if present with another type.
    fn present(&mut self, key: &str, expected: &str, accept: fn(&Value) -> bool) -> Option<&Value> {
        let options = self.options;
        match options.get(key) {
            None | Some(Value::Null) => None,
            Some(value) if accept(value) => Some(value),
            Some(_) => {
                self.error(key, IssueCode::InvalidType, &format!("must be {expected}"));
                None
            }
        }
    }

    fn string(&mut self, key: &str) -> Option<String> {
        let value = self
            .present(key, "a string", Value::is_string)?
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if value.is_empty() {
            self.error(key, IssueCode::EmptyValue, "must not be empty");
            return None;
        }
        Some(value)
    }

    /// A secret string: checked like a header value, never quoted in messages.
    fn secret(&mut self, key: &str) -> Option<Secret> {
        let value = self.string(key)?;
        if value.chars().any(|c| c.is_control() || !c.is_ascii()) || value.trim() != value {
            self.error(
                key,
                IssueCode::InvalidCharacters,
                "must be printable ASCII without leading or trailing spaces",
            );
            return None;
        }
        Some(Secret::new(value))
    }

    fn integer(&mut self, key: &str, min: u64, max: u64) -> Option<u64> {
        let value = self.present(key, "a number", Value::is_number)?;
        match value.as_u64().filter(|n| (min..=max).contains(n)) {
            Some(n) => Some(n),
            None => {
                self.error(
                    key,
                    IssueCode::OutOfRange,
                    &format!("must be a whole number from {min} to {max}"),
                );
                None
            }
        }
    }

    /// `timeoutMs`: 1 to [`MAX_TIMEOUT_MS`].
    fn timeout_ms(&mut self) -> Option<u64> {
        self.integer("timeoutMs", 1, MAX_TIMEOUT_MS)
    }

    /// `maxRetries`: 0 to [`MAX_MAX_RETRIES`].
    fn max_retries(&mut self) -> Option<u32> {
        self.integer("maxRetries", 0, u64::from(MAX_MAX_RETRIES))
            .map(|n| n as u32)
    }

    fn boolean(&mut self, key: &str) -> Option<bool> {
        self.present(key, "a boolean", Value::is_boolean)
            .and_then(Value::as_bool)
    }

    fn credentials(
        &mut self,
        client_id: Option<String>,
        client_secret: Option<Secret>,
        access_token: Option<Secret>,
        has_account_id: bool,
    ) -> Option<Credentials> {
        let has_client_credentials = client_id.is_some() || client_secret.is_some();
        if let Some(token) = access_token {
            if has_client_credentials {
                self.error(
                    "accessToken",
                    IssueCode::ConflictingOptions,
                    "pass either `accessToken` or `clientId` + `clientSecret`, not both",
                );
                return None;
            }
            if token.expose().to_ascii_lowercase().starts_with("bearer ") {
                self.error(
                    "accessToken",
                    IssueCode::InvalidFormat,
                    "pass the token itself, without the `Bearer ` prefix",
                );
                return None;
            }
            return Some(Credentials::AccessToken(token));
        }
        if self.issues.iter().any(|i| i.path == "/accessToken") {
            return None;
        }
        match (client_id, client_secret) {
            (Some(client_id), Some(client_secret)) => {
                if client_id.contains(':') || client_id.chars().any(char::is_control) {
                    self.error(
                        "clientId",
                        IssueCode::InvalidCharacters,
                        "must not contain `:` or control characters (HTTP Basic auth)",
                    );
                    return None;
                }
                if !has_account_id && !self.issues.iter().any(|i| i.path == "/accountId") {
                    self.error(
                        "accountId",
                        IssueCode::Required,
                        "`accountId` is required with `clientId` and `clientSecret`",
                    );
                }
                Some(Credentials::ClientCredentials {
                    client_id,
                    client_secret,
                })
            }
            (None, Some(_)) => {
                if !self.issues.iter().any(|i| i.path == "/clientId") {
                    self.error(
                        "clientId",
                        IssueCode::Required,
                        "`clientId` is required with `clientSecret`",
                    );
                }
                None
            }
            (Some(_), None) => {
                if !self.issues.iter().any(|i| i.path == "/clientSecret") {
                    self.error(
                        "clientSecret",
                        IssueCode::Required,
                        "`clientSecret` is required with `clientId`",
                    );
                }
                None
            }
            (None, None) => {
                if !self
                    .issues
                    .iter()
                    .any(|i| i.path == "/clientId" || i.path == "/clientSecret")
                {
                    self.error(
                        "clientId",
                        IssueCode::Required,
                        "pass `clientId` + `clientSecret` (and `accountId`), or `accessToken`",
                    );
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SECRET: &str = "cs-very-secret-value";

    fn parse(options: Value) -> Result<ClientConfig, Error> {
        ClientConfig::from_options(&options, Environment::default())
    }

    fn codes(options: Value) -> Vec<(String, String)> {
        match parse(options) {
            Ok(config) => panic!("accepted: {config:?}"),
            Err(error) => {
                assert!(!error.message.contains(SECRET), "{}", error.message);
                error.issues.into_iter().map(|i| (i.path, i.code)).collect()
            }
        }
    }

    fn pair(path: &str, code: &str) -> (String, String) {
        (path.to_owned(), code.to_owned())
    }

    #[test]
    fn reads_client_credentials_with_defaults() {
        let config =
            parse(json!({"accountId": "T11223344", "clientId": "id", "clientSecret": SECRET}))
                .unwrap();
        assert_eq!(config.account_id.as_deref(), Some("T11223344"));
        assert_eq!(
            config.credentials,
            Credentials::ClientCredentials {
                client_id: "id".into(),
                client_secret: Secret::new(SECRET)
            }
        );
        assert_eq!(config.base_url.as_str(), "https://checkout.dintero.com");
        assert_eq!(config.timeout_ms, DEFAULT_TIMEOUT_MS);
        assert_eq!(config.retry.max_retries, 2);
        assert_eq!(config.system, SystemInfo::default());
    }

    #[test]
    fn reads_every_option() {
        let config = parse(json!({
            "accessToken": "tok", "baseUrl": "http://127.0.0.1:4010/", "timeoutMs": 1500, "maxRetries": 0,
            "system": {"name": "shop", "version": "1.2", "pluginName": "p", "pluginVersion": "3"}, "accountId": null
        }))
        .unwrap();
        assert_eq!(
            config.credentials,
            Credentials::AccessToken(Secret::new("tok"))
        );
        assert_eq!(config.account_id, None);
        assert_eq!(config.base_url.as_str(), "http://127.0.0.1:4010");
        assert_eq!((config.timeout_ms, config.retry.max_retries), (1500, 0));
        assert_eq!(config.system.headers().len(), 4);
    }

    #[test]
    fn debug_output_never_contains_the_secret() {
        let config =
            parse(json!({"accountId": "T11223344", "clientId": "id", "clientSecret": SECRET}))
                .unwrap();
        let printed = format!("{config:?} {config:#?}");
        assert!(!printed.contains(SECRET), "{printed}");
        assert!(printed.contains("T11223344"));
        let token = parse(json!({"accessToken": SECRET})).unwrap();
        assert!(!format!("{token:?}").contains(SECRET));
    }

    #[test]
    fn reports_missing_and_conflicting_credentials() {
        assert_eq!(codes(json!({})), [pair("/clientId", "required")]);
        assert_eq!(codes(Value::Null), [pair("/clientId", "required")]);
        assert_eq!(
            codes(json!({"clientId": "id", "clientSecret": SECRET})),
            [pair("/accountId", "required")]
        );
        assert_eq!(
            codes(json!({"accountId": "T11223344", "clientSecret": SECRET})),
            [pair("/clientId", "required")]
        );
        assert_eq!(
            codes(json!({"accountId": "T11223344", "clientId": "id"})),
            [pair("/clientSecret", "required")]
        );
        assert_eq!(
            codes(json!({"accessToken": SECRET, "clientId": "id", "clientSecret": SECRET})),
            [pair("/accessToken", "conflicting_options")]
        );
        assert_eq!(
            codes(json!({"accessToken": format!("Bearer {SECRET}")})),
            [pair("/accessToken", "invalid_format")]
        );
        assert_eq!(
            codes(json!({"accessToken": format!("{SECRET}\n")})),
            [pair("/accessToken", "invalid_characters")]
        );
        assert_eq!(
            codes(json!({"accountId": "T11223344", "clientId": "a:b", "clientSecret": SECRET})),
            [pair("/clientId", "invalid_characters")]
        );
    }

    #[test]
    fn reports_every_bad_option_at_once() {
        let issues = codes(json!({
            "accountId": "X123", "clientId": 5, "clientSecret": SECRET, "baseUrl": "http://example.com",
            "timeoutMs": 0, "maxRetries": 11, "dangerouslyAllowBrowser": "yes"
        }));
        assert_eq!(
            issues,
            [
                pair("/accountId", "invalid_account_id"),
                pair("/clientId", "invalid_type"),
                pair("/baseUrl", "insecure_url"),
                pair("/timeoutMs", "out_of_range"),
                pair("/maxRetries", "out_of_range"),
                pair("/dangerouslyAllowBrowser", "invalid_type"),
            ]
        );
        assert_eq!(codes(json!("T11223344")), [pair("", "invalid_type")]);
        assert_eq!(
            codes(json!({"accessToken": "t", "timeoutMs": 1.5})),
            [pair("/timeoutMs", "out_of_range")]
        );
        assert_eq!(
            codes(json!({"accessToken": "t", "clientSecret": ""})),
            [pair("/clientSecret", "empty_value")]
        );
    }

    #[test]
    fn account_ids_are_t_or_p_and_eight_digits() {
        for good in ["T11223344", "P00000000"] {
            assert!(is_account_id(good), "{good}");
        }
        for bad in [
            "",
            "T1122334",
            "T112233445",
            "t11223344",
            "X11223344",
            "T1122334a",
            "T１1223344",
        ] {
            assert!(!is_account_id(bad), "{bad}");
        }
    }

    #[test]
    fn refuses_a_client_secret_in_a_browser_unless_allowed() {
        let options = json!({"accountId": "T11223344", "clientId": "id", "clientSecret": SECRET});
        let browser = Environment { browser_like: true };
        let error = ClientConfig::from_options(&options, browser).unwrap_err();
        assert_eq!(
            error.issues.first().map(|i| i.code.as_str()),
            Some("browser_environment")
        );
        assert!(!error.message.contains(SECRET));
        let mut allowed = options.clone();
        allowed["dangerouslyAllowBrowser"] = json!(true);
        assert!(ClientConfig::from_options(&allowed, browser).is_ok());
        // An access token alone is not refused (it expires; the secret does not).
        assert!(ClientConfig::from_options(&json!({"accessToken": "t"}), browser).is_ok());
    }
}
