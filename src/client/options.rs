//! The options of every public function, declared once: [`option_set!`] gives each set's
//! TypeScript interface (tsify, with these doc comments) and the list of names the wasm layer
//! accepts for it (src/wasm/options.rs reads every options object against these lists; the JS
//! wrapper keeps no copy).

use crate::json_pointer::JsonPointer;
use crate::validate::suggest::closest;
use crate::validate::{IssueCode, ValidationIssue};
use tsify::Tsify;

/// Declares a set of options: a struct that exists for its TypeScript interface (each field's
/// type is given as TypeScript; `optional` makes it `name?:`; `extends` adds a parent set's
/// options) and `$list`, the names of its own options. Values are read by the wasm layer.
macro_rules! option_set {
    (
        $(#[$meta:meta])*
        $name:ident $(extends $parent:ident)? => $list:ident {
            $( $(#[$field_meta:meta])* $field:ident: $ts:literal $($optional:ident)?; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Tsify)]
        #[allow(non_snake_case, dead_code)]
        pub struct $name {
            $( #[serde(flatten)] parent: $parent, )?
            $( $(#[$field_meta])* #[tsify(type = $ts $(, $optional)?)] $field: (), )*
        }

        #[doc = concat!("The names of the options [`", stringify!($name), "`] declares itself.")]
        pub const $list: &[&str] = &[$(stringify!($field)),*];
    };
}
pub(crate) use option_set;

option_set! {
    /// Per-call settings, overriding the client's for one call (same ranges).
    DinteroRequestSettings => REQUEST_SETTINGS {
        /// Timeout of each HTTP attempt of this call in milliseconds (1 – 600000).
        timeoutMs: "number" optional;
        /// Retries after the first attempt for this call (0 – 10).
        maxRetries: "number" optional;
    }
}

option_set! {
    /// Options of one {@link DinteroClient.createPaymentTokenSession} call.
    CreatePaymentTokenSessionOptions extends DinteroRequestSettings => CREATE_OWN_OPTIONS {
        /// Ask Dintero to include the full session in the answer (`?include_session=true`).
        includeSession: "boolean" optional;
        /// Aborts the call at once, whatever it is waiting for; it then rejects with {@link DinteroAbortError}.
        signal: "AbortSignal" optional;
    }
}

option_set! {
    /// Options of one {@link DinteroClient.getPaymentToken} call.
    GetPaymentTokenOptions extends DinteroRequestSettings => GET_OWN_OPTIONS {
        /// Aborts the call at once; it then rejects with {@link DinteroAbortError}.
        signal: "AbortSignal" optional;
    }
}

option_set! {
    /// Options of one {@link DinteroClient.payWithToken} call.
    PayWithTokenOptions extends DinteroRequestSettings => PAY_OWN_OPTIONS {
        /// The `Dintero-Feature-Toggles` header sent with the charge. Default
        /// `"strict-merchant-reference"`: Dintero refuses a second session with the same
        /// `merchant_reference`, so repeating a request that may have reached Dintero is harmless
        /// and the client may retry it. With `"strict-success-merchant-reference"` (only a
        /// reference authorized before is refused) or `"none"`, a request that may have reached
        /// Dintero is never repeated. Either way, after such a failure the client looks the
        /// reference up instead of guessing.
        featureToggle: "\"strict-merchant-reference\" | \"strict-success-merchant-reference\" | \"none\"" optional;
        /// Aborts the call at once; it then rejects with {@link DinteroAbortError} (a charge may
        /// still have happened: look the reference up).
        signal: "AbortSignal" optional;
    }
}

option_set! {
    /// Options of one {@link DinteroClient.deletePaymentToken} call.
    DeletePaymentTokenOptions extends DinteroRequestSettings => DELETE_OWN_OPTIONS {
        /// Why the token is deleted (at most 128 characters), sent as `reason`.
        reason: "string" optional;
        /// Who asks for the deletion: `"CARDHOLDER"` or `"MERCHANT"` (Dintero's default).
        requestor: "\"CARDHOLDER\" | \"MERCHANT\"" optional;
        /// Aborts the call at once; it then rejects with {@link DinteroAbortError}.
        signal: "AbortSignal" optional;
    }
}

option_set! {
    /// Options of `validatePaymentTokenSession`, `buildPaymentTokenSession` and
    /// `serializePaymentTokenSession`.
    ValidationOptions => VALIDATION_OWN_OPTIONS {
        /// Treat every warning as an error (its `severity` becomes `"error"` and its message says so).
        /// Off by default: warnings flag what is probably a mistake but Dintero accepts.
        strict: "boolean" optional;
    }
}

option_set! {
    /// Settings shared by both ways of authenticating. Unknown keys are rejected (typos are caught).
    DinteroClientBaseOptions => CLIENT_BASE_OPTIONS {
        /// API base URL, without `/v1`. Default `https://checkout.dintero.com`. Must be `https`;
        /// plain `http` is accepted only for loopback hosts (127.0.0.0/8, `::1`, `localhost`), e.g. a mock server.
        baseUrl: "string" optional;
        /// Timeout of each HTTP attempt in milliseconds (1 – 600000). Default 30000.
        timeoutMs: "number" optional;
        /// Retries after the first attempt (0 – 10). Default 2. Only network failures, timeouts and HTTP
        /// 408, 429, 500, 502, 503 and 504 are retried, with exponential backoff and jitter; `Retry-After`
        /// is honoured up to 60 s (longer: the error is thrown at once with `retryAfter`).
        maxRetries: "number" optional;
        /// A `fetch` implementation to use instead of the global one.
        fetch: "DinteroFetch" optional;
        /// Sent as the `Dintero-System-*` headers.
        system: "DinteroSystemOptions" optional;
        /// Treat validation warnings as errors: a request with any warning is refused with
        /// {@link DinteroValidationError} and nothing is sent. Default `false` (only requests Dintero
        /// would refuse, or sessions that could not work, are blocked).
        strict: "boolean" optional;
        /// Called before each attempt (token request included).
        /// @example onRequest: ({ method, path, attempt }) => metrics.increment("dintero.request", { path, attempt })
        onRequest: "DinteroHook<DinteroRequestEvent>" optional;
        /// Called for each complete response, any status.
        /// @example onResponse: ({ path, status, durationMs, requestId }) => span.setAttributes({ path, status, durationMs, requestId })
        onResponse: "DinteroHook<DinteroResponseEvent>" optional;
        /// Called when an attempt is retried, with the reason and the delay.
        /// @example onRetry: ({ path, attempt, reason, delayMs }) => log.warn(`retry ${attempt} of ${path}: ${reason}, in ${delayMs} ms`)
        onRetry: "DinteroHook<DinteroRetryEvent>" optional;
        /// Called once when a call fails (with a copy of the error it rejects with), and when one of your hooks
        /// or the logger throws or rejects (`kind: "hookError"`).
        onError: "DinteroHook<DinteroErrorEvent | DinteroHookErrorEvent>" optional;
        /// Adds bodies to `onRequest` / `onResponse` events (never the token request's). Default `false`.
        hookBodies: "boolean" optional;
        /// Where log lines go, e.g. `console`. Logging is off unless `logger` or `logLevel` is given.
        logger: "DinteroLogger" optional;
        /// Default `"info"` with a `logger`; `"off"` without (a `logLevel` alone logs to `console`).
        logLevel: "DinteroLogLevel" optional;
    }
}

option_set! {
    /// Authenticate with OAuth client credentials: the client fetches, caches and refreshes access tokens.
    DinteroClientCredentialsOptions extends DinteroClientBaseOptions => CREDENTIALS_OPTIONS {
        /// Your Dintero account id: `T` + 8 digits for test, `P` + 8 digits for production (e.g. `"T11223344"`).
        accountId: "string";
        /// The API client id.
        clientId: "string";
        /// The API client secret. Never shown in errors, logs, `util.inspect` or `JSON.stringify`.
        clientSecret: "string";
        /// Not with client credentials.
        accessToken: "never" optional;
        /// A client secret must never reach a browser. The constructor throws in a browser-like global
        /// (`window` and `document` exist) unless this is `true`.
        dangerouslyAllowBrowser: "boolean" optional;
    }
}

option_set! {
    /// Authenticate with an access token you obtained yourself; the token endpoint is never called.
    DinteroAccessTokenOptions extends DinteroClientBaseOptions => ACCESS_TOKEN_OPTIONS {
        /// A Dintero access token (without the `Bearer ` prefix). A 401 is not retried.
        accessToken: "string";
        /// Optional with an access token; checked when given.
        accountId: "string" optional;
        /// Not with an access token.
        clientId: "never" optional;
        /// Not with an access token.
        clientSecret: "never" optional;
        /// As with client credentials: the constructor throws in a browser-like global unless this is `true`.
        dangerouslyAllowBrowser: "boolean" optional;
    }
}

option_set! {
    /// Identifies your system to Dintero; sent as the `Dintero-System-*` headers (each ≤ 120 ASCII
    /// characters, no control characters).
    DinteroSystemOptions => SYSTEM_OPTIONS {
        /// `Dintero-System-Name`, e.g. `"woocommerce"`.
        name: "string" optional;
        /// `Dintero-System-Version`, e.g. `"5.4"`.
        version: "string" optional;
        /// `Dintero-System-Plugin-Name`, e.g. `"Dintero.Checkout.WooCommerce"`.
        pluginName: "string" optional;
        /// `Dintero-System-Plugin-Version`, e.g. `"2.3.4"`.
        pluginVersion: "string" optional;
    }
}

// Declared for its TypeScript union; `logLevel` is checked against [`LOG_LEVELS`] (a test keeps
// the two equal).
/// How much is logged: `debug` (every attempt and response), `info` (2xx responses), `warn`
/// (retries, failed hooks), `error` (failed calls), `off`.
#[derive(Tsify)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum DinteroLogLevel {
    Debug,
    Info,
    Warn,
    Error,
    Off,
}

/// Accepted `logLevel` values, most verbose first.
pub const LOG_LEVELS: [&str; 5] = ["debug", "info", "warn", "error", "off"];

/// A function's options: the lists of the sets it accepts (a name may be in several).
pub type OptionLists = &'static [&'static [&'static str]];

/// Options of `new DinteroClient(options)`.
pub const CLIENT_OPTIONS: OptionLists = &[
    CLIENT_BASE_OPTIONS,
    CREDENTIALS_OPTIONS,
    ACCESS_TOKEN_OPTIONS,
];

/// Options of one `DinteroClient.createPaymentTokenSession` call. The one-shot
/// `createPaymentTokenSession` takes these and [`CLIENT_OPTIONS`] in one object.
pub const CREATE_OPTIONS: OptionLists = &[CREATE_OWN_OPTIONS, REQUEST_SETTINGS];

/// Options of one `DinteroClient.getPaymentToken` call.
pub const GET_OPTIONS: OptionLists = &[GET_OWN_OPTIONS, REQUEST_SETTINGS];

/// Options of one `DinteroClient.payWithToken` call.
pub const PAY_OPTIONS: OptionLists = &[PAY_OWN_OPTIONS, REQUEST_SETTINGS];

/// Options of one `DinteroClient.deletePaymentToken` call.
pub const DELETE_OPTIONS: OptionLists = &[DELETE_OWN_OPTIONS, REQUEST_SETTINGS];

/// Options of `validatePaymentTokenSession`, `buildPaymentTokenSession` and
/// `serializePaymentTokenSession`.
pub const VALIDATION_OPTIONS: OptionLists = &[VALIDATION_OWN_OPTIONS];

/// Client options that are JS values rather than JSON data (functions, the logger).
pub const JS_VALUE_OPTIONS: &[&str] = &[
    "fetch",
    "onRequest",
    "onResponse",
    "onRetry",
    "onError",
    "logger",
];

/// The hooks: the event kind each receives, and its option name.
pub const HOOKS: [(&str, &str); 4] = [
    ("request", "onRequest"),
    ("response", "onResponse"),
    ("retry", "onRetry"),
    ("error", "onError"),
];

/// Whether `name` is one of the options of `lists`.
pub fn is_option(name: &str, lists: &[&[&str]]) -> bool {
    lists.iter().any(|list| list.contains(&name))
}

/// Every name of `lists`, each once, in order.
fn names(lists: &[&[&'static str]]) -> Vec<&'static str> {
    let mut names: Vec<&str> = Vec::new();
    for name in lists.iter().flat_map(|list| list.iter()) {
        if !names.contains(name) {
            names.push(name);
        }
    }
    names
}

/// The `unknown_option` issue for `key`, which is none of `lists`: it names the closest option
/// when one is near (`include_session` -> `includeSession`), else lists them all.
pub fn unknown_option(key: &str, lists: &[&[&'static str]]) -> ValidationIssue {
    let known = names(lists);
    let message = match closest(key, &known) {
        Some(name) => format!("unknown option `{key}`; did you mean `{name}`?"),
        None => format!(
            "unknown option `{key}`; known options: {}",
            known.join(", ")
        ),
    };
    ValidationIssue::error(
        JsonPointer::root().key(key).as_str(),
        IssueCode::UnknownOption,
        message,
    )
}

/// The issue for an options argument that is not an object (nor `undefined`/`null`).
pub fn options_not_an_object() -> ValidationIssue {
    ValidationIssue::error("", IssueCode::InvalidType, "options must be an object")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_options_name_the_closest_known_one_or_list_them_all() {
        let issue = unknown_option("include_session", CREATE_OPTIONS);
        assert_eq!(issue.path, "/include_session");
        assert_eq!(issue.code, "unknown_option");
        assert_eq!(
            issue.message,
            "unknown option `include_session`; did you mean `includeSession`?"
        );
        let issue = unknown_option("includeSession", GET_OPTIONS);
        assert_eq!(
            issue.message,
            "unknown option `includeSession`; known options: signal, timeoutMs, maxRetries"
        );
        assert_eq!(unknown_option("a/b", VALIDATION_OPTIONS).path, "/a~1b");
    }

    /// `(name, optional)` of each own member of the TypeScript interface in `decl`.
    fn typescript_members(decl: &str) -> Vec<(String, bool)> {
        decl.lines()
            .filter_map(|line| line.strip_prefix("    "))
            .filter(|line| !line.starts_with([' ', '/', '*']))
            .filter_map(|member| member.split_once(':'))
            .map(|(name, _)| (name.trim_end_matches('?').to_owned(), name.ends_with('?')))
            .collect()
    }

    fn assert_declared<T: Tsify>(list: &[&str], required: &[&str], parent: Option<&str>) {
        let expected: Vec<(String, bool)> = list
            .iter()
            .map(|name| (name.to_string(), !required.contains(name)))
            .collect();
        assert_eq!(typescript_members(T::DECL), expected, "{}", T::DECL);
        let extends = parent.map(|parent| format!(" extends {parent} {{"));
        assert_eq!(
            extends.is_some_and(|e| T::DECL.contains(&e)),
            parent.is_some(),
            "{}",
            T::DECL
        );
    }

    /// Each set's TypeScript interface declares exactly the names of its list (and extends its
    /// parent), so the names users see and the names the wasm layer accepts are one list.
    #[test]
    fn typescript_declares_each_list() {
        let settings = Some("DinteroRequestSettings");
        let base = Some("DinteroClientBaseOptions");
        assert_declared::<DinteroRequestSettings>(REQUEST_SETTINGS, &[], None);
        assert_declared::<CreatePaymentTokenSessionOptions>(CREATE_OWN_OPTIONS, &[], settings);
        assert_declared::<GetPaymentTokenOptions>(GET_OWN_OPTIONS, &[], settings);
        assert_declared::<ValidationOptions>(VALIDATION_OWN_OPTIONS, &[], None);
        assert_declared::<DinteroClientBaseOptions>(CLIENT_BASE_OPTIONS, &[], None);
        assert_declared::<DinteroClientCredentialsOptions>(
            CREDENTIALS_OPTIONS,
            &["accountId", "clientId", "clientSecret"],
            base,
        );
        assert_declared::<DinteroAccessTokenOptions>(ACCESS_TOKEN_OPTIONS, &["accessToken"], base);
        assert_declared::<DinteroSystemOptions>(SYSTEM_OPTIONS, &[], None);
    }

    #[test]
    fn the_log_level_union_is_the_list_of_levels() {
        let union: Vec<String> = LOG_LEVELS.iter().map(|l| format!("\"{l}\"")).collect();
        assert!(
            DinteroLogLevel::DECL.contains(&format!("= {};", union.join(" | "))),
            "{}",
            DinteroLogLevel::DECL
        );
    }

    /// The JS wrapper names no option: every options object goes to the wasm layer whole.
    #[test]
    fn the_js_wrapper_holds_no_option_names() {
        let sources = [
            include_str!("../../pkg-template/src/client.js"),
            include_str!("../../pkg-template/src/validation.js"),
            include_str!("../../pkg-template/src/hooks.js"),
            include_str!("../../pkg-template/src/plain-json.js"),
            include_str!("../../pkg-template/src/runtime.js"),
        ];
        let all = names(&[CLIENT_OPTIONS, CREATE_OPTIONS, VALIDATION_OPTIONS].concat());
        assert_eq!(all.len(), 20, "{all:?}");
        for name in all {
            for source in sources {
                for quoted in [
                    format!("\"{name}\""),
                    format!("'{name}'"),
                    format!(".{name}"),
                ] {
                    assert!(!source.contains(&quoted), "the JS wrapper names `{name}`");
                }
            }
        }
    }

    #[test]
    fn js_value_options_and_hooks_are_client_options() {
        for name in JS_VALUE_OPTIONS.iter().chain(HOOKS.iter().map(|(_, n)| n)) {
            assert!(is_option(name, CLIENT_OPTIONS), "{name}");
        }
    }
}
