//! Checkout messages published to the customer (spec `PublishConfiguration`).

use crate::model::open_enum::open_enum;
use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A checkout message published to the customer (an item of spec `PublishConfiguration`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct PublishMessage {
    /// How the message is sent.
    pub channel: PublishChannel,
    /// What the message contains.
    #[serde(rename = "type")]
    pub kind: PublishType,
    /// Id of the message (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Status of the message sent to the customer (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PublishStatus>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// How a checkout message is sent to the customer.
    ts: open,
    pub enum PublishChannel {
        /// Text message.
        Sms = "sms",
        /// Push notification.
        Push = "push",
    }
}

open_enum! {
    /// What a checkout message contains.
    ts: open,
    pub enum PublishType {
        /// A link to the checkout.
        CheckoutLink = "checkout-link",
        /// A message to an app.
        App = "app",
        /// A message to a payment terminal (2026 API).
        Terminal = "terminal",
    }
}

open_enum! {
    /// Status of a checkout message sent to the customer.
    ts: open,
    pub enum PublishStatus {
        /// The message was sent.
        Sent = "sent",
        /// The message could not be sent given `session.customer`.
        Skipped = "skipped",
        /// Sending the message failed.
        Failed = "failed",
    }
}
