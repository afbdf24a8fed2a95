//! The full checkout session, as returned by Dintero (spec `Id`, `Session`, `SessionRead`, `SessionCancelled`).

mod checkbox;
mod configuration;
mod customer;
mod customer_type;
mod event;
mod event_details;
mod express;
mod gift_card;
mod order;
mod order_address;
mod order_item;
mod payout_split;
mod request_headers;
mod shipping_option;
pub use checkbox::{Checkbox, CheckboxLink};
pub use configuration::{
    ActivePaymentTypes, AgeVerification, AmountLimit, ApplePayDetails, BamboraConfiguration,
    BamboraCreditcardConfiguration, CollectorB2bAccount, CollectorB2bAddress,
    CollectorConfiguration, CollectorOptions, CollectorPreapprovedConfiguration,
    CollectorProductConfiguration, ConfigurationEntryType, CountryConfiguration,
    DinteroConfiguration, DinteroExternalConfiguration, DinteroExternalContent,
    DinteroExternalDisplay, DinteroExternalTerm, DinteroPspApplePayConfiguration,
    DinteroPspConfiguration, DinteroPspCreditcardConfiguration, DinteroPspWalletConfiguration,
    DiscountsConfiguration, DynamicPayoutDestination, DynamicPayoutDestinationType,
    ExpressDiscountCodesConfiguration, GeneratePaymentTokenConfig, InstabankConfiguration,
    InstabankFinanceConfiguration, InstabankFinanceProduct, InstabankInstallmentConfiguration,
    InstabankInstallmentProduct, InstabankInvoiceConfiguration, InstabankInvoiceProduct,
    InstabankLoanExample, InstabankPostponementConfiguration, InstabankPostponementProduct,
    KlarnaConfiguration, KraviaConfiguration, KraviaInvoiceChannel, KraviaInvoiceConfiguration,
    KraviaInvoiceInterval, KraviaInvoiceSchedule, LiabilityRule, MerchantConfiguration,
    NetaxeptConfiguration, NetaxeptCreditcardConfiguration, NetaxeptTerminal, NetaxeptTerminalPath,
    NetworkExemptions, OrderDiscountsConfiguration, PayExConfiguration,
    PayExCreditcardConfiguration, Payability, PaymentProductToggle, PayoutConfiguration,
    PayoutPaymentProduct, SantanderConfiguration, SantanderDebitAccount,
    SantanderDebitAccountConfiguration, SaveCardCheckbox, ScaPolicy, SeitatechConfiguration,
    SessionChannel, SessionConfiguration, SwishConfiguration, SwishPaymentConfiguration,
    TwoConfiguration, TwoInvoiceConfiguration, VippsConfiguration,
};
pub use customer::{
    CustomerGiftCards, CustomerPaymentToken, CustomerTokens, CustomerWalletCard, MyDinteroAction,
    MyDinteroTerms, MyDinteroUserCreation, SessionCustomerDetails,
};
pub use customer_type::CustomerType;
pub use event::{SessionEvent, SessionEventName};
pub use event_details::{
    BamboraEventDetails, CollectorInstallmentProduct, CollectorProductType, EventGiftCard,
    ExpressSnapshot, KlarnaEventDetails, SessionEventDetails,
};
pub use express::{ExpressDiscountCodes, SessionExpress, ShippingMode};
pub use gift_card::{GiftCard, GiftCardType};
pub use order::SessionOrder;
pub use order_address::OrderAddress;
pub use order_item::{DiscountItem, DiscountType, OrderItem, OrderItemGroup, OrderItemType};
pub use payout_split::{PayoutFeeSplit, PayoutFeeSplitType, PayoutSplit};
pub use request_headers::{RequestHeaders, SystemRequestHeaders};
pub use shipping_option::{
    DeliveryMethod, EnvironmentalData, EnvironmentalDetail, OpeningHours, OpeningPeriod,
    PayInStore, PayInStoreType, PickUpAddress, ShipmentItem, ShippingEta, ShippingOption,
    ShippingTimeSlot,
};

use crate::model::{Metadata, PaymentOperationIntent, SessionUrls, UnknownFields};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// A checkout session with all details, as Dintero returns it (`session` of the creation
/// response when `include_session=true`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct Session {
    /// Where Checkout redirects the customer and sends callbacks.
    pub url: SessionUrls,
    /// The order.
    pub order: SessionOrder,
    /// The session configuration, with every payment product and option resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<SessionConfiguration>,
    /// The id of the session; it carries the account id prefix. Example: `T11223445.5cyWnV68vzJ1kYjZPrKWWm`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the session was created (date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<SessionCustomerDetails>,
    /// When the session expires: the checkout page is not available after it (date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// Checkboxes shown in the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkboxes: Option<Vec<Checkbox>>,
    /// Express checkout options; only for express sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub express: Option<SessionExpress>,
    /// When the session was last updated (date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The IP of the customer when last visiting the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_ip: Option<String>,
    /// The full user agent of the customer's device when last visiting the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// The identifying headers of the request that created the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiating_system_request_headers: Option<SystemRequestHeaders>,
    /// What the session is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_operation: Option<PaymentOperationIntent>,
    /// Checkout process events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<SessionEvent>>,
    /// The transaction created through the checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// Metadata of the session, including Dintero's `session:profile_id` (the profile used to create it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// Who cancelled the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_by: Option<String>,
    /// When the session was cancelled (date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}
