//! Swedbank Pay (PayEx) configuration of a session.

use crate::model::{ConfigurationEntryType, Payability, PaymentProductToggle, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Swedbank Pay (PayEx) configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PayExConfiguration {
    /// A textual description of the purchase (at most 40 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamic_descriptor: Option<String>,
    /// Swedbank Pay Swish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swish: Option<PaymentProductToggle>,
    /// Swedbank Pay card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creditcard: Option<PayExCreditcardConfiguration>,
    /// Swedbank Pay MobilePay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobilepay: Option<PaymentProductToggle>,
    /// Swedbank Pay Vipps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vipps: Option<PaymentProductToggle>,
    /// Swedbank Pay Apple Pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applepay: Option<PaymentProductToggle>,
    /// Swedbank Pay Click to Pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clicktopay: Option<PaymentProductToggle>,
    /// Swedbank Pay Google Pay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub googlepay: Option<PaymentProductToggle>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Swedbank Pay card configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PayExCreditcardConfiguration {
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
    /// Disable the CVC field for payments with a payment token (must be enabled on the Swedbank Pay contract).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_cvc: Option<bool>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
