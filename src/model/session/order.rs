//! The order of a session as Dintero returns it (spec `SessionOrder`).

use crate::model::{
    DiscountItem, GiftCard, OrderAddress, OrderItem, ShippingOption, Store, UnknownFields,
};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

/// The order of a session, as Dintero returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SessionOrder {
    /// The amount to authorize/capture including VAT and discounts, in the smallest unit of the
    /// currency. The spec requires it for payment sessions; it is optional here because a payment
    /// token session is created without an amount. Example: `72200`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The three-character ISO 4217 currency. Example: `NOK`.
    pub currency: String,
    /// A reference by the merchant to identify the order.
    pub merchant_reference: String,
    /// The VAT of `amount`, in the smallest unit of the currency; for display only. Example: `13660`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_amount: Option<i64>,
    /// A second reference by the merchant to identify the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_reference_2: Option<String>,
    /// Reference of the event the order belongs to (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_reference: Option<String>,
    /// The shipping address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<OrderAddress>,
    /// The billing address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<OrderAddress>,
    /// Whether `amount` may be lower than the sum of the items (Dintero's default: `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_payment: Option<bool>,
    /// The order lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<OrderItem>>,
    /// The amount before any discount, in the smallest unit of the currency; only set when discounts were calculated (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub gross_amount: Option<Number>,
    /// Whether the original order amount was changed by a discount (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_changed: Option<bool>,
    /// The selected shipping option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_option: Option<ShippingOption>,
    /// The store the order belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<Store>,
    /// Discounts given on the order, in addition to the items' discount lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_lines: Option<Vec<DiscountItem>>,
    /// Discount codes entered. Example: `SUMMER20`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_codes: Option<Vec<String>>,
    /// The gift cards selected (at most 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gift_cards: Option<Vec<GiftCard>>,
    /// An id that identifies the seller; included in the settlement reports (at most 40 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payout_destination_id: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
