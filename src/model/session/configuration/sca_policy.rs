//! Strong customer authentication policy of a Dintero PSP product (2026 API).

use crate::model::UnknownFields;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Strong customer authentication (SCA) policy of a Dintero PSP product (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ScaPolicy {
    /// SCA exemptions requested from the card network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_exemptions: Option<NetworkExemptions>,
    /// Rules for when liability is accepted instead of authenticating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liability_rules: Option<Vec<LiabilityRule>>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// SCA exemptions requested from the card network (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct NetworkExemptions {
    /// Request the low-value exemption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_value: Option<bool>,
    /// Request the low-risk exemption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_risk: Option<bool>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// When liability is accepted instead of strong customer authentication (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct LiabilityRule {
    /// Amount limits per currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<Vec<AmountLimit>>,
    /// Card issuer countries (ISO 3166-1 alpha-2) the rule applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_countries: Option<Vec<String>>,
    /// Whether the rule is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// An amount limit in one currency (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct AmountLimit {
    /// The limit, in the smallest unit of the currency. Example: `50000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// ISO 4217 currency. Example: `NOK`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
