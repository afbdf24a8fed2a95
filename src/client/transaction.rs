//! `GET /v1/transactions/{id}` with the card tokens included.

use super::response_json::ResponseJson;

/// Longest accepted transaction id.
const MAX_TRANSACTION_ID_CHARS: usize = 200;

/// Whether `id` can be a Dintero transaction id: 1 to 200 of `A-Z a-z 0-9 . _ -`
/// (e.g. `T11223344.4XcQqcDx8XXuxCzN2wA2pz`). Anything else is refused before a request is made,
/// so an id can never change the request path or query.
pub fn is_transaction_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_TRANSACTION_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        && id != "."
        && id != ".."
}

/// The path and query: `includes` repeated (Swagger `collectionFormat: multi`).
pub fn transaction_path(id: &str) -> String {
    format!("/v1/transactions/{id}?includes=card.payment_token&includes=card.recurrence_token")
}

/// Checks a 2xx body: a JSON object with a string `id`. Kept as Dintero's exact text.
pub fn parse_transaction(body: String) -> Result<ResponseJson, &'static str> {
    ResponseJson::check(body, &["id"], false)
        .map_err(|_| "expected a JSON object with a string `id`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dintero_ids_only() {
        assert!(is_transaction_id("T11223344.4XcQqcDx8XXuxCzN2wA2pz"));
        assert!(is_transaction_id("P1-a_b"));
        for bad in [
            "",
            ".",
            "..",
            "a/b",
            "a?b",
            "a#b",
            "a b",
            "a%2F",
            "æ",
            &"x".repeat(201),
        ] {
            assert!(!is_transaction_id(bad), "{bad}");
        }
    }

    #[test]
    fn builds_the_path_with_both_includes() {
        assert_eq!(
            transaction_path("T1.x"),
            "/v1/transactions/T1.x?includes=card.payment_token&includes=card.recurrence_token"
        );
    }

    #[test]
    fn checks_the_body() {
        assert!(
            parse_transaction(r#"{"id":"T1.x","card":{"payment_token":"pt"}}"#.to_owned()).is_ok()
        );
        for bad in ["", "[]", "{}", r#"{"id":3}"#] {
            assert!(parse_transaction(bad.to_owned()).is_err(), "{bad}");
        }
    }
}
