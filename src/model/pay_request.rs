//! The body of `POST /v1/sessions/pay` ("Create and pay merchant initiated session"): a charge
//! of a stored card token without the shopper (spec `PaySessionOptions`, `SessionCustomerTokens`,
//! `Metadata`, `PayPayment`; Y24 l.1717-1816, l.8841-8870, l.2206-2231).
//!
//! It reuses the session's blocks: [`SessionCustomer`], [`Store`], [`Metadata`], the
//! `callback_url` rule of [`crate::model::SessionUrls`].

use super::open_enum::open_enum;
use super::wire_schema::wire_object;
use super::{Metadata, Store};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use tsify::Tsify;

wire_object! {
    /// Request body of `POST /v1/sessions/pay`: charges a card token stored earlier (a
    /// merchant-initiated transaction). The answer is the transaction.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayWithTokenRequest {
        /// The session to create the payment from: the order with its amount, the customer with
        /// the token, `url.callback_url`, `configuration.auto_capture`, metadata.
        pub session: PaySession => object,
        /// Details to complete the payment: `payment_product_type` and `operation`.
        pub payment: PayPayment => object,
    }
}

wire_object! {
    /// The session a charge is created from (spec `PaySessionOptions` with
    /// `SessionCustomerTokens` and `Metadata`). There is no `return_url`: no shopper is present.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PaySession {
        /// The order to charge. Required. Its `merchant_reference` names this one charge.
        pub order: PayOrder => object,
        /// Where Dintero sends the callback (only `callback_url`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<PayUrls> => object,
        /// The customer, with the stored token under `tokens.<payment_product_type>`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub customer: Option<PayCustomer> => object,
        /// When the session expires, as an RFC 3339 date-time.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expires_at: Option<String> => text(FutureDateTime),
        /// `auto_capture`: capture at once when authorized.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub configuration: Option<PayConfiguration> => object,
        /// Additional metadata about the session.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<Metadata> => metadata,
    }
}

wire_object! {
    /// The order of a charge (spec `SessionOrder`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayOrder {
        /// The amount to authorize (and capture) including VAT, in the smallest unit of the
        /// currency. Required. Example: `29990`.
        pub amount: i64 => number,
        /// The three-character ISO 4217 currency. Required. Example: `NOK`.
        pub currency: String => text(Currency),
        /// The merchant's reference of this charge. Required. With the default
        /// `strict-merchant-reference` toggle Dintero refuses a second session with the same
        /// reference: use a new one for every charge (and after a decline).
        pub merchant_reference: String => text(Plain),
        /// The VAT of `amount`, in the smallest unit of the currency. Example: `6000`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub vat_amount: Option<i64> => number,
        /// A second reference by the merchant.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub merchant_reference_2: Option<String> => text(Plain),
        /// The order lines.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub items: Option<Vec<PayOrderItem>> => items(PayOrderItem),
        /// The shipping address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub shipping_address: Option<PayOrderAddress> => object,
        /// The billing address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub billing_address: Option<PayOrderAddress> => object,
        /// Whether `amount` may be lower than the sum of the items.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub partial_payment: Option<bool> => boolean,
        /// The store the order belongs to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub store: Option<Store> => object,
    }
}

wire_object! {
    /// One order line (spec `OrderItem`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayOrderItem {
        /// The product id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String> => text(Plain),
        /// Unique id of the line within the order. Example: `1`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub line_id: Option<String> => text(Plain),
        /// What is sold. Example: `Stablestol`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub description: Option<String> => text(Plain),
        /// Quantity. Example: `1`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[tsify(type = "number", optional)]
        pub quantity: Option<Number> => number,
        /// The line amount including VAT, in the smallest unit of the currency.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub amount: Option<i64> => number,
        /// The VAT of `amount`, in the smallest unit of the currency.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub vat_amount: Option<i64> => number,
        /// The VAT rate in percent. Example: `25`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[tsify(type = "number", optional)]
        pub vat: Option<Number> => number,
    }
}

