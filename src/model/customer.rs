//! The customer given when creating a session (spec `SessionCustomer`).

use super::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The customer the session is created for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SessionCustomer {
    /// Customer id in the merchant's system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// Customer email address. Example: `john.doe@example.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Customer phone number, ITU/E.123 format with international prefix
    /// (`+PPNNNNNNNNN...`). Example: `+4799999999`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
