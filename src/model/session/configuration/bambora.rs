//! Bambora configuration of a session.

use crate::model::{ConfigurationEntryType, Payability, PaymentProductToggle, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Bambora configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct BamboraConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Bambora Apple Pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applepay: Option<PaymentProductToggle>,
    /// Bambora card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creditcard: Option<BamboraCreditcardConfiguration>,
    /// Bambora Google Pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub googlepay: Option<PaymentProductToggle>,
    /// Bambora MobilePay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobilepay: Option<PaymentProductToggle>,
    /// Bambora Vipps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vipps: Option<PaymentProductToggle>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Bambora card configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct BamboraCreditcardConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether card payment is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Generate a payment token for future payments, available from the transaction details (Dintero's default: `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generate_payment_token: Option<bool>,
    /// Generate a recurrence token for future payments, available from the transaction details (Dintero's default: `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generate_recurrence_token: Option<bool>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
