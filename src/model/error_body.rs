//! The body of Dintero's error responses (spec `Error`).

use crate::model::{UnknownFields, WireJson};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tsify::Tsify;

/// The body of Dintero's error responses (400, 401, 403, 429, 500):
/// `{ "error": { "code"?, "message", "errors"? } }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ApiErrorBody {
    /// The error.
    pub error: ApiErrorDetail,
    /// Token to continue with multi-factor authentication; sent by the token endpoint with HTTP 403 when `error.code` is `mfa_required`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_token: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

impl WireJson for ApiErrorBody {}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ApiErrorDetail {
    /// The code identifying the error or warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Human readable description of the error or warning.
    pub message: String,
    /// Nested errors encountered during validation, as sent (objects per the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "unknown[]")]
    pub errors: Option<Vec<Value>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
