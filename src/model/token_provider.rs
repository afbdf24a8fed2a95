//! Which payment product the token is created for (spec `TokenProvider` and its subtypes).

use super::open_enum::open_enum;
use super::wire_schema::wire_object;
use super::wire_schema::{Field, Kind, ListRule, TextRule, WireType};
use super::UnknownFields;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use tsify::Tsify;

/// The name of the member that selects the token provider.
pub const PAYMENT_PRODUCT_TYPE: &str = "payment_product_type";

/// The type of token to create, chosen by `payment_product_type`.
///
/// The wire value of `payment_product_type` is the product name (`"payex.creditcard"`), not the
/// schema name some generated SDKs use (`"PayExTokenProvider"`).
///
/// In Rust a `token_provider` whose `payment_product_type` is missing or unknown still parses,
/// as `TokenProvider::Unrecognized`, so validation can report it; the TypeScript type only
/// admits the known providers.
#[derive(Clone, Debug, PartialEq, Tsify)]
#[serde(tag = "payment_product_type")]
pub enum TokenProvider {
    /// Swedbank Pay (PayEx) card: payment and/or recurrence tokens.
    #[serde(rename = "payex.creditcard")]
    PayExCreditcard(PayExTokenProvider),
    /// Bambora card: payment tokens.
    #[serde(rename = "bambora.creditcard")]
    BamboraCreditcard(BamboraTokenProvider),
    /// Dintero PSP card: payment tokens (2026 API).
    #[serde(rename = "dintero_psp.creditcard")]
    DinteroPspCreditcard(DinteroPspTokenProvider),
    /// Dintero PSP Google Pay: payment tokens (2026 API; wire value not confirmed by Dintero's
    /// spec, which lists it only as a payment product type).
    #[serde(rename = "dintero_psp.googlepay")]
    DinteroPspGooglePay(DinteroPspTokenProvider),
    /// Dintero PSP Click to Pay: payment tokens (2026 API; wire value not confirmed by
    /// Dintero's spec, which lists it only as a payment product type).
    #[serde(rename = "dintero_psp.clicktopay")]
    DinteroPspClickToPay(DinteroPspTokenProvider),
    /// Rust only: a provider whose `payment_product_type` is missing, not a string or not
    /// known to this version, kept verbatim (including `payment_product_type`).
    #[serde(skip)]
    Unrecognized(UnknownFields),
}

impl TokenProvider {
    /// The wire value of `payment_product_type`, when present and a string.
    pub fn payment_product_type(&self) -> Option<&str> {
        match self {
            Self::PayExCreditcard(_) => Some("payex.creditcard"),
            Self::BamboraCreditcard(_) => Some("bambora.creditcard"),
            Self::DinteroPspCreditcard(_) => Some("dintero_psp.creditcard"),
            Self::DinteroPspGooglePay(_) => Some("dintero_psp.googlepay"),
            Self::DinteroPspClickToPay(_) => Some("dintero_psp.clicktopay"),
            Self::Unrecognized(fields) => fields.get(PAYMENT_PRODUCT_TYPE).and_then(Value::as_str),
        }
    }

    /// The requested token types, whatever the provider.
    pub fn token_types(&self) -> Option<&[TokenType]> {
        match self {
            Self::PayExCreditcard(provider) => Some(&provider.token_types),
            Self::BamboraCreditcard(provider) => Some(&provider.token_types),
            Self::DinteroPspCreditcard(provider)
            | Self::DinteroPspGooglePay(provider)
            | Self::DinteroPspClickToPay(provider) => Some(&provider.token_types),
            Self::Unrecognized(_) => None,
        }
    }
}

impl WireType for TokenProvider {
    /// `payment_product_type`, then the members of every provider (the validator checks which
    /// ones the chosen provider allows). A test keeps this in step with the provider structs.
    const FIELDS: &'static [Field] = &[
        Field {
            name: PAYMENT_PRODUCT_TYPE,
            required: true,
            deprecated: false,
            kind: Kind::Text(TextRule::PaymentProductType),
        },
        Field {
            name: "token_types",
            required: true,
            deprecated: false,
            kind: Kind::List(ListRule::TokenTypes),
        },
        Field {
            name: "token_supported_auth_methods",
            required: false,
            deprecated: false,
            kind: Kind::List(ListRule::AuthMethods),
        },
    ];
}

