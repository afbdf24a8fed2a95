//! `session.metadata`: the merchant's own key/value pairs stored with the session.
//!
//! - Values: the 2024 spec said strings only, but its own example has a number and the newer
//!   documentation page types them `string | number` (its example has `"ext_number_x": 1921`).
//!   We follow the documentation page: strings and numbers are accepted.
//! - At most 10 keys (2024 spec `maxProperties: 10`; the newer page does not contradict it): error.
//! - Reserved keys (newer documentation: `dintero`, `merchant`, `session`, ...): a **warning**.
//!   The documentation calls them reserved but does not say the request is refused; a key that
//!   only resembles one (another case, or `word:...` like Dintero's own `session:profile_id`) is
//!   flagged too, with a message that says so.
//! - The `ext_` prefix: the newer documentation says "We recommend that keys used are prefixed
//!   with `ext`" — a recommendation, so only a **warning**.
//! - Lengths: this endpoint's metadata documents none. The 128 (key) / 256 (value) limits come
//!   from Dintero's `StringMetadata` (captures, refunds); exceeding them is a **warning** that the
//!   data may be refused or cut elsewhere, not an error.

use super::codes::IssueCode;
use super::describe::quoted;
use super::expect::expect_object;
use super::node::Node;
use super::report::{Location, Report};

/// The most keys metadata may have.
const MAX_KEYS: usize = 10;
/// Key length (characters) above which a warning is given.
const MAX_KEY_CHARS: usize = 128;
/// Text value length (characters) above which a warning is given.
const MAX_VALUE_CHARS: usize = 256;
/// The recommended prefix of merchant keys.
const PREFIX: &str = "ext_";
/// Keys Dintero reserves.
const RESERVED: [&str; 16] = [
    "dintero",
    "merchant",
    "session",
    "event",
    "payout",
    "gateway",
    "bambora",
    "collector",
    "instabank",
    "klarna",
    "kravia",
    "netaxept",
    "payex",
    "santander",
    "swish",
    "vipps",
];

/// Checks the metadata object at `at`.
pub(super) fn check_metadata(value: &Node<'_>, at: &Location<'_>, report: &mut Report<'_>) {
    let Some(map) = expect_object(value, at, report) else {
        return;
    };
    let map = map.sorted();
    if map.len() > MAX_KEYS {
        report.add(
            IssueCode::TooManyMetadataKeys,
            at,
            format!(
                "metadata has {} keys; at most {MAX_KEYS} are allowed",
                map.len()
            ),
        );
    }
    for (key, value) in map {
        let key_at = at.key(key);
        if let Some(reserved) = reserved_word(key) {
            let message = if reserved == key {
                format!(
                    "the metadata key {} is reserved by Dintero (its value may be overwritten or refused); use e.g. `{PREFIX}{}`",
                    quoted(key),
                    short(key)
                )
            } else {
                format!(
                    "the metadata key {} resembles `{reserved}`, which Dintero reserves; use e.g. `{PREFIX}{}`",
                    quoted(key),
                    short(key)
                )
            };
            report.add(IssueCode::ReservedMetadataKey, &key_at, message);
        } else if !key.starts_with(PREFIX) {
            report.add(
                IssueCode::MetadataKeyNotPrefixed,
                &key_at,
                format!(
                    "Dintero recommends prefixing metadata keys with `{PREFIX}`, e.g. `{PREFIX}{}`",
                    short(key)
                ),
            );
        }
        if longer_than(key, MAX_KEY_CHARS) {
            report.add(
                IssueCode::MetadataKeyTooLong,
                &key_at,
                format!("the key is longer than {MAX_KEY_CHARS} characters; Dintero may refuse or cut it"),
            );
        }
        match value {
            Node::String(text) if longer_than(text, MAX_VALUE_CHARS) => report.add(
                IssueCode::MetadataValueTooLong,
                &key_at,
                format!("the value is longer than {MAX_VALUE_CHARS} characters; Dintero may refuse or cut it"),
            ),
            Node::String(_) | Node::Number => {}
            other => report.add(
                IssueCode::InvalidType,
                &key_at,
                format!("expected a string or a number, got {}", other.type_name()),
            ),
        }
    }
}

/// The reserved word `key` is or resembles: alone or as a `word:` namespace, in any case.
fn reserved_word(key: &str) -> Option<&'static str> {
    let word = key.split_once(':').map_or(key, |(before, _)| before);
    RESERVED
        .iter()
        .copied()
        .find(|reserved| reserved.eq_ignore_ascii_case(word))
}

/// Whether `text` has more than `limit` characters (counts at most `limit + 1`).
fn longer_than(text: &str, limit: usize) -> bool {
    text.len() > limit && text.chars().nth(limit).is_some()
}

/// A short form of `key` for examples in messages.
fn short(key: &str) -> String {
    key.chars()
        .filter(|c| !c.is_control() && *c != '`')
        .take(20)
        .collect()
}
