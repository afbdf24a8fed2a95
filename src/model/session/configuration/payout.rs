//! Dintero Payout configuration of a session.

use crate::model::open_enum::open_enum;
use crate::model::{PaymentProduct, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Dintero Payout configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PayoutConfiguration {
    /// Derive `payout_destination_id` from the order's store id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamic_payout_destination_ids: Option<Vec<DynamicPayoutDestination>>,
    /// The payment products where payout is enabled (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_products: Option<Vec<PayoutPaymentProduct>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Maps an order store id to a payout destination.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DynamicPayoutDestination {
    /// What the mapping matches on.
    #[serde(rename = "type")]
    pub kind: DynamicPayoutDestinationType,
    /// The `order.store.id` to match. Example: `STORE_123`.
    pub order_store_id: String,
    /// The payout destination used for it. Example: `PD_123`.
    pub order_payout_destination_id: String,
    /// Whether to overwrite a `payout_destination_id` already set on the order (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overwrite_payout_destination_id: Option<bool>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// What a dynamic payout destination matches on.
    ts: open,
    pub enum DynamicPayoutDestinationType {
        /// The order's store id.
        OrderStoreId = "order_store_id",
    }
}

/// A payment product where payout is enabled.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PayoutPaymentProduct {
    /// The payment product.
    pub payment_product: PaymentProduct,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
