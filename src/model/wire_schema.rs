//! The request model declares each wire field once, and the validator's field table comes from
//! that declaration.
//!
//! A request object type is written with [`wire_object!`]: the struct (serde + tsify, so the
//! TypeScript and the payload come from it) and, from the same field list, its
//! [`WireType::FIELDS`] table (wire name, required or not, and the rule its value follows) that
//! `validate` walks. Whether a field is required follows from its Rust type (`Option<T>` is
//! optional), so the TypeScript `field?:`, serde and the validator cannot disagree.
//!
//! Adding an optional request field is one line pair in the struct, e.g.
//! `#[serde(default, skip_serializing_if = "Option::is_none")] pub nickname: Option<String> => text(Plain),`.

/// One known field of a request object, as the validator sees it.
#[derive(Debug, PartialEq)]
pub struct Field {
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
#[derive(Debug, PartialEq)]
pub enum Kind {
    /// An object with these known fields; other keys are reported as unknown.
    Object(&'static [Field]),
    /// A string, checked by a rule.
    Text(TextRule),
    /// `session.metadata`: a small map of strings and numbers.
    Metadata,
    /// An array of strings from a fixed set.
    List(ListRule),
    /// A JSON number (amounts, quantities, rates).
    Number,
    /// `true` or `false`.
    Boolean,
    /// An array of objects, each with these known fields.
    Items(&'static [Field]),
}

/// The rule a string value must follow (implemented in `validate::text_rules`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRule {
    /// Any string.
    Plain,
    /// An ISO 4217 currency code.
    Currency,
    /// `url.return_url`.
    ReturnUrl,
    /// `url.callback_url`.
    CallbackUrl,
    /// `url.merchant_terms_url`.
    TermsUrl,
    /// An email address.
    Email,
    /// A phone number.
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
    /// `payment.payment_product_type` of a charge (`POST /v1/sessions/pay`).
    PayProductType,
    /// `payment.operation` of a charge.
    PayOperation,
}

/// The rule an array of strings must follow (implemented in `validate::token_provider`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListRule {
    /// `token_provider.token_types`.
    TokenTypes,
    /// `token_provider.token_supported_auth_methods`.
    AuthMethods,
}

/// A type that can be the value of a request field: whether the field is required and, for
/// objects, the fields the validator knows.
pub trait WireType {
    /// `false` only for `Option<T>`.
    const REQUIRED: bool = true;
    /// The known fields of an object type, in declaration order; empty for other types.
    const FIELDS: &'static [Field] = &[];
}

impl WireType for String {}
impl WireType for i64 {}
impl WireType for bool {}
impl WireType for serde_json::Number {}
impl<T> WireType for Vec<T> {}
impl<T: WireType> WireType for Option<T> {
    const REQUIRED: bool = false;
    const FIELDS: &'static [Field] = T::FIELDS;
}

/// Declares a request object type once: the struct, with an `unknown_fields` member that keeps
/// what this version does not know, and its [`WireType::FIELDS`] table. Each field ends in
/// `=> rule`: `text(TextRule)`, `list(ListRule)`, `object`, `items(ItemType)` (an array of objects),
/// `number`, `boolean`, `metadata` or `deprecated` (a text Dintero ignores). A wire name that is not the Rust name is given with `as "wire-name"`.
macro_rules! wire_object {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident $(as $wire:literal)? : $ty:ty => $rule:ident $(($arg:ident))?,
            )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                $(#[serde(rename = $wire)])?
                pub $field: $ty,
            )*
            /// Members this version of the model does not know, kept verbatim.
            #[serde(flatten)]
            pub unknown_fields: $crate::model::UnknownFields,
        }

        impl $crate::model::wire_schema::WireType for $name {
            const FIELDS: &'static [$crate::model::wire_schema::Field] = &[$(
                $crate::model::wire_schema::Field {
                    name: $crate::model::wire_schema::wire_object!(@name $field $(, $wire)?),
                    required: <$ty as $crate::model::wire_schema::WireType>::REQUIRED,
                    deprecated: $crate::model::wire_schema::wire_object!(@deprecated $rule),
                    kind: $crate::model::wire_schema::wire_object!(@kind $ty; $rule $(($arg))?),
                },
            )*];
        }
    };
    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident, $wire:literal) => { $wire };
    (@deprecated deprecated) => { true };
    (@deprecated $rule:ident) => { false };
    (@kind $ty:ty; text($rule:ident)) => {
        $crate::model::wire_schema::Kind::Text($crate::model::wire_schema::TextRule::$rule)
    };
    (@kind $ty:ty; deprecated) => {
        $crate::model::wire_schema::Kind::Text($crate::model::wire_schema::TextRule::Plain)
    };
    (@kind $ty:ty; list($rule:ident)) => {
        $crate::model::wire_schema::Kind::List($crate::model::wire_schema::ListRule::$rule)
    };
    (@kind $ty:ty; object) => {
        $crate::model::wire_schema::Kind::Object(
            <$ty as $crate::model::wire_schema::WireType>::FIELDS,
        )
    };
    (@kind $ty:ty; metadata) => { $crate::model::wire_schema::Kind::Metadata };
    (@kind $ty:ty; number) => { $crate::model::wire_schema::Kind::Number };
    (@kind $ty:ty; boolean) => { $crate::model::wire_schema::Kind::Boolean };
    (@kind $ty:ty; items($item:ident)) => {
        $crate::model::wire_schema::Kind::Items(
            <$item as $crate::model::wire_schema::WireType>::FIELDS,
        )
    };
}

pub(crate) use wire_object;
