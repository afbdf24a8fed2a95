//! The options of the verifiers and of `signCallback`, declared once ([`option_set!`]: the
//! TypeScript interface and the names the wasm layer accepts) and read here from the JSON the
//! wasm layer hands over. No message ever shows a secret.

use crate::client::{is_account_id, option_set, Secret};
use crate::json_pointer::JsonPointer;
use crate::validate::{IssueCode, ValidationIssue};
use serde_json::Value;
use tsify::Tsify;

/// Dintero's recommended tolerance between `t` and now, in seconds.
pub const DEFAULT_TOLERANCE_SECONDS: u64 = 300;
/// The largest `toleranceSeconds` accepted (one day).
pub const MAX_TOLERANCE_SECONDS: u64 = 86_400;
/// Most secrets accepted at once (rotation needs two).
pub const MAX_SECRETS: usize = 16;
/// Longest secret accepted, in bytes.
pub const MAX_SECRET_BYTES: usize = 1024;

option_set! {
    /// Options of {@link verifyCallback}.
    VerifyCallbackOptions => VERIFY_CALLBACK_OPTIONS {
        /// The account's signature secret (`signature.secret` of `POST /v1/admin/signature`), or several
        /// while you rotate it: the callback verifies if any of them matches. Never shown in errors or logs.
        secret: "string | string[]";
        /// Your Dintero account id, part of the signed text: `P` + 8 digits (production) or `T` + 8 digits (test).
        accountId: "string";
        /// The largest accepted difference between the signature's `t` and now, in seconds (0 – 86400).
        /// Default 300, Dintero's recommendation: long enough for clock drift and Dintero's delivery, short
        /// enough that a recorded callback cannot be replayed later.
        toleranceSeconds: "number" optional;
        /// The current time, for tests: a `Date` or epoch milliseconds. Default: now.
        now: "Date | number" optional;
    }
}

option_set! {
    /// Options of {@link verifyWebhook}.
    VerifyWebhookOptions => VERIFY_WEBHOOK_OPTIONS {
        /// The subscription's `config.secret`, or several while you rotate it. Never shown in errors or logs.
        secret: "string | string[]";
    }
}

option_set! {
    /// What {@link signCallback} signs, as Dintero would: for tests of your own callback handler.
    SignCallbackOptions => SIGN_CALLBACK_OPTIONS {
        /// The signature secret.
        secret: "string";
        /// The account id (`P…` or `T…`).
        accountId: "string";
        /// The absolute URL Dintero calls (your `callback_url` with the parameters Dintero appends).
        url: "string | URL";
        /// `GET` (default) or `POST`.
        method: "string" optional;
        /// When the signature is made: a `Date` or epoch milliseconds. Default: now.
        now: "Date | number" optional;
    }
}

/// Options of `verifyCallback`, read.
#[derive(Debug)]
pub struct CallbackOptions {
    /// Any of them may match.
    pub secrets: Vec<Secret>,
    /// `P…` or `T…`.
    pub account_id: String,
    /// Largest accepted `|now - t|`.
    pub tolerance_seconds: u64,
    /// The clock: epoch milliseconds.
    pub now_ms: f64,
}

/// Options of `verifyWebhook`, read.
#[derive(Debug)]
pub struct WebhookOptions {
    /// Any of them may match.
    pub secrets: Vec<Secret>,
}

/// Options of `signCallback`, read (the URL is read by the caller).
#[derive(Debug)]
pub struct SignOptions {
    /// The secret.
    pub secret: Secret,
    /// `P…` or `T…`.
    pub account_id: String,
    /// Upper-case method.
    pub method: String,
    /// When: epoch milliseconds.
    pub now_ms: f64,
}

impl CallbackOptions {
    /// Reads `json` (the options without `now`); problems go to `issues`.
    pub fn read(json: &Value, now_ms: f64, issues: &mut Vec<ValidationIssue>) -> Option<Self> {
        let secrets = read_secrets(json.get("secret"), issues);
        let account_id = read_account_id(json.get("accountId"), issues);
        let tolerance_seconds = match json.get("toleranceSeconds") {
            None | Some(Value::Null) => Some(DEFAULT_TOLERANCE_SECONDS),
            Some(value) => match value.as_f64() {
                Some(n)
                    if n.fract() == 0.0 && (0.0..=MAX_TOLERANCE_SECONDS as f64).contains(&n) =>
                {
                    Some(n as u64)
                }
                Some(_) => fail(
                    issues,
                    "toleranceSeconds",
                    IssueCode::OutOfRange,
                    "must be a whole number of seconds from 0 to 86400",
                ),
                None => fail(
                    issues,
                    "toleranceSeconds",
                    IssueCode::InvalidType,
                    "must be a number",
                ),
            },
        };
        Some(Self {
            secrets: secrets?,
            account_id: account_id?,
            tolerance_seconds: tolerance_seconds?,
            now_ms,
        })
    }
}

