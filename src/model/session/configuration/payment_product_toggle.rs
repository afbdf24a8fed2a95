//! The shape shared by simple payment product configurations.

use crate::model::open_enum::open_enum;
use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A payment product that can be enabled, with nothing else to configure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PaymentProductToggle {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether the payment product is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// What kind of configuration entry an object is.
    ts: open,
    pub enum ConfigurationEntryType {
        /// A payment product (e.g. `bambora`).
        PaymentType = "payment_type",
        /// A payment product type (e.g. `bambora.creditcard`).
        PaymentProductType = "payment_product_type",
        /// Discount configuration.
        Discounts = "discounts",
    }
}

open_enum! {
    /// Whether a payment product type is currently available for payment.
    ts: open,
    pub enum Payability {
        /// Available.
        Payable = "payable",
        /// Disabled by the payment gateway.
        DisabledByGateway = "disabled_by_gateway",
        /// Disabled because of the order amount.
        DisabledByOrderAmount = "disabled_by_order_amount",
    }
}
