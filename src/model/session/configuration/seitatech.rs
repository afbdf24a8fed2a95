//! Seitatech configuration of a session (2026 API).

use crate::model::{ConfigurationEntryType, PaymentProductToggle, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Seitatech in-person payment configuration (2026 API); needs `order.store.payout_destination_id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SeitatechConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// In-person (terminal) payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_person: Option<PaymentProductToggle>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
