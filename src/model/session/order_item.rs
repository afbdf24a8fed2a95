//! Order lines and their discounts (spec `OrderItem`, `OrderDiscountItem`, `DiscountItem`).

use crate::model::open_enum::open_enum;
use crate::model::{PayoutFeeSplit, PayoutSplit, UnknownFields};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};
use tsify::Tsify;

/// A line of the order, with its discounts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct OrderItem {
    /// The id or SKU of the product on the line. Example: `item_01`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The groups the product on the line belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<OrderItemGroup>>,
    /// The number (or id) of the line, unique among the items; required when Instabank is configured. Example: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_id: Option<String>,
    /// The session version where the item was added or last updated (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub version: Option<Number>,
    /// A short, localized description of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The quantity of the product on the line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub quantity: Option<Number>,
    /// The total amount of the line including VAT and discounts, in the smallest unit of the currency. Example: `2000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The VAT of `amount`, in the smallest unit of the currency; for display only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_amount: Option<i64>,
    /// The VAT percentage. Example: `25`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub vat: Option<Number>,
    /// The volume of one item in m³.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub unit_volume: Option<Number>,
    /// The weight of one item in kg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub unit_weight: Option<Number>,
    /// The dimensional (volumetric) weight of one item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub unit_dimensional_weight: Option<Number>,
    /// The type of order item.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<OrderItemType>,
    /// How payment fees are split between the sellers of `splits`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_split: Option<PayoutFeeSplit>,
    /// How the amount is split between sellers with Dintero Payout; an empty array means the splits are given at capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub splits: Option<Vec<PayoutSplit>>,
    /// URL of a thumbnail of the item, shown in the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail_url: Option<String>,
    /// Klarna extra merchant data (EMD) for the item (events, subscriptions, travel, marketplace orders), kept as raw JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "Record<string, unknown>")]
    pub emd: Option<Map<String, Value>>,
    /// Whether the item is eligible for discount (Dintero's default: `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible_for_discount: Option<bool>,
    /// Whether a discount was applied to `amount`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_changed: Option<bool>,
    /// The item amount before any discount, in the smallest unit of the currency (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub gross_amount: Option<Number>,
    /// Discounts applied to the line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_lines: Option<Vec<DiscountItem>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A group an order line's product belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct OrderItemGroup {
    /// Group id. Example: `B234`.
    pub id: String,
    /// Group name. Example: `Stol`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// The type of an order item.
    ts: open,
    pub enum OrderItemType {
        /// A physical item which must be delivered or handed over.
        Physical = "physical",
        /// A digital item which doesn't need shipping.
        Digital = "digital",
        /// Payment for a service, like maintenance performed in your home.
        Service = "service",
        /// Usage of a gift card; the amount is usually negative.
        GiftCard = "gift_card",
        /// Payment for shipping of the order.
        Shipping = "shipping",
        /// Extra incurred costs, like taxes or necessary rounding.
        Surcharge = "surcharge",
    }
}

/// A discount given on an order line or on the order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DiscountItem {
    /// The discount amount in the smallest unit of the currency. Example: `4400`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Set when the amount was computed from a percentage discount. Example: `44`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub percentage: Option<Number>,
    /// The kind of discount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_type: Option<DiscountType>,
    /// Id of the discount. Example: `766da0ef-9283-42bd-b012-0582344ec53c`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_id: Option<String>,
    /// Description of the discount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Line number of the discount. Example: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_id: Option<i64>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// The kind of a discount.
    ts: open,
    pub enum DiscountType {
        /// Customer discount.
        Customer = "customer",
        /// Periodic (campaign) discount.
        Periodic = "periodic",
        /// Manual discount.
        Manual = "manual",
        /// Loyalty discount.
        Loyalty = "loyalty",
        /// Discount on the order total.
        Total = "total",
        /// Employee discount.
        Employee = "employee",
        /// Discount computed by an external system.
        External = "external",
    }
}
