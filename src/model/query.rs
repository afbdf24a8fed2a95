//! Query parameters of `POST /v1/sessions/payment-token`.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Query parameters of `POST /v1/sessions/payment-token`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
pub struct PaymentTokenSessionQuery {
    /// Include all details about the created session (`session` in the response).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_session: Option<bool>,
}

impl PaymentTokenSessionQuery {
    /// The `(name, value)` pairs to append to the URL, for the parameters that are set.
    pub fn pairs(&self) -> Vec<(&'static str, &'static str)> {
        match self.include_session {
            Some(true) => vec![("include_session", "true")],
            Some(false) => vec![("include_session", "false")],
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_only_emitted_when_set() {
        assert!(PaymentTokenSessionQuery::default().pairs().is_empty());
        let query = PaymentTokenSessionQuery {
            include_session: Some(true),
        };
        assert_eq!(query.pairs(), vec![("include_session", "true")]);
        let query = PaymentTokenSessionQuery {
            include_session: Some(false),
        };
        assert_eq!(query.pairs(), vec![("include_session", "false")]);
    }
}