/// Serializes `payment_product_type` followed by the members of the provider.
#[derive(Serialize)]
struct Tagged<'a, T> {
    payment_product_type: &'a str,
    #[serde(flatten)]
    provider: &'a T,
}

impl Serialize for TokenProvider {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let tag = self.payment_product_type().unwrap_or_default();
        match self {
            Self::PayExCreditcard(provider) => Tagged {
                payment_product_type: tag,
                provider,
            }
            .serialize(serializer),
            Self::BamboraCreditcard(provider) => Tagged {
                payment_product_type: tag,
                provider,
            }
            .serialize(serializer),
            Self::DinteroPspCreditcard(provider)
            | Self::DinteroPspGooglePay(provider)
            | Self::DinteroPspClickToPay(provider) => Tagged {
                payment_product_type: tag,
                provider,
            }
            .serialize(serializer),
            Self::Unrecognized(fields) => fields.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for TokenProvider {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let members = Map::<String, Value>::deserialize(deserializer)?;
        let tag = match members.get(PAYMENT_PRODUCT_TYPE) {
            Some(Value::String(tag)) => tag.clone(),
            _ => return Ok(Self::Unrecognized(UnknownFields(members))),
        };
        fn provider<T: serde::de::DeserializeOwned, E: serde::de::Error>(
            mut members: Map<String, Value>,
        ) -> Result<T, E> {
            members.remove(PAYMENT_PRODUCT_TYPE);
            serde_json::from_value(Value::Object(members)).map_err(E::custom)
        }
        match tag.as_str() {
            "payex.creditcard" => provider(members).map(Self::PayExCreditcard),
            "bambora.creditcard" => provider(members).map(Self::BamboraCreditcard),
            "dintero_psp.creditcard" => provider(members).map(Self::DinteroPspCreditcard),
            "dintero_psp.googlepay" => provider(members).map(Self::DinteroPspGooglePay),
            "dintero_psp.clicktopay" => provider(members).map(Self::DinteroPspClickToPay),
            // Kept exactly as sent: `members` still holds the tag.
            _ => Ok(Self::Unrecognized(UnknownFields(members))),
        }
        .map_err(|error: D::Error| {
            D::Error::custom(format_args!("token_provider ({tag}): {error}"))
        })
    }
}

wire_object! {
    /// Token provider `payex.creditcard` (spec `PayExTokenProvider`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct PayExTokenProvider {
        /// The tokens to create: `payment_token` and/or `recurrence_token`. Required.
        #[tsify(type = "(\"payment_token\" | \"recurrence_token\")[]")]
        pub token_types: Vec<TokenType> => list(TokenTypes),
    }
}

wire_object! {
    /// Token provider `bambora.creditcard` (spec `BamboraTokenProvider`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct BamboraTokenProvider {
        /// The tokens to create. Required. Only `payment_token` since 2025 (the 2024 spec also
        /// allowed `recurrence_token`).
        #[tsify(type = "\"payment_token\"[]")]
        pub token_types: Vec<TokenType> => list(TokenTypes),
    }
}

wire_object! {
    /// Token providers `dintero_psp.creditcard`, `dintero_psp.googlepay` and
    /// `dintero_psp.clicktopay` (2026 API).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Tsify)]
    pub struct DinteroPspTokenProvider {
        /// The tokens to create. Required. Only `payment_token`.
        #[tsify(type = "\"payment_token\"[]")]
        pub token_types: Vec<TokenType> => list(TokenTypes),
        /// Authentication methods the token supports, in order of preference.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub token_supported_auth_methods: Option<Vec<TokenAuthMethod>> => list(AuthMethods),
    }
}

open_enum! {
    /// A kind of token a token provider can create.
    ts: closed,
    pub enum TokenType {
        /// A token for future customer-initiated payments.
        PaymentToken = "payment_token",
        /// A token for recurring (merchant-initiated) payments; `payex.creditcard` only.
        RecurrenceToken = "recurrence_token",
    }
}

open_enum! {
    /// How a customer authenticates a payment made with a Dintero PSP token.
    ts: closed,
    pub enum TokenAuthMethod {
        /// 3-D Secure.
        ThreeDs = "3DS",
        /// Passkey.
        Passkey = "PASSKEY",
    }
}
