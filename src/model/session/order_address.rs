//! A customer's shipping or billing address (spec `OrderAddress`).

use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

/// A shipping, billing or pick-up address of an order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct OrderAddress {
    /// First name. Example: `John`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name. Example: `Doe`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Street address. Example: `Gaustadalleen 21`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line: Option<String>,
    /// Second address line. Example: `PB 123`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line_2: Option<String>,
    /// C/O address. Example: `Land Lord`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co_address: Option<String>,
    /// Name of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    /// The zip code / postal code of the address. Example: `0349`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The name of the postal place. Example: `Oslo`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_place: Option<String>,
    /// Country of the location, ISO 3166-1 alpha-2. Example: `NO`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Mobile number of a person / company, ITU/E.123 format with international prefix (`+PPNNNNNNNNN...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The email address of a person or an organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Latitude of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub latitude: Option<Number>,
    /// Longitude of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub longitude: Option<Number>,
    /// Comment about the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The organization number of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_number: Option<String>,
    /// Type indicating what kind of organization it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_type: Option<String>,
    /// The customer's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_reference: Option<String>,
    /// Cost center, for companies that need to specify one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_center: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
