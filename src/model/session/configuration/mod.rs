//! The configuration of a session as Dintero returns it (spec `PaymentConfiguration` and friends).

mod bambora;
mod checkout_options;
mod collector;
mod collector_address;
mod dintero;
mod dintero_psp;
mod discounts;
mod instabank;
mod instabank_products;
mod klarna;
mod kravia;
mod merchant;
mod netaxept;
mod payex;
mod payment_product_toggle;
mod payout;
mod santander;
mod sca_policy;
mod seitatech;
mod swish;
mod two;
mod vipps;
pub use bambora::{BamboraConfiguration, BamboraCreditcardConfiguration};
pub use checkout_options::{ActivePaymentTypes, AgeVerification, CountryConfiguration};
pub use collector::{
    CollectorB2bAccount, CollectorConfiguration, CollectorOptions,
    CollectorPreapprovedConfiguration, CollectorProductConfiguration,
};
pub use collector_address::CollectorB2bAddress;
pub use dintero::{
    DinteroConfiguration, DinteroExternalConfiguration, DinteroExternalContent,
    DinteroExternalDisplay, DinteroExternalTerm,
};
pub use dintero_psp::{
    ApplePayDetails, DinteroPspApplePayConfiguration, DinteroPspConfiguration,
    DinteroPspCreditcardConfiguration, DinteroPspWalletConfiguration, GeneratePaymentTokenConfig,
    SaveCardCheckbox,
};
pub use discounts::{
    DiscountsConfiguration, ExpressDiscountCodesConfiguration, OrderDiscountsConfiguration,
};
pub use instabank::{
    InstabankConfiguration, InstabankFinanceConfiguration, InstabankInstallmentConfiguration,
    InstabankInvoiceConfiguration, InstabankPostponementConfiguration,
};
pub use instabank_products::{
    InstabankFinanceProduct, InstabankInstallmentProduct, InstabankInvoiceProduct,
    InstabankLoanExample, InstabankPostponementProduct,
};
pub use klarna::KlarnaConfiguration;
pub use kravia::{
    KraviaConfiguration, KraviaInvoiceChannel, KraviaInvoiceConfiguration, KraviaInvoiceInterval,
    KraviaInvoiceSchedule,
};
pub use merchant::MerchantConfiguration;
pub use netaxept::{
    NetaxeptConfiguration, NetaxeptCreditcardConfiguration, NetaxeptTerminal, NetaxeptTerminalPath,
};
pub use payex::{PayExConfiguration, PayExCreditcardConfiguration};
pub use payment_product_toggle::{ConfigurationEntryType, Payability, PaymentProductToggle};
pub use payout::{
    DynamicPayoutDestination, DynamicPayoutDestinationType, PayoutConfiguration,
    PayoutPaymentProduct,
};
pub use santander::{
    SantanderConfiguration, SantanderDebitAccount, SantanderDebitAccountConfiguration,
};
pub use sca_policy::{AmountLimit, LiabilityRule, NetworkExemptions, ScaPolicy};
pub use seitatech::SeitatechConfiguration;
pub use swish::{SwishConfiguration, SwishPaymentConfiguration};
pub use two::{TwoConfiguration, TwoInvoiceConfiguration};
pub use vipps::VippsConfiguration;

use crate::model::open_enum::open_enum;
use crate::model::{CustomerType, PaymentProductType, PublishMessage, SessionTheme, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// The configuration of a session, with every payment product and option resolved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SessionConfiguration {
    /// Capture the transaction automatically once it is `AUTHORIZED` (Dintero's default: `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_capture: Option<bool>,
    /// Channel of the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<SessionChannel>,
    /// Checkout messages published to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publish: Option<Vec<PublishMessage>>,
    /// Include every active payment type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_payment_types: Option<ActivePaymentTypes>,
    /// The payment type selected when the checkout loads; must be enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_payment_type: Option<PaymentProductType>,
    /// Bambora.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bambora: Option<BamboraConfiguration>,
    /// Dintero (wallets, zero amount, external).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dintero: Option<DinteroConfiguration>,
    /// Dintero PSP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dintero_psp: Option<DinteroPspConfiguration>,
    /// Instabank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instabank: Option<InstabankConfiguration>,
    /// Netaxept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub netaxept: Option<NetaxeptConfiguration>,
    /// Swedbank Pay (PayEx).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payex: Option<PayExConfiguration>,
    /// Vipps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vipps: Option<VippsConfiguration>,
    /// Collector Bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector: Option<CollectorConfiguration>,
    /// Klarna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub klarna: Option<KlarnaConfiguration>,
    /// Kravia (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kravia: Option<KraviaConfiguration>,
    /// Two (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two: Option<TwoConfiguration>,
    /// Santander.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub santander: Option<SantanderConfiguration>,
    /// Seitatech (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seitatech: Option<SeitatechConfiguration>,
    /// Swish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swish: Option<SwishConfiguration>,
    /// Dintero Payout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payout: Option<PayoutConfiguration>,
    /// Whether express wallet payments are allowed (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_express_wallet_payment: Option<bool>,
    /// Age verification of the customer (2026 API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_verification: Option<AgeVerification>,
    /// Discount calculations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discounts: Option<DiscountsConfiguration>,
    /// Appearance of the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<SessionTheme>,
    /// Country preferences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub countries: Option<CountryConfiguration>,
    /// Customer type used by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_customer_type: Option<CustomerType>,
    /// Customer types allowed to give different billing and shipping addresses (Dintero's default: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_different_billing_shipping_address: Option<Vec<CustomerType>>,
    /// Merchant information used in the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant: Option<MerchantConfiguration>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// Channel of a checkout session.
    ts: open,
    pub enum SessionChannel {
        /// A web checkout.
        Ecommerce = "ecommerce",
        /// A payment from a mobile app.
        InApp = "in_app",
        /// A payment in a physical store.
        InStore = "in_store",
    }
}
