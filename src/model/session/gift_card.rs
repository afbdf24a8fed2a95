//! Gift cards used on an order (spec `Giftcard`).

use crate::model::open_enum::open_enum;
use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A gift card selected for the order: the part of `order.amount` authorized with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct GiftCard {
    /// The gift card product.
    #[serde(rename = "type")]
    pub kind: GiftCardType,
    /// Id of the card.
    pub card_id: String,
    /// Non-negative amount in minor units: the total amount for the gift card.
    pub amount: i64,
    /// Masked card token, for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub masked_card_token: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// A gift card product.
    ts: open,
    pub enum GiftCardType {
        /// Dintero Wallets.
        DinteroWallets = "dintero.wallets",
    }
}
