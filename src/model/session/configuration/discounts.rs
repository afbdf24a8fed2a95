//! Discount calculation configuration of a session (spec `DiscountsConfiguration`).

use crate::model::{ConfigurationEntryType, Payability, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Configuration of discount calculations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DiscountsConfiguration {
    /// Always `discounts` (read-only).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Discounts given by the express discount codes callback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub express_discount_codes: Option<ExpressDiscountCodesConfiguration>,
    /// Discount calculation on the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderDiscountsConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Discounts given by the configured express callback URL when the customer enters a code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ExpressDiscountCodesConfiguration {
    /// Whether discount codes is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Discount calculation on the session order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct OrderDiscountsConfiguration {
    /// Calculate discounts on order items eligible for discount (Dintero's default: `false`).
    pub enabled: bool,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
