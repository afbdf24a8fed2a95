//! Two configuration of a session (2026 API).

use crate::model::{ConfigurationEntryType, Payability, UnknownFields};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

/// Two invoice configuration (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TwoConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// B2B invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_b2b: Option<TwoInvoiceConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Two B2B invoice configuration (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TwoInvoiceConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether the invoice product is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Payment terms in days. Example: `14`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub duration_days: Option<Number>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