wire_object! {
    /// A shipping or billing address (spec `OrderAddress`; its other members pass through).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayOrderAddress {
        /// First name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub first_name: Option<String> => text(Plain),
        /// Last name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub last_name: Option<String> => text(Plain),
        /// Street address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub address_line: Option<String> => text(Plain),
        /// Second address line.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub address_line_2: Option<String> => text(Plain),
        /// C/O address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub co_address: Option<String> => text(Plain),
        /// Name of the company.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub business_name: Option<String> => text(Plain),
        /// Postal code.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub postal_code: Option<String> => text(Plain),
        /// Postal place.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub postal_place: Option<String> => text(Plain),
        /// ISO 3166-1 alpha-2 country. Example: `NO`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub country: Option<String> => text(Country),
        /// Phone number with international prefix.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phone_number: Option<String> => text(PhoneNumber),
        /// Email address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String> => text(Email),
    }
}

wire_object! {
    /// URLs of a charge: only `callback_url` (there is no shopper to return).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayUrls {
        /// URL Dintero calls when the transaction is authorized (HTTPS only). Example:
        /// `https://example.com/callback?method=GET`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub callback_url: Option<String> => text(CallbackUrl),
    }
}

wire_object! {
    /// The customer of a charge (spec `SessionCustomer` with `SessionCustomerTokens`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayCustomer {
        /// Customer id in the merchant's system.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub customer_id: Option<String> => text(Plain),
        /// Customer email address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String> => text(Email),
        /// Customer phone number with international prefix.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phone_number: Option<String> => text(PhoneNumber),
        /// The stored token to charge, under the `payment.payment_product_type` it belongs to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tokens: Option<PayCustomerTokens> => object,
    }
}

wire_object! {
    /// Stored tokens by payment product type (spec `SessionCustomerTokens`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayCustomerTokens {
        /// Swedbank Pay card: `payment_token` or `recurrence_token`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub payex_creditcard as "payex.creditcard": Option<PayToken> => object,
        /// Bambora card: `payment_token`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub bambora_creditcard as "bambora.creditcard": Option<PayToken> => object,
        /// Dintero PSP card: `payment_token` (2026 API; not in the 2024 spec).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub dintero_psp_creditcard as "dintero_psp.creditcard": Option<PayToken> => object,
    }
}

wire_object! {
    /// A stored card token. A secret: never shown in errors, hooks or logs.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayToken {
        /// The `payment_token` of the card (from `getPaymentToken`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub payment_token: Option<String> => text(Plain),
        /// The `recurrence_token` of the card (Swedbank Pay only).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub recurrence_token: Option<String> => text(Plain),
    }
}

wire_object! {
    /// Configuration of a charge (spec `AutoCaptureConfiguration`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayConfiguration {
        /// Capture the payment as soon as it is authorized. Without it an authorization must be
        /// captured later (or it expires).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub auto_capture: Option<bool> => boolean,
    }
}

wire_object! {
    /// How the token is charged (spec `PayPayment` and its subtypes).
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayPayment {
        /// The payment product the token belongs to: `payex.creditcard` or `bambora.creditcard`
        /// (the spec's), or `dintero_psp.creditcard` (2026, accepted with a warning).
        #[tsify(type = "\"payex.creditcard\" | \"bambora.creditcard\" | \"dintero_psp.creditcard\"")]
        pub payment_product_type: String => text(PayProductType),
        /// `unscheduled_purchase` (a charge at a time the shopper agreed to, of varying amount)
        /// or `recurring_purchase` (a subscription). Required.
        pub operation: PayOperation => text(PayOperation),
    }
}

open_enum! {
    /// The kind of merchant-initiated charge.
    ts: closed,
    pub enum PayOperation {
        /// A charge at a time the shopper agreed to, of varying amount.
        UnscheduledPurchase = "unscheduled_purchase",
        /// A charge of a subscription.
        RecurringPurchase = "recurring_purchase",
    }
}
