//! Company addresses known to Collector Bank (spec `CollectorB2BAddress`).

use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A company address known to Collector Bank. Also used for the addresses of checkout events,
/// where the spec leaves `phone_number` and `email` out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CollectorB2bAddress {
    /// Company name (at most 50 characters).
    pub business_name: String,
    /// Organization number: 9 digits in Norway, 10 or 12 in Sweden.
    pub organization_number: String,
    /// Street address (at most 50 characters).
    pub address_line: String,
    /// More details about the address (at most 50 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line_2: Option<String>,
    /// C/O address (at most 50 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co_address: Option<String>,
    /// Postal code. Example: `0349`.
    pub postal_code: String,
    /// Postal place. Example: `Oslo`.
    pub postal_place: String,
    /// Country, ISO 3166-1 alpha-2. Example: `NO`.
    pub country: String,
    /// Mobile number, ITU/E.123 format with international prefix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Email address (at most 100 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The customer's reference (at most 50 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_reference: Option<String>,
    /// Cost center (at most 64 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_center: Option<String>,
    /// First name (at most 50 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name (at most 50 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Id of the address among the company's addresses. Example: `address_1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_id: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