impl WebhookOptions {
    /// Reads `json`; problems go to `issues`.
    pub fn read(json: &Value, issues: &mut Vec<ValidationIssue>) -> Option<Self> {
        Some(Self {
            secrets: read_secrets(json.get("secret"), issues)?,
        })
    }
}

impl SignOptions {
    /// Reads `json` (the options without `now` and `url`); problems go to `issues`.
    pub fn read(json: &Value, now_ms: f64, issues: &mut Vec<ValidationIssue>) -> Option<Self> {
        let secret = match json.get("secret") {
            Some(Value::String(_)) => {
                read_secrets(json.get("secret"), issues).and_then(|mut secrets| secrets.pop())
            }
            None | Some(Value::Null) => fail(
                issues,
                "secret",
                IssueCode::Required,
                "`secret` is required",
            ),
            Some(_) => fail(issues, "secret", IssueCode::InvalidType, "must be a string"),
        };
        let account_id = read_account_id(json.get("accountId"), issues);
        let method = match json.get("method") {
            None | Some(Value::Null) => Some("GET".to_owned()),
            Some(Value::String(method)) => read_method(method, "/method", issues),
            Some(_) => fail(issues, "method", IssueCode::InvalidType, "must be a string"),
        };
        Some(Self {
            secret: secret?,
            account_id: account_id?,
            method: method?,
            now_ms,
        })
    }
}

/// `method` upper-cased if it is an HTTP token of at most 16 characters.
pub fn read_method(method: &str, path: &str, issues: &mut Vec<ValidationIssue>) -> Option<String> {
    let token = !method.is_empty()
        && method.len() <= 16
        && method
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if token {
        return Some(method.to_ascii_uppercase());
    }
    issues.push(ValidationIssue::error(
        path,
        IssueCode::InvalidValue,
        "not an HTTP method (e.g. `GET` or `POST`)",
    ));
    None
}

fn fail<T>(
    issues: &mut Vec<ValidationIssue>,
    name: &str,
    code: IssueCode,
    message: &str,
) -> Option<T> {
    issues.push(ValidationIssue::error(
        JsonPointer::root().key(name).as_str(),
        code,
        message,
    ));
    None
}

/// `secret`: a non-empty string or a non-empty array of them. Messages never show a value.
fn read_secrets(value: Option<&Value>, issues: &mut Vec<ValidationIssue>) -> Option<Vec<Secret>> {
    let items: Vec<(String, &Value)> = match value {
        None | Some(Value::Null) => {
            return fail(
                issues,
                "secret",
                IssueCode::Required,
                "`secret` is required (the signature secret)",
            )
        }
        Some(Value::Array(items)) if items.is_empty() => {
            return fail(
                issues,
                "secret",
                IssueCode::EmptyValue,
                "give at least one secret",
            )
        }
        Some(Value::Array(items)) if items.len() > MAX_SECRETS => {
            return fail(
                issues,
                "secret",
                IssueCode::OutOfRange,
                "give at most 16 secrets",
            )
        }
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(index, item)| (format!("/secret/{index}"), item))
            .collect(),
        Some(single) => vec![("/secret".to_owned(), single)],
    };
    let before = issues.len();
    let mut secrets = Vec::new();
    for (path, item) in items {
        match item {
            Value::String(text) if text.is_empty() => issues.push(ValidationIssue::error(
                path,
                IssueCode::EmptyValue,
                "the secret is empty",
            )),
            Value::String(text) if text.len() > MAX_SECRET_BYTES => {
                issues.push(ValidationIssue::error(
                    path,
                    IssueCode::OutOfRange,
                    "the secret is longer than 1024 bytes",
                ))
            }
            Value::String(text) => secrets.push(Secret::new(text.clone())),
            _ => issues.push(ValidationIssue::error(
                path,
                IssueCode::InvalidType,
                "a secret must be a string (or an array of strings)",
            )),
        }
    }
    (issues.len() == before).then_some(secrets)
}

fn read_account_id(value: Option<&Value>, issues: &mut Vec<ValidationIssue>) -> Option<String> {
    match value {
        Some(Value::String(id)) if is_account_id(id) => Some(id.clone()),
        Some(Value::String(_)) => fail(
            issues,
            "accountId",
            IssueCode::InvalidAccountId,
            "must be `P` (production) or `T` (test) followed by 8 digits, e.g. `P00000000`",
        ),
        None | Some(Value::Null) => fail(
            issues,
            "accountId",
            IssueCode::Required,
            "`accountId` is required (it is part of the signed text)",
        ),
        Some(_) => fail(
            issues,
            "accountId",
            IssueCode::InvalidType,
            "must be a string",
        ),
    }
}
