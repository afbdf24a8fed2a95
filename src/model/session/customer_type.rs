//! Business or consumer customers.

use crate::model::open_enum::open_enum;

open_enum! {
    /// A kind of customer.
    ts: open,
    pub enum CustomerType {
        /// A consumer.
        B2c = "b2c",
        /// A business.
        B2b = "b2b",
    }
}
