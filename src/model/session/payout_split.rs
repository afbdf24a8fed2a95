//! How an amount is split between sellers with Dintero Payout.

use crate::model::open_enum::open_enum;
use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// How fees are handled with splits. By default the fees are shared proportionally between
/// all split destinations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PayoutFeeSplit {
    /// How the fees are split.
    #[serde(rename = "type")]
    pub kind: PayoutFeeSplitType,
    /// Seller ids that are debited for the payment fees; all must be among the splits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<String>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// How payment fees are split between sellers.
    ts: open,
    pub enum PayoutFeeSplitType {
        /// Proportionally to the split amounts.
        Proportional = "proportional",
    }
}

/// The part of an amount paid out to one seller.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PayoutSplit {
    /// An id that identifies the seller (at most 40 characters). Example: `P000000001`.
    pub payout_destination_id: String,
    /// The split amount in the smallest unit of the currency, e.g. cents. Example: `29700`.
    pub amount: i64,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
