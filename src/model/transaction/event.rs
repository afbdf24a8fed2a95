//! Events of a transaction (spec `TransactionEvent`).

use super::status::TransactionStatus;
use crate::model::open_enum::open_enum;
use crate::model::{GiftCard, OrderItem, RequestHeaders, UnknownFields};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};
use tsify::Tsify;

/// An event recorded on a transaction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TransactionEvent {
    /// Id of the event (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The event type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<TransactionEventType>,
    /// The transaction status after this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<TransactionStatus>,
    /// Whether the event operation completed with success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Amount captured or refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub amount: Option<Number>,
    /// Best-effort calculation of the VAT amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub calculated_vat_amount: Option<Number>,
    /// The items of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<OrderItem>>,
    /// The gift cards used in this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gift_cards: Option<Vec<TransactionEventGiftCard>>,
    /// Correction of the transaction status after a failed operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<TransactionEventCorrection>,
    /// The error, only when `success` is `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<TransactionEventError>,
    /// When the event happened (date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Who caused the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Id (UUID) of the request that caused the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The correlated request: set on a CAPTURE or REFUND of an INITIATE_CAPTURE or INITIATE_REFUND event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// The merchant's reference of the event (`capture_reference` or `refund_reference`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_reference: Option<String>,
    /// Additional details about the event; payment products add their own keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "Record<string, unknown>")]
    pub metadata: Option<Map<String, Value>>,
    /// Headers of the request that caused the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_headers: Option<RequestHeaders>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// The type of a transaction event.
    ts: open,
    pub enum TransactionEventType {
        /// Initialize.
        Initialize = "INITIALIZE",
        /// Authorize.
        Authorize = "AUTHORIZE",
        /// Capture.
        Capture = "CAPTURE",
        /// Refund.
        Refund = "REFUND",
        /// Void.
        Void = "VOID",
        /// Refund initiated.
        InitiateRefund = "INITIATE_REFUND",
        /// Void initiated.
        InitiateVoid = "INITIATE_VOID",
        /// Capture initiated.
        InitiateCapture = "INITIATE_CAPTURE",
        /// Settlement.
        Settlement = "SETTLEMENT",
    }
}

/// A gift card used in a transaction event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TransactionEventGiftCard {
    /// The external transaction id.
    pub transaction_id: String,
    /// The gift card.
    #[serde(flatten)]
    pub gift_card: GiftCard,
}

/// Correction of a transaction's status and event after a failed operation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TransactionEventCorrection {
    /// Ids of the events added to correct the transaction status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_ids: Option<Vec<String>>,
    /// The status the transaction was corrected to.
    pub status: String,
    /// Remaining amount to capture, in the smallest unit of the currency.
    pub remaining_capture_amount: i64,
    /// Remaining amount to refund, in the smallest unit of the currency.
    pub remaining_refund_amount: i64,
    /// Remaining amount to void, in the smallest unit of the currency.
    pub remaining_void_amount: i64,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// The error of a failed transaction event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TransactionEventError {
    /// The code identifying the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Human readable description of the error.
    pub message: String,
    /// The category of the error.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TransactionEventErrorType>,
    /// Result code received from Visa or Mastercard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_code: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// The category of a transaction event error.
    ts: open,
    pub enum TransactionEventErrorType {
        /// Do not retry.
        DoNotRetry = "DO_NOT_RETRY",
        /// The request must be changed before a retry.
        ModificationsRequired = "MODIFICATIONS_REQUIRED",
        /// Daily limit exceeded.
        DailyLimitExceeded = "DAILY_LIMIT_EXCEEDED",
        /// Monthly limit exceeded.
        MonthlyLimitExceeded = "MONTHLY_LIMIT_EXCEEDED",
        /// Rejected by the acquirer: invalid amount.
        RejectedByAcquirerInvalidAmount = "REJECTED_BY_ACQUIRER_INVALID_AMOUNT",
        /// Rejected by the acquirer: format error.
        RejectedByAcquirerFormatError = "REJECTED_BY_ACQUIRER_FORMAT_ERROR",
        /// Rejected by the acquirer: possible fraud.
        RejectedByAcquirerPossibleFraud = "REJECTED_BY_ACQUIRER_POSSIBLE_FRAUD",
        /// Rejected by the acquirer: card stolen.
        RejectedByAcquirerCardStolen = "REJECTED_BY_ACQUIRER_CARD_STOLEN",
        /// Rejected by the acquirer: card expired.
        RejectedByAcquirerCardExpired = "REJECTED_BY_ACQUIRER_CARD_EXPIRED",
        /// Rejected by the acquirer.
        RejectedByAcquirer = "REJECTED_BY_ACQUIRER",
        /// Rejected by the acquirer: insufficient funds.
        RejectedByAcquirerInsufficientFunds = "REJECTED_BY_ACQUIRER_INSUFFICIENT_FUNDS",
        /// The acquirer host is offline.
        AcquirerHostOffline = "ACQUIRER_HOST_OFFLINE",
        /// Unknown.
        Unknown = "UNKNOWN",
    }
}
