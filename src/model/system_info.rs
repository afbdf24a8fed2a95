//! The `Dintero-System-*` request headers that identify the calling system.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Header `Dintero-System-Name`.
pub const SYSTEM_NAME_HEADER: &str = "Dintero-System-Name";
/// Header `Dintero-System-Version`.
pub const SYSTEM_VERSION_HEADER: &str = "Dintero-System-Version";
/// Header `Dintero-System-Plugin-Name`.
pub const SYSTEM_PLUGIN_NAME_HEADER: &str = "Dintero-System-Plugin-Name";
/// Header `Dintero-System-Plugin-Version`.
pub const SYSTEM_PLUGIN_VERSION_HEADER: &str = "Dintero-System-Plugin-Version";

/// Identifies the system creating the session; sent as the optional `Dintero-System-*`
/// headers (each at most 120 characters) and echoed by Dintero in the session's
/// `initiating_system_request_headers`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct SystemInfo {
    /// The name of the ecommerce solution (`Dintero-System-Name`). Example: `woocommerce`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The version of the ecommerce solution (`Dintero-System-Version`). Example: `5.4`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The name of the ecommerce plugin (`Dintero-System-Plugin-Name`).
    /// Example: `Dintero.Checkout.WooCommerce`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_name: Option<String>,
    /// The version of the ecommerce plugin (`Dintero-System-Plugin-Version`). Example: `2.3.4`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_version: Option<String>,
}

impl SystemInfo {
    /// The `(header name, value)` pairs to send, in a fixed order, for the fields that are set.
    /// Values are returned as given; checking their length is left to validation.
    pub fn headers(&self) -> Vec<(&'static str, &str)> {
        [
            (SYSTEM_NAME_HEADER, &self.name),
            (SYSTEM_VERSION_HEADER, &self.version),
            (SYSTEM_PLUGIN_NAME_HEADER, &self.plugin_name),
            (SYSTEM_PLUGIN_VERSION_HEADER, &self.plugin_version),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|value| (name, value)))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_lists_only_the_fields_that_are_set_in_a_fixed_order() {
        let info = SystemInfo {
            name: Some("woocommerce".into()),
            version: None,
            plugin_name: Some("Dintero.Checkout.WooCommerce".into()),
            plugin_version: Some("2.3.4".into()),
        };
        assert_eq!(
            info.headers(),
            vec![
                ("Dintero-System-Name", "woocommerce"),
                ("Dintero-System-Plugin-Name", "Dintero.Checkout.WooCommerce"),
                ("Dintero-System-Plugin-Version", "2.3.4"),
            ]
        );
        assert!(SystemInfo::default().headers().is_empty());
    }

    #[test]
    fn javascript_names_are_camel_case() {
        let info: SystemInfo = serde_json::from_str(
            r#"{"name":"n","version":"v","pluginName":"pn","pluginVersion":"pv"}"#,
        )
        .unwrap();
        assert_eq!(info.plugin_name.as_deref(), Some("pn"));
        assert_eq!(info.plugin_version.as_deref(), Some("pv"));
        assert_eq!(
            serde_json::to_value(&info).unwrap(),
            serde_json::json!({"name":"n","version":"v","pluginName":"pn","pluginVersion":"pv"})
        );
    }
}
