//! The store an order belongs to (spec `Store` and `Address`).

use super::wire_schema::wire_object;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

wire_object! {
    /// The store (point of sale or web shop) the order belongs to.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct Store {
        /// Id of the store. Required. Example: `sc029`.
        pub id: String => text(Plain),
        /// Name of the store, aka trade name of the store. Example: `SC Oslo`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String> => text(Plain),
        /// Official name of the person or entity that owns the store. Example: `SC Oslo AS`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub business_name: Option<String> => text(Plain),
        /// Postal address of the store.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub address: Option<StoreAddress> => object,
        /// Chain the store belongs to. Example: `SuperChain`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub chain: Option<String> => text(Plain),
        /// Contact email of the store. Example: `contact@superchain.com`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String> => text(Plain),
        /// Global Location Number of the store. Example: `5790001398644`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub gln: Option<String> => text(Plain),
        /// Organization number of the store owner. Example: `123456789MVA`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub organization_number: Option<String> => text(Plain),
        /// Phone number of the store. Example: `+4738260107`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phone_number: Option<String> => text(Plain),
        /// A four-digit Merchant Category Code (MCC) for the store, ISO 18245. Example: `5814`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mcc: Option<String> => text(Mcc),
        /// Merchant number associated with the store's payment terminal. Example: `102603`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub bax: Option<String> => text(Plain),
        /// Id of a specific point-of-sale (POS) terminal or workstation. Example: `T0292`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub terminal_id: Option<String> => text(Plain),
        /// Id of the seller (payout destination) of the store. Required when the
        /// `seitatech.in_person` payment is enabled (2026 API). Example: `seller-1`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub payout_destination_id: Option<String> => text(Plain),
    }
}

wire_object! {
    /// Postal address of a store (spec `Address`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct StoreAddress {
        /// Street address. Required. Example: `Sommerkroveien 34`.
        pub address_line: String => text(Plain),
        /// Second address line. Example: `PB 123`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub address_line_2: Option<String> => text(Plain),
        /// Postal code. Example: `0349`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub postal_code: Option<String> => text(Plain),
        /// Postal place (city). Required. Example: `Oslo`.
        pub postal_place: String => text(Plain),
        /// ISO 3166-1 country code. Required. Example: `NO`.
        pub country: String => text(Country),
    }
}
