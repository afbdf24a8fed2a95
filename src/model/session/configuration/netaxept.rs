//! Netaxept configuration of a session.

use crate::model::open_enum::open_enum;
use crate::model::{ConfigurationEntryType, Payability, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Netaxept configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct NetaxeptConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Netaxept card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creditcard: Option<NetaxeptCreditcardConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Netaxept card configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct NetaxeptCreditcardConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether card payment is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Use the Netaxept terminal instead of Dintero Checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminal: Option<NetaxeptTerminal>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// The Netaxept hosted payment window used instead of Dintero Checkout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct NetaxeptTerminal {
    /// The terminal page.
    pub terminal: NetaxeptTerminalPath,
    /// Show the hosted payment window as a single page.
    pub terminal_single_page: bool,
    /// Name of the terminal template, created in Netaxept Admin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminal_design: Option<String>,
    /// Terminal layout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminal_layout: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// A Netaxept terminal page.
    ts: open,
    pub enum NetaxeptTerminalPath {
        /// The default terminal.
        Default = "/Terminal/default.aspx",
        /// The mobile terminal.
        Mobile = "/terminal/mobile/default.aspx",
    }
}
