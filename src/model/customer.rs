//! The customer given when creating a session (spec `SessionCustomer`).

use super::wire_schema::wire_object;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

wire_object! {
    /// The customer the session is created for.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct SessionCustomer {
        /// Customer id in the merchant's system.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub customer_id: Option<String> => text(Plain),
        /// Customer email address. Example: `john.doe@example.com`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String> => text(Email),
        /// Customer phone number, ITU/E.123 format with international prefix
        /// (`+PPNNNNNNNNN...`). Example: `+4799999999`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phone_number: Option<String> => text(PhoneNumber),
    }
}
