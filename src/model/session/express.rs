//! Express checkout options of a session (spec `SessionExpress`).

use crate::model::open_enum::open_enum;
use crate::model::{CustomerType, ShippingOption, UnknownFields};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

/// Express checkout options, present only for express checkout sessions: the customer submits
/// a shipping address and selects a shipping option before choosing a payment method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SessionExpress {
    /// Shipping options presented after the customer submitted a shipping address; an empty array when the merchant cannot ship to it.
    pub shipping_options: Vec<ShippingOption>,
    /// Whether a shipping address is required (Dintero's default: `shipping_required`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_mode: Option<ShippingMode>,
    /// Discount codes in express checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_codes: Option<ExpressDiscountCodes>,
    /// URL Checkout POSTs to when the customer submitted or changed the shipping address; the response updates the shipping options. Example: `https://example.com/order/00128110/address_updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address_callback_url: Option<String>,
    /// The kinds of customer that can submit the address form (Dintero's default: both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_types: Option<Vec<CustomerType>>,
    /// Customer types for which billing and shipping addresses start out different (2026 API; `[]` in Dintero's example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_different_billing_shipping_address: Option<Vec<CustomerType>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// Whether an express checkout needs a shipping address.
    ts: open,
    pub enum ShippingMode {
        /// A shipping address is required.
        ShippingRequired = "shipping_required",
        /// No shipping address is needed.
        ShippingNotRequired = "shipping_not_required",
    }
}

/// Discount codes in express checkout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ExpressDiscountCodes {
    /// How many discount codes the customer can add.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub max_count: Option<Number>,
    /// URL Checkout POSTs to when the customer submitted or changed discount codes; the response updates the order. Example: `https://example.com/order/00128110/discount_codes_updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
