//! The known shape of a payment token session request, field by field, in the order of the
//! documentation page (`POST /v1/sessions/payment-token`). Issues are reported in this order.
//!
//! Sources: the 2024 Swagger spec (`SessionPaymentToken`, `TokenProvider` and their
//! references) and the newer documentation page. Where they disagree the documentation page
//! wins: `configuration.channel`, `theme.cardRadius`/`buttonRadius`, `store.payout_destination_id`
//! and the `dintero_psp.*` providers exist only there, and the theme keys `text`, `warning`,
//! `error` and `font-family` are gone from it (the 2024 spec already called them deprecated).

/// One known field of an object.
pub(super) struct Field {
    /// The key on the wire.
    pub name: &'static str,
    /// Whether a missing key is an error.
    pub required: bool,
    /// Whether Dintero documents the key as deprecated and ignored.
    pub deprecated: bool,
    /// What the value must look like.
    pub kind: Kind,
}

/// What a field's value must look like.
pub(super) enum Kind {
    /// An object with these known fields; other keys are reported as unknown.
    Object(&'static [Field]),
    /// A string, checked by a rule.
    Text(TextRule),
    /// `session.metadata`: a small map of strings and numbers.
    Metadata,
    /// An array of strings from a fixed set.
    List(ListRule),
}

/// The rule a string value must follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TextRule {
    /// Any string.
    Plain,
    /// An active ISO 4217 code.
    Currency,
    /// `url.return_url`: absolute http(s) URL, or any absolute URL on the `in_app` channel.
    ReturnUrl,
    /// `url.callback_url`: absolute https URL, not local, with valid documented parameters.
    CallbackUrl,
    /// `url.merchant_terms_url`: absolute http(s) URL.
    TermsUrl,
    /// An email address.
    Email,
    /// An E.164 phone number.
    PhoneNumber,
    /// An RFC 3339 date-time in the future.
    FutureDateTime,
    /// `configuration.channel`.
    Channel,
    /// A theme colour.
    Color,
    /// A four-digit merchant category code.
    Mcc,
    /// An ISO 3166-1 alpha-2 country code.
    Country,
    /// `token_provider.payment_product_type`.
    PaymentProductType,
}

/// The rule an array of strings must follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ListRule {
    /// `token_provider.token_types`.
    TokenTypes,
    /// `token_provider.token_supported_auth_methods`.
    AuthMethods,
}

const fn field(name: &'static str, required: bool, kind: Kind) -> Field {
    Field {
        name,
        required,
        deprecated: false,
        kind,
    }
}

const fn optional_text(name: &'static str, rule: TextRule) -> Field {
    field(name, false, Kind::Text(rule))
}

const fn required_text(name: &'static str, rule: TextRule) -> Field {
    field(name, true, Kind::Text(rule))
}

const fn deprecated_text(name: &'static str) -> Field {
    Field {
        name,
        required: false,
        deprecated: true,
        kind: Kind::Text(TextRule::Plain),
    }
}

/// The request body: `{ session, token_provider }`.
pub(super) const REQUEST: &[Field] = &[
    field("session", true, Kind::Object(SESSION)),
    field("token_provider", true, Kind::Object(TOKEN_PROVIDER)),
];

const SESSION: &[Field] = &[
    field("order", true, Kind::Object(ORDER)),
    field("url", true, Kind::Object(URLS)),
    optional_text("profile_id", TextRule::Plain),
    field("customer", false, Kind::Object(CUSTOMER)),
    optional_text("expires_at", TextRule::FutureDateTime),
    field("configuration", false, Kind::Object(CONFIGURATION)),
    field("metadata", false, Kind::Metadata),
];

const ORDER: &[Field] = &[
    required_text("currency", TextRule::Currency),
    required_text("merchant_reference", TextRule::Plain),
    optional_text("merchant_reference_2", TextRule::Plain),
    field("store", false, Kind::Object(STORE)),
];

const STORE: &[Field] = &[
    required_text("id", TextRule::Plain),
    optional_text("name", TextRule::Plain),
    optional_text("business_name", TextRule::Plain),
    field("address", false, Kind::Object(ADDRESS)),
    optional_text("chain", TextRule::Plain),
    // The spec gives store contact details no format (unlike the customer's): a store's
    // printed phone number or shared mailbox need not be E.164 or a personal address.
    optional_text("email", TextRule::Plain),
    optional_text("gln", TextRule::Plain),
    optional_text("organization_number", TextRule::Plain),
    optional_text("phone_number", TextRule::Plain),
    optional_text("mcc", TextRule::Mcc),
    optional_text("bax", TextRule::Plain),
    optional_text("terminal_id", TextRule::Plain),
    optional_text("payout_destination_id", TextRule::Plain),
];

const ADDRESS: &[Field] = &[
    required_text("address_line", TextRule::Plain),
    required_text("postal_place", TextRule::Plain),
    required_text("country", TextRule::Country),
    optional_text("address_line_2", TextRule::Plain),
    optional_text("postal_code", TextRule::Plain),
];

const URLS: &[Field] = &[
    required_text("return_url", TextRule::ReturnUrl),
    optional_text("callback_url", TextRule::CallbackUrl),
    optional_text("merchant_terms_url", TextRule::TermsUrl),
];

const CUSTOMER: &[Field] = &[
    optional_text("customer_id", TextRule::Plain),
    optional_text("email", TextRule::Email),
    optional_text("phone_number", TextRule::PhoneNumber),
];

const CONFIGURATION: &[Field] = &[
    field("theme", false, Kind::Object(THEME)),
    optional_text("channel", TextRule::Channel),
];

const THEME: &[Field] = &[
    optional_text("backdrop", TextRule::Color),
    optional_text("primary", TextRule::Color),
    // The documentation page gives no format for the radii (e.g. `8px`).
    optional_text("cardRadius", TextRule::Plain),
    optional_text("buttonRadius", TextRule::Plain),
    deprecated_text("text"),
    deprecated_text("warning"),
    deprecated_text("error"),
    deprecated_text("font-family"),
];

const TOKEN_PROVIDER: &[Field] = &[
    required_text("payment_product_type", TextRule::PaymentProductType),
    field("token_types", true, Kind::List(ListRule::TokenTypes)),
    field(
        "token_supported_auth_methods",
        false,
        Kind::List(ListRule::AuthMethods),
    ),
];
