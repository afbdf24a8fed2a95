//! Small checkout-wide options of a session configuration.

use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

/// Include every active payment type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ActivePaymentTypes {
    /// Include all active payment types configured for the currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Age verification of the customer (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct AgeVerification {
    /// Whether the customer's age is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The minimum age in years. Example: `18`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub minimum_age_required: Option<Number>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Country preferences of the checkout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CountryConfiguration {
    /// Default country of addresses and phone numbers (ISO 3166-1 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_country: Option<String>,
    /// Countries where the customer may set their address; empty allows all but `deny_countries`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_countries: Option<Vec<String>>,
    /// Countries where the customer may not set their address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deny_countries: Option<Vec<String>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
