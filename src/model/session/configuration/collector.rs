//! Collector Bank configuration of a session.

use crate::model::{CollectorB2bAddress, ConfigurationEntryType, Payability, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Collector Bank configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CollectorConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// A textual description of the purchase (at most 40 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamic_descriptor: Option<String>,
    /// Invoice / part payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice: Option<CollectorProductConfiguration>,
    /// B2B invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_b2b: Option<CollectorProductConfiguration>,
    /// Invoice for pre-approved B2B customers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_b2b_preapproved: Option<CollectorPreapprovedConfiguration>,
    /// Finance payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance: Option<CollectorProductConfiguration>,
    /// Fixed part payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installment: Option<CollectorProductConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A Collector Bank payment product configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CollectorProductConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether the product is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Countries (ISO 3166-1) where the product is offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countries: Option<Vec<String>>,
    /// Product options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<CollectorOptions>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Options of a Collector Bank payment product.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CollectorOptions {
    /// Create the transaction as `ON_HOLD` and let Collector's callback move it to `AUTHORIZED` or `FAILED`; a callback is sent to `callback_url` when it leaves `ON_HOLD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_on_hold: Option<bool>,
    /// For `collector.invoice_b2b`: do not restrict the shipping address to the company's registered addresses (Dintero's default: `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_collector_b2b_address_enforcement: Option<bool>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Collector Bank invoice for pre-approved B2B customers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CollectorPreapprovedConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether the product is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Countries (ISO 3166-1) where the product is offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countries: Option<Vec<String>>,
    /// The Collector B2B accounts configured for the customer's phone number at the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<CollectorB2bAccount>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A Collector Bank B2B account of the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CollectorB2bAccount {
    /// The billing address of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<CollectorB2bAddress>,
    /// Token representing the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
