//! The status of a transaction (spec `Transaction.status`, also in its events).

use crate::model::open_enum::open_enum;

open_enum! {
    /// The status of a transaction.
    ts: open,
    pub enum TransactionStatus {
        /// Initiated.
        Initiated = "INITIATED",
        /// Authorized.
        Authorized = "AUTHORIZED",
        /// The authorization was voided.
        AuthorizationVoided = "AUTHORIZATION_VOIDED",
        /// Captured.
        Captured = "CAPTURED",
        /// Partially captured.
        PartiallyCaptured = "PARTIALLY_CAPTURED",
        /// Refunded.
        Refunded = "REFUNDED",
        /// Partially refunded.
        PartiallyRefunded = "PARTIALLY_REFUNDED",
        /// Declined.
        Declined = "DECLINED",
        /// Failed.
        Failed = "FAILED",
        /// Unknown.
        Unknown = "UNKNOWN",
        /// Pending approval; later `AUTHORIZED` or `FAILED`.
        OnHold = "ON_HOLD",
    }
}
