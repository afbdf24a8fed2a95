//! The stable issue codes, each with the severity it always has when the validator reports it.
//! Declared once with [`issue_codes!`]: the Rust enum, its text, its severity and the
//! TypeScript `IssueCode` union all come from the list below.

use super::severity::Severity;

/// Declares [`IssueCode`]: `Variant = "wire_text" => severity,` per code.
macro_rules! issue_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $wire:literal => $severity:ident,)*) => {
        /// Every issue code: request codes (the validator), input codes (values JSON cannot
        /// carry), option and argument codes. The snake_case text ([`IssueCode::as_str`]) is
        /// what reaches users in [`super::ValidationIssue::code`]; it never changes once
        /// published.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum IssueCode {
            $($(#[doc = $doc])* $variant,)*
        }

        impl IssueCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [IssueCode] = &[$(IssueCode::$variant,)*];

            /// The stable snake_case text of the code.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(IssueCode::$variant => $wire,)*
                }
            }

            /// The severity the validator reports this code with. `error` only where
            /// Dintero's spec makes the request invalid (required, JSON type, enum, pattern,
            /// maxLength/maxProperties, a named format that cannot be met) or the session
            /// cannot work; everything else is a `warning` (README, "Severity policy", gives
            /// the evidence for each code). Input, option and argument codes are errors.
            pub fn severity(self) -> Severity {
                match self {
                    $(IssueCode::$variant => issue_codes!(@severity $severity),)*
                }
            }
        }

        const _: () = {
            #[::wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
            const TS_ISSUE_CODE: &'static str = concat!(
                "/** Every `code` a `ValidationIssue` can have (request, input, option and argument codes). */\n",
                "export type IssueCode = never", $(" | \"", $wire, "\"",)* ";"
            );
        };
    };
    (@severity error) => { Severity::Error };
    (@severity warning) => { Severity::Warning };
}

