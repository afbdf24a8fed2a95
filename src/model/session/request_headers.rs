//! Request headers Dintero records for a session (spec `SystemRequestHeaders`, `RequestHeaders`).

use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The `Dintero-System-*` and `User-Agent` headers of the request that created the session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SystemRequestHeaders {
    /// The name of the ecommerce solution. Example: `woocommerce`.
    #[serde(
        rename = "dintero-system-name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dintero_system_name: Option<String>,
    /// The version of the ecommerce solution. Example: `5.0.0`.
    #[serde(
        rename = "dintero-system-version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dintero_system_version: Option<String>,
    /// The name of the ecommerce plugin. Example: `Dintero.Checkout.WooCommerce`.
    #[serde(
        rename = "dintero-system-plugin-name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dintero_system_plugin_name: Option<String>,
    /// The version of the ecommerce plugin. Example: `2021.03.02`.
    #[serde(
        rename = "dintero-system-plugin-version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dintero_system_plugin_version: Option<String>,
    /// The user agent that made the request.
    #[serde(
        rename = "user-agent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub user_agent: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Headers of a request that caused an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct RequestHeaders {
    /// The checkout instance that made the request. Example: `abcd-14134556135`.
    #[serde(
        rename = "dintero-checkout-instance-id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dintero_checkout_instance_id: Option<String>,
    /// The `Dintero-System-*` and `User-Agent` headers.
    #[serde(flatten)]
    pub system: SystemRequestHeaders,
}
