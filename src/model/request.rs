//! The body of `POST /v1/sessions/payment-token`.

use super::open_enum::open_enum;
use super::wire_schema::wire_object;
use super::{Metadata, SessionCustomer, SessionTheme, SessionUrls, Store, TokenProvider};
use serde::{Deserialize, Serialize};
use tsify::Tsify;

wire_object! {
    /// Request body of `POST /v1/sessions/payment-token`: creates a session where the customer
    /// enters payment details (e.g. a card) so a payment and/or recurrence token can be created,
    /// without reserving or charging any amount.
    ///
    /// The token is not in the response: it is read afterwards from the transaction
    /// (`GET /v1/transactions/{id}?includes=card.payment_token`), whose id arrives on `return_url`
    /// and `callback_url`.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PaymentTokenSessionRequest {
        /// The session to create the payment token from. Required.
        pub session: PaymentTokenSession => object,
        /// The type of token to create and the payment product it is created for. Required.
        pub token_provider: TokenProvider => object,
    }
}

wire_object! {
    /// The session of a payment token request (spec `SessionPaymentToken` with `Metadata`).
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PaymentTokenSession {
        /// The order the token is created for. Required.
        pub order: PaymentTokenOrder => object,
        /// Where Checkout redirects the customer and sends callbacks. Required.
        pub url: SessionUrls => object,
        /// Configuration profile to use for branding.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub profile_id: Option<String> => text(Plain),
        /// The customer the token is created for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub customer: Option<SessionCustomer> => object,
        /// When the session expires, as an RFC 3339 date-time. Example: `2023-11-07T05:31:56Z`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expires_at: Option<String> => text(FutureDateTime),
        /// Appearance and channel of the checkout.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub configuration: Option<PaymentTokenSessionConfiguration> => object,
        /// Additional metadata about the session.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metadata: Option<Metadata> => metadata,
    }
}

wire_object! {
    /// The order of a payment token session. It carries no amount or items: nothing is charged.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PaymentTokenOrder {
        /// The three-character ISO 4217 currency. Required. Example: `NOK`.
        pub currency: String => text(Currency),
        /// A reference by the merchant to identify the corresponding order for the Checkout
        /// session. Required.
        pub merchant_reference: String => text(Plain),
        /// A second reference by the merchant to identify the order.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub merchant_reference_2: Option<String> => text(Plain),
        /// The store the order belongs to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub store: Option<Store> => object,
    }
}

wire_object! {
    /// Configuration of a payment token session (spec `SessionThemeConfiguration`, plus
    /// `channel` in the 2026 API).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PaymentTokenSessionConfiguration {
        /// Customizes the appearance of the checkout.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub theme: Option<SessionTheme> => object,
        /// Channel of the checkout (2026 API). Dintero's default is `ecommerce`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub channel: Option<PaymentTokenChannel> => text(Channel),
    }
}

open_enum! {
    /// Channel of a payment token session (2026 API).
    ts: closed,
    pub enum PaymentTokenChannel {
        /// A web checkout (the default).
        Ecommerce = "ecommerce",
        /// A payment from a mobile app; `url.return_url` may be the app's appswitch URL.
        InApp = "in_app",
    }
}
