//! The option names each public function accepts, declared once. The wasm layer reads every
//! options object against these lists (src/wasm/options.rs) and the JS wrapper keeps no copy;
//! a test checks them against the TypeScript declarations (pkg-template/types/client.d.ts).

use crate::json_pointer::JsonPointer;
use crate::validate::suggest::closest;
use crate::validate::{IssueCode, ValidationIssue};

/// Options of `new DinteroClient(options)`.
pub const CLIENT_OPTIONS: &[&str] = &[
    "accountId",
    "clientId",
    "clientSecret",
    "accessToken",
    "baseUrl",
    "timeoutMs",
    "maxRetries",
    "fetch",
    "system",
    "strict",
    "onRequest",
    "onResponse",
    "onRetry",
    "onError",
    "hookBodies",
    "logger",
    "logLevel",
    "dangerouslyAllowBrowser",
];

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

/// Options of one `DinteroClient.createPaymentTokenSession` call. The one-shot
/// `createPaymentTokenSession` takes these and [`CLIENT_OPTIONS`] in one object.
pub const CREATE_OPTIONS: &[&str] = &["includeSession", "signal", "timeoutMs", "maxRetries"];

/// Options of one `DinteroClient.getPaymentToken` call.
pub const GET_OPTIONS: &[&str] = &["signal", "timeoutMs", "maxRetries"];

/// Options of `validatePaymentTokenSession`, `buildPaymentTokenSession` and
/// `serializePaymentTokenSession`.
pub const VALIDATION_OPTIONS: &[&str] = &["strict"];

/// The `unknown_option` issue for `key`, which is not one of `known`: it names the closest known
/// option when one is near (`include_session` -> `includeSession`), else lists them all.
pub fn unknown_option(key: &str, known: &[&str]) -> ValidationIssue {
    let message = match closest(key, known) {
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
        let issue = unknown_option("retries", GET_OPTIONS);
        assert_eq!(
            issue.message,
            "unknown option `retries`; known options: signal, timeoutMs, maxRetries"
        );
        assert_eq!(unknown_option("a/b", VALIDATION_OPTIONS).path, "/a~1b");
    }

    /// The property names declared by `interface name` (and the interfaces it extends) in
    /// `source`, a TypeScript declaration file.
    fn interface_members(source: &str, name: &str) -> Vec<String> {
        let start = source
            .find(&format!("export interface {name} "))
            .unwrap_or_else(|| panic!("no interface {name}"));
        let rest = &source[start..];
        let header = &rest[..rest.find('{').unwrap()];
        let body = &rest[header.len() + 1..rest.find("\n}").unwrap()];
        let mut members: Vec<String> = body
            .lines()
            .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
            .filter_map(|line| line.trim().split(['?', ':']).next())
            .filter(|member| member.chars().all(|c| c.is_ascii_alphanumeric()))
            .map(str::to_owned)
            .collect();
        if let Some(parents) = header.split(" extends ").nth(1) {
            for parent in parents.split(',') {
                members.extend(interface_members(source, parent.trim()));
            }
        }
        members
    }

    fn sorted(names: impl IntoIterator<Item = impl ToString>) -> Vec<String> {
        let mut names: Vec<String> = names.into_iter().map(|n| n.to_string()).collect();
        names.sort();
        names.dedup();
        names
    }

    /// The hand-written TypeScript of the client declares exactly the options the wasm layer
    /// accepts, and `ValidationOptions` (tsify) exactly [`VALIDATION_OPTIONS`].
    #[test]
    fn typescript_declares_the_same_options() {
        let types = include_str!("../../pkg-template/types/client.d.ts");
        let client = [
            "DinteroClientCredentialsOptions",
            "DinteroAccessTokenOptions",
        ]
        .iter()
        .flat_map(|name| interface_members(types, name));
        assert_eq!(sorted(client), sorted(CLIENT_OPTIONS));
        assert_eq!(
            sorted(interface_members(types, "CreatePaymentTokenSessionOptions")),
            sorted(CREATE_OPTIONS)
        );
        assert_eq!(
            sorted(interface_members(types, "GetPaymentTokenOptions")),
            sorted(GET_OPTIONS)
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
        let names = CLIENT_OPTIONS
            .iter()
            .chain(CREATE_OPTIONS)
            .chain(VALIDATION_OPTIONS);
        for name in names {
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
            assert!(CLIENT_OPTIONS.contains(name), "{name}");
        }
    }
}
