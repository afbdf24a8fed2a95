//! Kravia configuration of a session (2026 API).

use crate::model::open_enum::open_enum;
use crate::model::{ConfigurationEntryType, Payability, UnknownFields};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

/// Kravia invoice configuration (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct KraviaConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// B2B invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_b2b: Option<KraviaInvoiceConfiguration>,
    /// Grouped B2B invoice, sent on a schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_b2b_grouped: Option<KraviaInvoiceConfiguration>,
    /// B2C invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_b2c: Option<KraviaInvoiceConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A Kravia invoice product configuration (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct KraviaInvoiceConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether the invoice product is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Days until the invoice is due; may be fractional (Dintero's example has `182.5`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub days_until_due: Option<Number>,
    /// Whether the customer must verify their identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_identity_verification: Option<bool>,
    /// How the invoice is delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_channel: Option<KraviaInvoiceChannel>,
    /// When grouped invoices are sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_schedule: Option<KraviaInvoiceSchedule>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// When grouped Kravia invoices are sent (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct KraviaInvoiceSchedule {
    /// How often.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<KraviaInvoiceInterval>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// How a Kravia invoice is delivered (2026 API).
    ts: open,
    pub enum KraviaInvoiceChannel {
        /// By Kravia.
        Kravia = "kravia",
    }
}

open_enum! {
    /// How often grouped Kravia invoices are sent (2026 API).
    ts: open,
    pub enum KraviaInvoiceInterval {
        /// Monthly.
        Monthly = "monthly",
    }
}
