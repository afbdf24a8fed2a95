//! Merchant information shown in the checkout (spec `Merchant`).

use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Merchant information used in the checkout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct MerchantConfiguration {
    /// Id of the merchant; `null` in Dintero's example.
    #[serde(
        default,
        deserialize_with = "crate::model::nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    #[tsify(type = "string | null")]
    pub id: Option<Option<String>>,
    /// URL of the merchant's logo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Name of the merchant. Example: `TKP tech AS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Country, ISO 3166-1 alpha-2. Example: `NO`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Website of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Email address of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Merchant category code (MCC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_category_code: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Postal place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_place: Option<String>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line: Option<String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line_2: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