issue_codes! {
    /// A required field is missing.
    Required = "required" => error,
    /// A value has the wrong JSON type (the message names the actual type).
    InvalidType = "invalid_type" => error,
    /// A field the schema does not know; it is sent as given.
    UnknownField = "unknown_field" => warning,
    /// A field Dintero documents as deprecated and ignored.
    DeprecatedField = "deprecated_field" => warning,
    /// A required text is empty, or a header value is empty.
    EmptyValue = "empty_value" => warning,
    /// A value outside a documented set (channel, payment product type, token type, auth method).
    InvalidEnumValue = "invalid_enum_value" => error,
    /// `order.currency` is not an ISO 4217 code.
    InvalidCurrency = "invalid_currency" => error,
    /// `order.currency` is an ISO 4217 code withdrawn in recent years.
    WithdrawnCurrency = "withdrawn_currency" => warning,
    /// A URL that is not an absolute URL.
    InvalidUrl = "invalid_url" => error,
    /// A URL whose scheme is not `http`/`https` where the spec still allows it (e.g. an app
    /// `return_url` without the `in_app` channel).
    UnsupportedUrlScheme = "unsupported_url_scheme" => warning,
    /// `callback_url` or `merchant_terms_url` does not match the spec's pattern `https?://`.
    UrlPatternMismatch = "url_pattern_mismatch" => error,
    /// A plain `http` URL to a host that is not loopback.
    InsecureUrl = "insecure_url" => warning,
    /// `callback_url` is not `https`: Dintero only delivers callbacks over HTTPS.
    CallbackUrlNotHttps = "callback_url_not_https" => warning,
    /// `callback_url` points at the local machine, which Dintero cannot call.
    CallbackUrlLoopback = "callback_url_loopback" => warning,
    /// A query parameter Dintero documents for `callback_url` has an invalid value.
    InvalidCallbackParameter = "invalid_callback_parameter" => warning,
    /// Not shaped like an email address.
    InvalidEmail = "invalid_email" => warning,
    /// Not an E.164 phone number (`+` and 5 to 15 digits).
    InvalidPhoneNumber = "invalid_phone_number" => warning,
    /// Not an RFC 3339 date-time.
    InvalidDateTime = "invalid_date_time" => error,
    /// `expires_at` is not in the future.
    ExpiresAtInPast = "expires_at_in_past" => error,
    /// Not a colour in a format Dintero accepts.
    InvalidColor = "invalid_color" => warning,
    /// `store.mcc` is not four digits.
    InvalidMcc = "invalid_mcc" => error,
    /// Not an ISO 3166-1 alpha-2 country code.
    InvalidCountry = "invalid_country" => error,
    /// `metadata` has more than 10 keys.
    TooManyMetadataKeys = "too_many_metadata_keys" => error,
    /// A metadata key Dintero reserves for itself.
    ReservedMetadataKey = "reserved_metadata_key" => warning,
    /// A metadata key without the recommended `ext_` prefix.
    MetadataKeyNotPrefixed = "metadata_key_not_prefixed" => warning,
    /// A metadata key longer than 128 characters.
    MetadataKeyTooLong = "metadata_key_too_long" => warning,
    /// A metadata text value longer than 256 characters.
    MetadataValueTooLong = "metadata_value_too_long" => warning,
    /// `token_types` is empty: no token would be created.
    EmptyArray = "empty_array" => warning,
    /// The same item appears twice in `token_types` or `token_supported_auth_methods`.
    DuplicateItem = "duplicate_item" => warning,
    /// A token type the chosen payment product type cannot create.
    TokenTypeNotSupported = "token_type_not_supported" => error,
    /// A `payment_product_type` Dintero's published material does not confirm as a wire value.
    UnverifiedProductType = "unverified_product_type" => warning,
    /// `token_supported_auth_methods` given for a provider other than `dintero_psp.*`.
    AuthMethodsNotSupported = "auth_methods_not_supported" => warning,
    /// A `Dintero-System-*` header value longer than 120 characters.
    HeaderTooLong = "header_too_long" => error,
    /// A header value containing a control character (CR/LF would allow header injection).
    HeaderControlCharacter = "header_control_character" => error,
    /// A header value containing a non-ASCII character.
    HeaderNonAscii = "header_non_ascii" => error,
    /// A string or key with a lone UTF-16 surrogate, which JSON text cannot carry unchanged.
    LoneSurrogate = "lone_surrogate" => error,
    /// The input has more than 100,000 values (array lengths, holes included).
    TooLarge = "too_large" => error,
    /// `NaN` or an infinite number, which JSON cannot carry.
    InvalidNumber = "invalid_number" => error,
    /// A value JSON cannot carry (BigInt, Symbol, function, Date, Map, class instance...).
    UnsupportedValue = "unsupported_value" => error,
    /// An object that contains itself.
    CircularReference = "circular_reference" => error,
    /// More than 64 levels of nesting.
    TooDeep = "too_deep" => error,
    /// Reading the value threw (a getter, a Proxy trap, a revoked Proxy).
    UnreadableValue = "unreadable_value" => error,
    /// An option this package does not know (e.g. snake_case `include_session`).
    UnknownOption = "unknown_option" => error,
    /// `accountId` is not `T` or `P` followed by 8 digits.
    InvalidAccountId = "invalid_account_id" => error,
    /// An option value outside its documented set (e.g. `logLevel`).
    InvalidValue = "invalid_value" => error,
    /// Client credentials used in a browser page, where they would leak.
    BrowserEnvironment = "browser_environment" => error,
    /// A credential with characters an HTTP header cannot carry.
    InvalidCharacters = "invalid_characters" => error,
    /// A number option outside its range (`timeoutMs`, `maxRetries`).
    OutOfRange = "out_of_range" => error,
    /// `accessToken` given together with client credentials.
    ConflictingOptions = "conflicting_options" => error,
    /// An `accessToken` that starts with `Bearer `.
    InvalidFormat = "invalid_format" => error,
    /// A transaction id that is not 1 to 200 of `A-Z a-z 0-9 . _ -`.
    InvalidTransactionId = "invalid_transaction_id" => error,
    /// A charge without a token for its `payment.payment_product_type`.
    MissingToken = "missing_token" => error,
    /// A token kind the chosen provider does not issue (e.g. a Bambora `recurrence_token`).
    TokenTypeNotIssued = "token_type_not_issued" => warning,
    /// A `payment.payment_product_type` the 2024 spec does not list (e.g. `dintero_psp.creditcard`).
    UnlistedProductType = "unlisted_product_type" => warning,
    /// A card token id that is not 1 to 200 of `A-Z a-z 0-9 . _ -`.
    InvalidTokenId = "invalid_token_id" => error,
    /// A text longer than its documented maximum (e.g. a deletion `reason` over 128 characters).
    TooLong = "too_long" => error,
}

impl IssueCode {
    /// The code with this snake_case text, if any.
    pub fn from_code_str(text: &str) -> Option<IssueCode> {
        IssueCode::ALL
            .iter()
            .copied()
            .find(|code| code.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_snake_case_and_round_trip() {
        let mut seen = HashSet::new();
        for &code in IssueCode::ALL {
            let text = code.as_str();
            assert!(seen.insert(text), "duplicate code {text}");
            assert!(
                text.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{text} is not snake_case"
            );
            assert_eq!(IssueCode::from_code_str(text), Some(code));
        }
        assert_eq!(IssueCode::from_code_str("nope"), None);
    }

    #[test]
    fn warnings_are_exactly_the_advisory_codes() {
        let warnings: Vec<&str> = IssueCode::ALL
            .iter()
            .filter(|c| c.severity() == Severity::Warning)
            .map(|c| c.as_str())
            .collect();
        assert_eq!(
            warnings,
            [
                "unknown_field",
                "deprecated_field",
                "empty_value",
                "withdrawn_currency",
                "unsupported_url_scheme",
                "insecure_url",
                "callback_url_not_https",
                "callback_url_loopback",
                "invalid_callback_parameter",
                "invalid_email",
                "invalid_phone_number",
                "invalid_color",
                "reserved_metadata_key",
                "metadata_key_not_prefixed",
                "metadata_key_too_long",
                "metadata_value_too_long",
                "empty_array",
                "duplicate_item",
                "unverified_product_type",
                "auth_methods_not_supported",
                "token_type_not_issued",
                "unlisted_product_type"
            ]
        );
    }
}
