//! What a session or transaction is for (spec `PaymentOperationIntent`).

use crate::model::open_enum::open_enum;

open_enum! {
    /// Initiated by the merchant, or used to generate a token.
    ts: open,
    pub enum PaymentOperationIntent {
        /// A merchant-initiated purchase at no fixed schedule.
        UnscheduledPurchase = "unscheduled_purchase",
        /// A merchant-initiated recurring purchase.
        RecurringPurchase = "recurring_purchase",
        /// The session only generates a payment token.
        GeneratePaymentToken = "generate_payment_token",
    }
}
