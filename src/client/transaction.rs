//! `GET /v1/transactions/{id}` with the card tokens included: the query of the call
//! ([`super::endpoint::GET_TRANSACTION`] declares the rest).

/// The query: `includes` repeated (Swagger `collectionFormat: multi`).
pub const CARD_TOKENS_QUERY: &str = "?includes=card.payment_token&includes=card.recurrence_token";

#[cfg(test)]
mod tests {
    use super::super::endpoint::GET_TRANSACTION;
    use super::*;

    #[test]
    fn builds_the_path_with_both_includes() {
        assert_eq!(
            GET_TRANSACTION
                .path_for(Some("T1.x"), CARD_TOKENS_QUERY)
                .unwrap(),
            "/v1/transactions/T1.x?includes=card.payment_token&includes=card.recurrence_token"
        );
    }

    #[test]
    fn checks_the_body() {
        let check = |body: &str| GET_TRANSACTION.check_answer(body.to_owned());
        assert!(check(r#"{"id":"T1.x","card":{"payment_token":"pt"}}"#).is_ok());
        for bad in ["", "[]", "{}", r#"{"id":3}"#] {
            assert_eq!(
                check(bad),
                Err("expected a JSON object with a string `id`"),
                "{bad}"
            );
        }
    }
}
