//! Appearance of the checkout page (spec `SessionThemeConfiguration.theme`).

use super::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Customizes the appearance of the checkout.
///
/// Colors are given as hex (`#ff0000`), `rgb(255,0,0)` or `rgba(255,0,0,0.5)`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SessionTheme {
    /// Color of the backdrop shown in desktop mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backdrop: Option<String>,
    /// Primary color, used on the pay button and other buttons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<String>,
    /// Corner radius of cards (2026 API).
    #[serde(
        rename = "cardRadius",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub card_radius: Option<String>,
    /// Corner radius of buttons (2026 API).
    #[serde(
        rename = "buttonRadius",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub button_radius: Option<String>,
    /// Default text color.
    ///
    /// @deprecated Ignored by Dintero (deprecated in the 2024 spec, removed in 2026).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Color used for warnings.
    ///
    /// @deprecated Ignored by Dintero (deprecated in the 2024 spec, removed in 2026).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
    /// Color used for errors.
    ///
    /// @deprecated Ignored by Dintero (deprecated in the 2024 spec, removed in 2026).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Font stack used by the checkout.
    ///
    /// @deprecated Ignored by Dintero (deprecated in the 2024 spec, removed in 2026).
    #[serde(
        rename = "font-family",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub font_family: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
