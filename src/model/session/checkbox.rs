//! Checkboxes shown in the checkout (spec `Checkbox`).

use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A checkbox shown in the checkout (at most 2 per session).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct Checkbox {
    /// Id of the checkbox, to reference it later.
    pub id: String,
    /// Label shown next to the checkbox (2 to 99 characters).
    pub label: String,
    /// Whether the checkbox is checked by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<bool>,
    /// Whether the checkbox must be checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// A link shown with the checkbox.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<CheckboxLink>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A link shown with a checkbox.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CheckboxLink {
    /// Link URL.
    pub url: String,
    /// Link text. Example: `Terms for checkbox action`.
    pub text: String,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
