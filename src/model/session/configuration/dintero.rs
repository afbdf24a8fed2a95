//! Dintero configuration of a session (wallets, zero amount, external payments).

use crate::model::{ConfigurationEntryType, Payability, PaymentProductToggle, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Dintero configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Authorize the session fully or partially with Dintero Wallets gift cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallets: Option<PaymentProductToggle>,
    /// Allow paying a zero-amount session (payable only when the order amount is zero).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zero: Option<PaymentProductToggle>,
    /// A payment handled outside Dintero (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<DinteroExternalConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A payment method handled outside Dintero (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroExternalConfiguration {
    /// Whether the external payment method is enabled.
    pub enabled: bool,
    /// How the payment method is shown in the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<DinteroExternalDisplay>,
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// How an external payment method is shown in the checkout (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroExternalDisplay {
    /// Label of the payment method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_label: Option<String>,
    /// Label of the pay button.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub button_label: Option<String>,
    /// Content shown when the method is selected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<DinteroExternalContent>,
    /// Terms shown with the method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<DinteroExternalTerm>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Content shown for an external payment method (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroExternalContent {
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A term shown with an external payment method (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroExternalTerm {
    /// Reference of the term.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Label of the term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Link to the term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
