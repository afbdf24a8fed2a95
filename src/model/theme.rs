//! Appearance of the checkout page (spec `SessionThemeConfiguration.theme`).

use super::wire_schema::wire_object;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

wire_object! {
    /// Customizes the appearance of the checkout.
    ///
    /// Colors are given as hex (`#ff0000`), `rgb(255,0,0)` or `rgba(255,0,0,0.5)`.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct SessionTheme {
        /// Color of the backdrop shown in desktop mode.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub backdrop: Option<String> => text(Color),
        /// Primary color, used on the pay button and other buttons.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub primary: Option<String> => text(Color),
        /// Corner radius of cards (2026 API).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub card_radius as "cardRadius": Option<String> => text(Plain),
        /// Corner radius of buttons (2026 API).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub button_radius as "buttonRadius": Option<String> => text(Plain),
        /// Default text color.
        ///
        /// @deprecated Ignored by Dintero (deprecated in the 2024 spec, removed in 2026).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub text: Option<String> => deprecated,
        /// Color used for warnings.
        ///
        /// @deprecated Ignored by Dintero (deprecated in the 2024 spec, removed in 2026).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub warning: Option<String> => deprecated,
        /// Color used for errors.
        ///
        /// @deprecated Ignored by Dintero (deprecated in the 2024 spec, removed in 2026).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub error: Option<String> => deprecated,
        /// Font stack used by the checkout.
        ///
        /// @deprecated Ignored by Dintero (deprecated in the 2024 spec, removed in 2026).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub font_family as "font-family": Option<String> => deprecated,
    }
}
