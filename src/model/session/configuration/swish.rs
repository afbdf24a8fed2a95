//! Swish configuration of a session.

use crate::model::{ConfigurationEntryType, Payability, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Swish configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SwishConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Swish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swish: Option<SwishPaymentConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Swish payment configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SwishPaymentConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether Swish is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Whether Swish payouts are enabled (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payout_enabled: Option<bool>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
