//! The access token endpoint `POST /v1/accounts/{aid}/auth/token` (spec `AuthToken`, `AccessToken`).

use crate::model::open_enum::open_enum;
use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Request body of `POST /v1/accounts/{aid}/auth/token` with client credentials, sent with HTTP
/// Basic authentication (`client_id:client_secret`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct AccessTokenRequest {
    /// The grant type.
    pub grant_type: GrantType,
    /// The API to access; a grant associated with the client. Example: `https://api.dintero.com/v1/accounts/P00000000`.
    pub audience: String,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// An OAuth grant type of the token endpoint.
    ts: closed,
    pub enum GrantType {
        /// Client credentials.
        ClientCredentials = "client_credentials",
    }
}

/// The 200 response of the token endpoint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct AccessToken {
    /// A JWT access token; send it as `Authorization: Bearer {access_token}`.
    pub access_token: String,
    /// The token type.
    pub token_type: AccessTokenType,
    /// The lifetime of the access token in seconds from when the response was generated. Example: `86400`.
    pub expires_in: i64,
    /// Token to request new tokens when this one expires; not issued for client credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// The type of an access token.
    ts: open,
    pub enum AccessTokenType {
        /// A bearer token.
        Bearer = "Bearer",
    }
}
