//! The customer of a session as Dintero returns it (spec `SessionCustomer` with `SessionRead.customer`).

use crate::model::open_enum::open_enum;
use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The customer of a session, with what Dintero adds when returning it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SessionCustomerDetails {
    /// Customer id in the merchant's system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// Customer email address. Example: `john.doe@example.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Customer phone number, ITU/E.123 format with international prefix. Example: `+4799999999`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// myDintero options the customer chose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub my_dintero: Option<MyDinteroUserCreation>,
    /// Gift cards preloaded for the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gift_cards: Option<CustomerGiftCards>,
    /// Ids of the payment tokens the session was created with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<CustomerTokens>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Options for myDintero.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct MyDinteroUserCreation {
    /// Actions to perform on the customer.
    pub actions: Vec<MyDinteroAction>,
    /// The terms and conditions accepted.
    pub terms: MyDinteroTerms,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// An action to perform on a myDintero customer.
    ts: open,
    pub enum MyDinteroAction {
        /// Create a myDintero user.
        CreateUser = "create_user",
    }
}

/// The myDintero terms and conditions accepted by the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct MyDinteroTerms {
    /// Id (UUID) of the myDintero terms and conditions.
    pub id: String,
    /// URL of the terms and conditions accepted. Example: `https://example.com/toc`.
    pub url: String,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Gift cards preloaded for the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CustomerGiftCards {
    /// Dintero Wallets cards the customer can use by entering the PIN (at most 1).
    #[serde(
        rename = "dintero.wallets",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dintero_wallets: Option<Vec<CustomerWalletCard>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A Dintero Wallets card preloaded for the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CustomerWalletCard {
    /// Id of the card.
    pub card_id: String,
    /// Masked card token, for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub masked_card_token: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Ids of the payment tokens a session was created with, per payment product type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CustomerTokens {
    /// Token of `payex.creditcard`.
    #[serde(
        rename = "payex.creditcard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payex_creditcard: Option<CustomerPaymentToken>,
    /// Token of `bambora.creditcard`.
    #[serde(
        rename = "bambora.creditcard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bambora_creditcard: Option<CustomerPaymentToken>,
    /// Token of `dintero_psp.creditcard` (2026 API).
    #[serde(
        rename = "dintero_psp.creditcard",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dintero_psp_creditcard: Option<CustomerPaymentToken>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// The id of a payment token a session was created with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CustomerPaymentToken {
    /// Id of the payment token, included when the session was created with a `payment_token` (read-only). Example: `2134a260d196b1d65e59b259dc43f619d7f0f3c6`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_token_id: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
