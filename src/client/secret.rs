//! A string that must never be printed: client secrets and access tokens.

use std::fmt;

/// A secret string. `Debug` prints `Secret(<redacted>)`; there is no `Display` and no `Serialize`,
/// so a secret cannot end up in a message or a serialised error by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for building the one header that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// Replaces every occurrence of each secret in `text` with `[REDACTED]`.
///
/// Used on every piece of outside text (transport error messages, response bodies) before it
/// becomes part of an error, so a custom `fetch` or a server echoing a header cannot leak one.
pub fn redact(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_owned();
    for secret in secrets.iter().filter(|s| s.len() >= 4) {
        if out.contains(secret) {
            out = out.replace(secret, "[REDACTED]");
        }
    }
    out
}

/// [`redact`] applied to every string inside a JSON value (keys and values).
pub fn redact_json(value: &serde_json::Value, secrets: &[&str]) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(redact(s, secrets)),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| redact_json(v, secrets)).collect())
        }
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (redact(k, secrets), redact_json(v, secrets)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let secret = Secret::new("s3cr3t-value");
        assert_eq!(format!("{secret:?}"), "Secret(<redacted>)");
        assert_eq!(
            format!("{:?}", Some(secret.clone())),
            "Some(Secret(<redacted>))"
        );
        assert_eq!(secret.expose(), "s3cr3t-value");
    }

    #[test]
    fn redact_replaces_every_occurrence() {
        assert_eq!(
            redact("a s3cr3t b s3cr3t", &["s3cr3t"]),
            "a [REDACTED] b [REDACTED]"
        );
        assert_eq!(redact("nothing here", &["s3cr3t"]), "nothing here");
        // Too short to be a real secret: replacing would mangle ordinary text.
        assert_eq!(redact("a b c", &["a"]), "a b c");
    }

    #[test]
    fn redact_json_walks_keys_and_values() {
        let value = serde_json::json!({"tok-12345": ["x tok-12345 y", 1, {"k": "tok-12345"}]});
        let out = redact_json(&value, &["tok-12345"]);
        assert_eq!(
            out,
            serde_json::json!({"[REDACTED]": ["x [REDACTED] y", 1, {"k": "[REDACTED]"}]})
        );
    }
}
