//! Where Checkout sends the customer and the callbacks (spec `SessionUrls`).

use super::wire_schema::wire_object;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

wire_object! {
    /// URLs Checkout redirects the customer to and calls back.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct SessionUrls {
        /// URL of the page Checkout redirects the customer to when the Checkout process has ended.
        /// Required.
        ///
        /// Checkout appends query parameters: `transaction_id` (when a transaction was created),
        /// `merchant_reference`, and `error` when something went wrong (`cancelled`: the customer
        /// cancelled; `authorization`: the customer failed to authorize the payment; `failed`: the
        /// transaction was rejected or failed). With `configuration.channel = "in_app"` this can be
        /// the app's appswitch URL. Example: `https://example.com/accept`.
        pub return_url: String => text(ReturnUrl),
        /// URL Checkout calls (system to system, retried) when the payment is complete and the
        /// transaction has been authorized. Callbacks are only delivered to HTTPS URLs, and
        /// `https://localhost` / `http://127.0.0.1` cannot be used.
        ///
        /// Query options: `method=POST` (POST with the transaction in the body), `report_error=true`,
        /// `delay_callback=<seconds>` (max 60), `report_event=CAPTURE|REFUND|VOID`,
        /// `includes=session`, `sid_parameter_name=sid`.
        /// Example: `https://example.com/callback?method=GET`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub callback_url: Option<String> => text(CallbackUrl),
        /// URL of a page with the merchant's terms of service, linked from the checkout.
        /// Example: `https://example.com/terms.html`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub merchant_terms_url: Option<String> => text(TermsUrl),
    }
}
