//! What Dintero appends to `return_url` when it sends the shopper back. Not signed: anyone can
//! open that URL, so read the transaction (`getPaymentToken`) before acting on it.

use super::form_urlencoded;
use serde::Serialize;
use tsify::Tsify;

/// The parameters of a `return_url` redirect, each `null` when absent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DinteroReturn {
    /// `transaction_id`: set when the card was registered. Not proof of anything until
    /// `getPaymentToken(transactionId)` confirms it.
    #[tsify(type = "string | null")]
    pub transaction_id: Option<String>,
    /// `merchant_reference`: your order's reference.
    #[tsify(type = "string | null")]
    pub merchant_reference: Option<String>,
    /// `error`: `cancelled` (the shopper cancelled), `authorization` (the shopper failed to authorise),
    /// `failed` (Dintero rejected it or an error occurred), or another code kept as sent.
    #[tsify(type = "string | null")]
    pub error: Option<String>,
}

/// The parameter names read.
pub const RETURN_PARAMETERS: [&str; 3] = ["transaction_id", "merchant_reference", "error"];

/// The return parameters among `pairs` (the query's, decoded; see [`form_urlencoded::parse`]).
pub fn read_return_url(pairs: &[(String, String)]) -> DinteroReturn {
    let get = |name: &str| form_urlencoded::first(pairs, name);
    DinteroReturn {
        transaction_id: get("transaction_id"),
        merchant_reference: get("merchant_reference"),
        error: get("error"),
    }
}
