//! Shipping options of an order (spec `ShippingOption`, `SplitShippingOption`).

use crate::model::open_enum::open_enum;
use crate::model::{Metadata, OrderAddress, PayoutFeeSplit, PayoutSplit, UnknownFields};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

/// A shipping option of the order or of an express session.
///
/// One type covers the order's shipping option, its `shipments` and the express
/// `shipping_options` of Dintero's 2026 example: members that only occur in one of them are
/// optional.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ShippingOption {
    /// Id of this shipping option product; express checkout groups options with the same id. Example: `bring-pick-up-00001`.
    pub id: String,
    /// Unique id of the specific configuration of this shipping product. Example: `bring-pick-up-00001-location-0a1f6b`.
    pub line_id: String,
    /// The amount of the shipping option including VAT and discounts, in the smallest unit of the currency. Example: `3900`.
    pub amount: i64,
    /// A shipping option title. Example: `Standard`.
    pub title: String,
    /// Name of the company that provides the shipping service. Example: `Bring`.
    pub operator: String,
    /// Countries (ISO 3166-1 alpha-2) where this shipping option can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countries: Option<Vec<String>>,
    /// The VAT of `amount`; for display only. Example: `975`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_amount: Option<i64>,
    /// The VAT percentage. Example: `25`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub vat: Option<Number>,
    /// A short description of the shipping option product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// How the order is delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_method: Option<DeliveryMethod>,
    /// The operator's own id for this shipping product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator_product_id: Option<String>,
    /// Estimated time of arrival.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eta: Option<ShippingEta>,
    /// A specified time for delivery to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_slot: Option<ShippingTimeSlot>,
    /// Where the customer picks up the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pick_up_address: Option<PickUpAddress>,
    /// Additional metadata about the shipping option (at most 20 keys).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Environmental data about the shipping option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environmental_data: Option<EnvironmentalData>,
    /// URL of a thumbnail of the shipping option, shown in the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail_url: Option<String>,
    /// Payment in the store at pick-up (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_in_store: Option<PayInStore>,
    /// How payment fees are split between the sellers of `splits`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_split: Option<PayoutFeeSplit>,
    /// How the amount is split between sellers with Dintero Payout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub splits: Option<Vec<PayoutSplit>>,
    /// The shipments the order is delivered in (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipments: Option<Vec<ShippingOption>>,
    /// Id of the shipment (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipment_id: Option<String>,
    /// The order lines in the shipment (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipment_items: Option<Vec<ShipmentItem>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// How an order is delivered.
    ts: open,
    pub enum DeliveryMethod {
        /// Delivered to the customer.
        Delivery = "delivery",
        /// Picked up by the customer.
        PickUp = "pick_up",
        /// Not specified.
        Unspecified = "unspecified",
        /// No delivery.
        None = "none",
    }
}

/// Estimated time of arrival of a shipping option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ShippingEta {
    /// Delivery time in working days, as shown in Dintero's 2026 example (`[1, 2]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number[]")]
    pub working_days: Option<Vec<Number>>,
    /// Day of the week the order is shipped (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub shipping_day_of_week: Option<Number>,
    /// Day of the week the order arrives (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub arrival_day_of_week: Option<Number>,
    /// Start of the arrival window (date-time). Example: `2020-10-14T19:00:00Z`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// End of the arrival window (date-time). Example: `2020-10-14T20:00:00Z`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A specified time window for delivery to the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ShippingTimeSlot {
    /// Start of the window (date-time). Example: `2020-10-14T19:00:00Z`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// End of the window (date-time). Example: `2020-10-14T20:00:00Z`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A pick-up point: an order address with opening hours and distance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PickUpAddress {
    /// Website of the pick-up point (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
    /// Opening hours of the pick-up point (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<OpeningHours>,
    /// Distance in kilometers from the shipping address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub distance: Option<Number>,
    /// The address of the pick-up point.
    #[serde(flatten)]
    pub address: OrderAddress,
}

/// Opening hours of a pick-up point (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct OpeningHours {
    /// Whether the pick-up point is open now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_now: Option<bool>,
    /// The periods the pick-up point is open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub periods: Option<Vec<OpeningPeriod>>,
    /// IANA time zone of the times. Example: `Europe/Oslo`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A period a pick-up point is open (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct OpeningPeriod {
    /// Opening time. Example: `08:00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    /// Closing time. Example: `16:00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    /// Day of the week. Example: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub day_of_week: Option<Number>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Environmental data about a shipping option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct EnvironmentalData {
    /// A short description, e.g. `Fossil free`, `Carbon neutral`, `Low emissions`.
    pub description: String,
    /// Details of the environmental data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<EnvironmentalDetail>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// One labelled value of environmental data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct EnvironmentalDetail {
    /// Gives context to `value`, e.g. `CO2 emissions`, `Carbon offset` (at most 50 characters).
    pub label: String,
    /// The value, e.g. `1KG CO2` (at most 50 characters).
    pub value: String,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Payment in the store at pick-up (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PayInStore {
    /// How much is paid in the store.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PayInStoreType>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// How much of an order is paid in the store (2026 API).
    ts: open,
    pub enum PayInStoreType {
        /// The full amount.
        Full = "full",
    }
}

/// An order line (or part of it) in a shipment (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ShipmentItem {
    /// The `line_id` of the order item. Example: `line-id-1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_id: Option<String>,
    /// How many of the line's items are in the shipment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub quantity: Option<Number>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
