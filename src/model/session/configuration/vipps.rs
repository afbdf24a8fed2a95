//! Vipps configuration of a session.

use crate::model::{Payability, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Vipps configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct VippsConfiguration {
    /// Whether Vipps is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// A short reference shown to the end user (at most 100 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dynamic_descriptor: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
