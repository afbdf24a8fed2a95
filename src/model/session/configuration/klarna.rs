//! Klarna configuration of a session.

use crate::model::{ConfigurationEntryType, PaymentProductToggle, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Klarna configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct KlarnaConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Klarna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PaymentProductToggle>,
    /// Klarna B2B with Billie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billie: Option<PaymentProductToggle>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
