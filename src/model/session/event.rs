//! Events of a session's checkout process (spec `SessionMeta.events`).

use crate::model::open_enum::open_enum;
use crate::model::{RequestHeaders, SessionEventDetails, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// An event of the checkout process.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SessionEvent {
    /// Id of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<SessionEventName>,
    /// When the event happened (date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Id of the request that caused the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Headers of the request that caused the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_headers: Option<RequestHeaders>,
    /// Details of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<SessionEventDetails>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// What happened in a checkout event.
    ts: open,
    pub enum SessionEventName {
        /// The session was created.
        Initiated = "INITIATED",
        /// The customer opened the checkout.
        Visited = "VISITED",
        /// The checkout completed.
        Completed = "COMPLETED",
        /// The payment was authorized.
        Authorized = "AUTHORIZED",
        /// The payment was declined.
        Declined = "DECLINED",
        /// The session was locked for paying.
        PayLockStart = "PAY_LOCK_START",
        /// Metadata of the pay lock was set.
        PayLockMeta = "PAY_LOCK_META",
        /// The pay lock ended.
        PayLockEnd = "PAY_LOCK_END",
        /// A payment attempt failed.
        PayFailed = "PAY_FAILED",
        /// The callback for an `ON_HOLD` transaction was sent.
        OnHoldCallbackSent = "ON_HOLD_CALLBACK_SENT",
        /// The authorization callback was sent.
        AuthCallbackSent = "AUTH_CALLBACK_SENT",
        /// The checkout failed.
        Failed = "FAILED",
        /// Unknown outcome.
        Unknown = "UNKNOWN",
        /// A payment token flow started.
        PaymentTokenFlowStart = "PAYMENT_TOKEN_FLOW_START",
        /// The session was updated.
        UpdateSession = "UPDATE_SESSION",
        /// The session was cancelled.
        Cancelled = "CANCELLED",
        /// The billing address was set.
        SetBillingAddress = "SET_BILLING_ADDRESS",
        /// Discount codes were set.
        SetDiscountCodes = "SET_DISCOUNT_CODES",
        /// The shipping address was set.
        SetShippingAddress = "SET_SHIPPING_ADDRESS",
        /// The shipping option was set.
        SetShippingOption = "SET_SHIPPING_OPTION",
        /// A gift card was set.
        SetGiftCard = "SET_GIFT_CARD",
        /// A push notification was sent.
        PushNotificationSent = "PUSH_NOTIFICATION_SENT",
        /// A secret confirmation code was sent.
        SecretConfirmationCodeSent = "SECRET_CONFIRMATION_CODE_SENT",
        /// myDintero options were set.
        SetMyDintero = "SET_MY_DINTERO",
        /// Payment information was added.
        AddPaymentInformation = "ADD_PAYMENT_INFORMATION",
    }
}
