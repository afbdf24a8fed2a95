//! Instabank configuration of a session.

use crate::model::{
    ConfigurationEntryType, InstabankFinanceProduct, InstabankInstallmentProduct,
    InstabankInvoiceProduct, InstabankPostponementProduct, Payability, UnknownFields,
};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Instabank configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankConfiguration {
    /// Finance payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance: Option<InstabankFinanceConfiguration>,
    /// Invoice payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice: Option<InstabankInvoiceConfiguration>,
    /// Fixed part payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installment: Option<InstabankInstallmentConfiguration>,
    /// Postponed payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postponement: Option<InstabankPostponementConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Instabank finance payment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankFinanceConfiguration {
    /// Whether finance payment is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// The finance product (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<InstabankFinanceProduct>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Instabank invoice payment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankInvoiceConfiguration {
    /// Whether invoice payment (only for amounts greater than 500 NOK) is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Whether a full applicant is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_applicant: Option<bool>,
    /// The invoice product (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<InstabankInvoiceProduct>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Instabank fixed part payment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankInstallmentConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether installment payment is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// The installment products (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<InstabankInstallmentProduct>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Instabank postponed payment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct InstabankPostponementConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether postponed payment is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// The postponement products (read-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<InstabankPostponementProduct>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
