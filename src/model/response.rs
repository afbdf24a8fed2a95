//! The 200 response of `POST /v1/sessions/payment-token` (spec `SessionCreated`).

use crate::model::{PublishMessage, Session, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The 200 response of `POST /v1/sessions/payment-token`: the created checkout session.
///
/// Send the customer to `url`. The token is not in this response: when the customer has entered
/// their payment details, read it from the transaction
/// (`GET /v1/transactions/{id}?includes=card.payment_token`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PaymentTokenSessionCreated {
    /// The id of the checkout session; it carries the account id prefix. Example: `T11223445.5cyWnV68vzJ1kYjZPrKWWm`.
    pub id: String,
    /// URL of the checkout page where the customer enters their payment details. Example: `https://checkout.test.dintero.com/v1/view/T11223445.5cyWnV68vzJ1kYjZPrKWWm`.
    pub url: String,
    /// Checkout messages published to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish: Option<Vec<PublishMessage>>,
    /// All details of the created session; present when requested with `include_session=true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
