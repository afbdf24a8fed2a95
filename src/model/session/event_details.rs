//! Details of a checkout event (spec `SessionMeta.events.details`).

use crate::model::open_enum::open_enum;
use crate::model::{
    CollectorB2bAddress, MyDinteroUserCreation, OrderAddress, PaymentProductType, SessionExpress,
    SessionOrder, ShippingOption, UnknownFields,
};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

/// Details of a checkout event; which members are present depends on the event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct SessionEventDetails {
    /// Error of a failed event. Example: `Rejected`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The payment product type involved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_product_type: Option<PaymentProductType>,
    /// Amount involved, in the smallest unit of the currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The shipping option set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_option: Option<ShippingOption>,
    /// The shipping address set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<OrderAddress>,
    /// Bambora session details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bambora: Option<BamboraEventDetails>,
    /// Klarna session details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub klarna: Option<KlarnaEventDetails>,
    /// Swedbank Pay payment id.
    #[serde(
        rename = "payex:payment:id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payex_payment_id: Option<String>,
    /// Company addresses offered by Collector Bank.
    #[serde(
        rename = "collector:invoice_b2b:addresses",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub collector_invoice_b2b_addresses: Option<Vec<CollectorB2bAddress>>,
    /// Installment products offered by Collector Bank.
    #[serde(
        rename = "collector:installment:products",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub collector_installment_products: Option<Vec<CollectorInstallmentProduct>>,
    /// myDintero options set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub my_dintero: Option<MyDinteroUserCreation>,
    /// Organization number involved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_number: Option<String>,
    /// The order before an update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_order: Option<SessionOrder>,
    /// The order after an update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_order: Option<SessionOrder>,
    /// The express options before an update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_express: Option<ExpressSnapshot>,
    /// The express options after an update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_express: Option<ExpressSnapshot>,
    /// The gift card set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gift_card: Option<EventGiftCard>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Bambora session details of a checkout event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct BamboraEventDetails {
    /// Bambora session token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// Bambora session URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_url: Option<String>,
    /// Bambora wallet session id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet_session_id: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// Klarna session details of a checkout event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct KlarnaEventDetails {
    /// Klarna client token.
    pub client_token: String,
    /// Klarna session id.
    pub session_id: String,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// The express options of a session at one point in time (spec `SessionExpress`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct ExpressSnapshot {
    /// The express options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub express: Option<SessionExpress>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A gift card set in a checkout event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct EventGiftCard {
    /// Id of the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
    /// Amount on the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(type = "number")]
    pub card_amount: Option<Number>,
    /// Masked card token, for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub masked_card_token: Option<String>,
    /// Currency of the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// A Collector Bank installment product (spec `CollectorProduct`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
pub struct CollectorInstallmentProduct {
    /// Id of the payment product. Example: `IF_3_001`.
    pub id: String,
    /// The kind of product.
    #[serde(rename = "type")]
    pub kind: CollectorProductType,
    /// Number of months.
    pub credit_time: i64,
    /// The fee for a buy now, pay later product.
    pub campaign_fee: i64,
    /// The startup fee for the product.
    pub origination_fee: i64,
    /// The notification fee for the product.
    pub notification_fee: i64,
    /// The interest rate. Example: `0.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_interest_rate: Option<String>,
    /// The effective annual interest rate. Example: `54.69`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_annual_interest_rate: Option<String>,
    /// The total amount to pay.
    pub total_amount: i64,
    /// The amount to pay per month.
    pub monthly_amount: i64,
    /// The amount to pay in the first invoice (includes the origination fee).
    pub first_monthly_amount: i64,
    /// Members this version of the model does not know, kept verbatim.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

open_enum! {
    /// The kind of a Collector Bank installment product.
    ts: open,
    pub enum CollectorProductType {
        /// Interest free.
        InterestFree = "interest_free",
        /// Annuity loan.
        Annuity = "annuity",
    }
}
