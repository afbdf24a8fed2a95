//! Santander configuration of a session.

use crate::model::{ConfigurationEntryType, Payability, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Santander configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SantanderConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Santander debit account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_account: Option<SantanderDebitAccountConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Santander debit account configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SantanderDebitAccountConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether the debit account product is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// The name of the chain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding_name: Option<String>,
    /// Debit accounts belonging to the customer's phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<SantanderDebitAccount>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A Santander debit account of the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SantanderDebitAccount {
    /// Token representing the account number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_number_token: Option<String>,
    /// The account number masked for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub masked_account_number: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
