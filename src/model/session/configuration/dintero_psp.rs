//! Dintero PSP configuration of a session.

use crate::model::open_enum::open_enum;
use crate::model::{ConfigurationEntryType, Payability, ScaPolicy, TokenAuthMethod, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Dintero PSP configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroPspConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Dintero PSP card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creditcard: Option<DinteroPspCreditcardConfiguration>,
    /// Dintero PSP Vipps (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vipps: Option<DinteroPspWalletConfiguration>,
    /// Dintero PSP Apple Pay (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applepay: Option<DinteroPspApplePayConfiguration>,
    /// Dintero PSP Google Pay (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub googlepay: Option<DinteroPspWalletConfiguration>,
    /// Dintero PSP Click to Pay (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clicktopay: Option<DinteroPspWalletConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Dintero PSP card configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroPspCreditcardConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether card payment is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Generate a payment token for future payments, available from the transaction details (Dintero's default: `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generate_payment_token: Option<bool>,
    /// Authentication methods a generated token supports, in order of preference (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "(TokenAuthMethod | (string & {}))[]")]
    pub token_supported_auth_methods: Option<Vec<TokenAuthMethod>>,
    /// Strong customer authentication policy (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sca_policy: Option<ScaPolicy>,
    /// How the customer is asked to save the card (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generate_payment_token_config: Option<GeneratePaymentTokenConfig>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Configuration of a Dintero PSP wallet: Vipps, Google Pay or Click to Pay (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroPspWalletConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether the wallet is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Generate a payment token for future payments (Google Pay and Click to Pay).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generate_payment_token: Option<bool>,
    /// Strong customer authentication policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sca_policy: Option<ScaPolicy>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Dintero PSP Apple Pay configuration (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct DinteroPspApplePayConfiguration {
    /// Denotes what kind of configuration entry this is (`payment_type`, `payment_product_type` or `discounts`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ConfigurationEntryType>,
    /// Whether Apple Pay is enabled.
    pub enabled: bool,
    /// Whether the product is currently available for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payability: Option<Payability>,
    /// Strong customer authentication policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sca_policy: Option<ScaPolicy>,
    /// Apple Pay merchant details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<ApplePayDetails>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Apple Pay merchant details (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ApplePayDetails {
    /// Domains Apple Pay is used on. Example: `example.dintero.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_names: Option<Vec<String>>,
    /// URL notified of Apple Pay token events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_event_notification_url: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// How the customer is asked to save a card (2026 API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct GeneratePaymentTokenConfig {
    /// How the save-card checkbox behaves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub save_card_checkbox: Option<SaveCardCheckbox>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// How the save-card checkbox behaves (2026 API).
    ts: open,
    pub enum SaveCardCheckbox {
        /// The customer checks the box to save the card.
        OptIn = "opt_in",
    }
}
