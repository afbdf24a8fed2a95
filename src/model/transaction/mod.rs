//! A transaction, as returned by `GET /v1/transactions/{id}` (spec `Transaction`).

mod card;
mod event;
mod status;
pub use card::{
    AcquirerTransactionType, AuthenticationStatus, CardRegion, CardType, TransactionCard,
};
pub use event::{
    TransactionEvent, TransactionEventCorrection, TransactionEventError, TransactionEventErrorType,
    TransactionEventGiftCard, TransactionEventType,
};
pub use status::TransactionStatus;

use crate::model::open_enum::open_enum;
use crate::model::{
    Checkbox, GiftCard, MyDinteroUserCreation, OrderAddress, OrderItem, PaymentOperationIntent,
    PaymentProduct, PaymentProductType, Session, ShippingOption, Store, SystemRequestHeaders,
    UnknownFields,
};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A transaction, as returned by `GET /v1/transactions/{id}`. After a payment token session the
/// token is in `card.payment_token` / `card.recurrence_token` when requested with
/// `?includes=card.payment_token` / `?includes=card.recurrence_token`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct Transaction {
    /// An id that uniquely identifies the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the transaction was created (date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// When the transaction was last modified (date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The current status of the transaction (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TransactionStatus>,
    /// The payment product of the transaction.
    pub payment_product: PaymentProduct,
    /// The payment product type of the transaction.
    pub payment_product_type: PaymentProductType,
    /// Non-negative total amount of the transaction, in the smallest unit of the currency. Example: `72200`.
    pub amount: i64,
    /// ISO 4217 transaction currency. Example: `NOK`.
    pub currency: String,
    /// A reference specified by the merchant to identify the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_reference: Option<String>,
    /// A second merchant reference; can be updated after the transaction has been created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_reference_2: Option<String>,
    /// An id that identifies the seller; included in the settlement reports (at most 40 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payout_destination_id: Option<String>,
    /// A short reference shown on the customer's bank statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamic_descriptor: Option<String>,
    /// What the transaction is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_operation: Option<PaymentOperationIntent>,
    /// Overall settlement status after the events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement_status: Option<SettlementStatus>,
    /// The customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<TransactionCustomer>,
    /// The IP address of the customer. Example: `127.0.0.1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_ip: Option<String>,
    /// The full user agent of the device the customer used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// The identifying headers of the request that created the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiating_system_request_headers: Option<SystemRequestHeaders>,
    /// The shipping address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<OrderAddress>,
    /// The shipping option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_option: Option<ShippingOption>,
    /// The billing address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<OrderAddress>,
    /// The store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<Store>,
    /// The card used, for card payments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<TransactionCard>,
    /// The gift cards used to partially or fully authorize the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gift_cards: Option<Vec<GiftCard>>,
    /// The transaction items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<OrderItem>>,
    /// URLs of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<TransactionUrls>,
    /// All events recorded on the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<TransactionEvent>>,
    /// The session the transaction was created from. Example: `P00000000.465U8CUzaPVpneu1wt8Wei`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The session the transaction was created from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// Additional details about the transaction; payment products add their own keys (e.g. `payex:payment:id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<TransactionMetadata>,
    /// Checkboxes shown in the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkboxes: Option<Vec<Checkbox>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// Overall settlement status of a transaction.
    ts: open,
    pub enum SettlementStatus {
        /// Not settled.
        NotSettled = "NOT_SETTLED",
        /// Settlement pending.
        PendingSettlement = "PENDING_SETTLEMENT",
        /// Partially settled.
        PartiallySettled = "PARTIALLY_SETTLED",
        /// Settled.
        Settled = "SETTLED",
    }
}

/// The customer of a transaction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TransactionCustomer {
    /// Customer id in the merchant's system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// Customer email address. Example: `john.doe@example.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Customer phone number, ITU/E.123 format with international prefix. Example: `+4799999999`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// myDintero options the customer chose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub my_dintero: Option<MyDinteroUserCreation>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// URLs of a transaction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TransactionUrls {
    /// URL the customer is redirected to after checkout completes (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    /// URL the customer is redirected to for authentication (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_url: Option<String>,
    /// URL Checkout calls when the payment is complete and the transaction has been authorized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Additional details about a transaction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct TransactionMetadata {
    /// Name of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name: Option<String>,
    /// Profile id used when the session was created.
    #[serde(
        rename = "session:profile_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub session_profile_id: Option<String>,
    /// How the settlement payout is done by Dintero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payout: Option<TransactionPayoutMethod>,
    /// Id referenced on the settlement report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payout_correlation_id: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// How Dintero pays out the settlement of a transaction.
    ts: open,
    pub enum TransactionPayoutMethod {
        /// Directly to the merchant.
        PayoutAccount = "payout_account",
        /// Split between one or more sellers.
        PayoutSplits = "payout_splits",
        /// To a single seller.
        PayoutDestinationId = "payout_destination_id",
    }
}
