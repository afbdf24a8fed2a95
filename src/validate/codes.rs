//! The stable issue codes and the severity each one always has.

use super::Severity;

/// Every issue code the validator can produce. The snake_case text ([`IssueCode::as_str`]) is
/// what reaches users in [`super::ValidationIssue::code`]; it never changes once published.
/// Each code always has the same severity ([`IssueCode::severity`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IssueCode {
    /// A required field is missing.
    Required,
    /// A value has the wrong JSON type (the message names the actual type).
    InvalidType,
    /// A field the schema does not know; it is sent as given.
    UnknownField,
    /// A field Dintero documents as deprecated and ignored.
    DeprecatedField,
    /// A required text is empty, or a header value is empty.
    EmptyValue,
    /// A value outside a documented set (channel, payment product type, token type, auth method).
    InvalidEnumValue,
    /// `order.currency` is not an ISO 4217 code.
    InvalidCurrency,
    /// `order.currency` is an ISO 4217 code withdrawn in recent years.
    WithdrawnCurrency,
    /// A URL that is not an absolute URL.
    InvalidUrl,
    /// A URL whose scheme is not `http`/`https` where the spec still allows it (e.g. an app
    /// `return_url` without the `in_app` channel).
    UnsupportedUrlScheme,
    /// `callback_url` or `merchant_terms_url` does not match the spec's pattern `https?://`.
    UrlPatternMismatch,
    /// A plain `http` URL to a host that is not loopback.
    InsecureUrl,
    /// `callback_url` is not `https`: Dintero only delivers callbacks over HTTPS.
    CallbackUrlNotHttps,
    /// `callback_url` points at the local machine, which Dintero cannot call.
    CallbackUrlLoopback,
    /// A query parameter Dintero documents for `callback_url` has an invalid value.
    InvalidCallbackParameter,
    /// Not shaped like an email address.
    InvalidEmail,
    /// Not an E.164 phone number (`+` and 5 to 15 digits).
    InvalidPhoneNumber,
    /// Not an RFC 3339 date-time.
    InvalidDateTime,
    /// `expires_at` is not in the future.
    ExpiresAtInPast,
    /// Not a colour in a format Dintero accepts.
    InvalidColor,
    /// `store.mcc` is not four digits.
    InvalidMcc,
    /// Not an ISO 3166-1 alpha-2 country code.
    InvalidCountry,
    /// `metadata` has more than 10 keys.
    TooManyMetadataKeys,
    /// A metadata key Dintero reserves for itself.
    ReservedMetadataKey,
    /// A metadata key without the recommended `ext_` prefix.
    MetadataKeyNotPrefixed,
    /// A metadata key longer than 128 characters.
    MetadataKeyTooLong,
    /// A metadata text value longer than 256 characters.
    MetadataValueTooLong,
    /// `token_types` is empty: no token would be created.
    EmptyArray,
    /// The same item appears twice in `token_types` or `token_supported_auth_methods`.
    DuplicateItem,
    /// A token type the chosen payment product type cannot create.
    TokenTypeNotSupported,
    /// A `payment_product_type` Dintero's published material does not confirm as a wire value.
    UnverifiedProductType,
    /// `token_supported_auth_methods` given for a provider other than `dintero_psp.*`.
    AuthMethodsNotSupported,
    /// A `Dintero-System-*` header value longer than 120 characters.
    HeaderTooLong,
    /// A header value containing a control character (CR/LF would allow header injection).
    HeaderControlCharacter,
    /// A header value containing a non-ASCII character.
    HeaderNonAscii,
}

impl IssueCode {
    /// Every code, in the order of the documentation table.
    pub const ALL: [IssueCode; 35] = [
        IssueCode::Required,
        IssueCode::InvalidType,
        IssueCode::UnknownField,
        IssueCode::DeprecatedField,
        IssueCode::EmptyValue,
        IssueCode::InvalidEnumValue,
        IssueCode::InvalidCurrency,
        IssueCode::WithdrawnCurrency,
        IssueCode::InvalidUrl,
        IssueCode::UnsupportedUrlScheme,
        IssueCode::UrlPatternMismatch,
        IssueCode::InsecureUrl,
        IssueCode::CallbackUrlNotHttps,
        IssueCode::CallbackUrlLoopback,
        IssueCode::InvalidCallbackParameter,
        IssueCode::InvalidEmail,
        IssueCode::InvalidPhoneNumber,
        IssueCode::InvalidDateTime,
        IssueCode::ExpiresAtInPast,
        IssueCode::InvalidColor,
        IssueCode::InvalidMcc,
        IssueCode::InvalidCountry,
        IssueCode::TooManyMetadataKeys,
        IssueCode::ReservedMetadataKey,
        IssueCode::MetadataKeyNotPrefixed,
        IssueCode::MetadataKeyTooLong,
        IssueCode::MetadataValueTooLong,
        IssueCode::EmptyArray,
        IssueCode::DuplicateItem,
        IssueCode::TokenTypeNotSupported,
        IssueCode::UnverifiedProductType,
        IssueCode::AuthMethodsNotSupported,
        IssueCode::HeaderTooLong,
        IssueCode::HeaderControlCharacter,
        IssueCode::HeaderNonAscii,
    ];

    /// The stable snake_case text of the code.
    pub fn as_str(self) -> &'static str {
        match self {
            IssueCode::Required => "required",
            IssueCode::InvalidType => "invalid_type",
            IssueCode::UnknownField => "unknown_field",
            IssueCode::DeprecatedField => "deprecated_field",
            IssueCode::EmptyValue => "empty_value",
            IssueCode::InvalidEnumValue => "invalid_enum_value",
            IssueCode::InvalidCurrency => "invalid_currency",
            IssueCode::WithdrawnCurrency => "withdrawn_currency",
            IssueCode::InvalidUrl => "invalid_url",
            IssueCode::UnsupportedUrlScheme => "unsupported_url_scheme",
            IssueCode::UrlPatternMismatch => "url_pattern_mismatch",
            IssueCode::InsecureUrl => "insecure_url",
            IssueCode::CallbackUrlNotHttps => "callback_url_not_https",
            IssueCode::CallbackUrlLoopback => "callback_url_loopback",
            IssueCode::InvalidCallbackParameter => "invalid_callback_parameter",
            IssueCode::InvalidEmail => "invalid_email",
            IssueCode::InvalidPhoneNumber => "invalid_phone_number",
            IssueCode::InvalidDateTime => "invalid_date_time",
            IssueCode::ExpiresAtInPast => "expires_at_in_past",
            IssueCode::InvalidColor => "invalid_color",
            IssueCode::InvalidMcc => "invalid_mcc",
            IssueCode::InvalidCountry => "invalid_country",
            IssueCode::TooManyMetadataKeys => "too_many_metadata_keys",
            IssueCode::ReservedMetadataKey => "reserved_metadata_key",
            IssueCode::MetadataKeyNotPrefixed => "metadata_key_not_prefixed",
            IssueCode::MetadataKeyTooLong => "metadata_key_too_long",
            IssueCode::MetadataValueTooLong => "metadata_value_too_long",
            IssueCode::EmptyArray => "empty_array",
            IssueCode::DuplicateItem => "duplicate_item",
            IssueCode::TokenTypeNotSupported => "token_type_not_supported",
            IssueCode::UnverifiedProductType => "unverified_product_type",
            IssueCode::AuthMethodsNotSupported => "auth_methods_not_supported",
            IssueCode::HeaderTooLong => "header_too_long",
            IssueCode::HeaderControlCharacter => "header_control_character",
            IssueCode::HeaderNonAscii => "header_non_ascii",
        }
    }

    /// The severity every issue with this code has. `error` only where Dintero's spec makes
    /// the request invalid (required, JSON type, enum, pattern, maxLength/maxProperties, a named
    /// format that cannot be met) or the session cannot work; everything else is a `warning`
    /// (README, "Severity policy", gives the evidence for each code).
    pub fn severity(self) -> Severity {
        match self {
            IssueCode::Required
            | IssueCode::InvalidType
            | IssueCode::InvalidEnumValue
            | IssueCode::InvalidCurrency
            | IssueCode::InvalidUrl
            | IssueCode::UrlPatternMismatch
            | IssueCode::InvalidDateTime
            | IssueCode::ExpiresAtInPast
            | IssueCode::InvalidMcc
            | IssueCode::InvalidCountry
            | IssueCode::TooManyMetadataKeys
            | IssueCode::TokenTypeNotSupported
            | IssueCode::HeaderTooLong
            | IssueCode::HeaderControlCharacter
            | IssueCode::HeaderNonAscii => Severity::Error,
            IssueCode::UnknownField
            | IssueCode::DeprecatedField
            | IssueCode::EmptyValue
            | IssueCode::WithdrawnCurrency
            | IssueCode::UnsupportedUrlScheme
            | IssueCode::InsecureUrl
            | IssueCode::CallbackUrlNotHttps
            | IssueCode::CallbackUrlLoopback
            | IssueCode::InvalidCallbackParameter
            | IssueCode::InvalidEmail
            | IssueCode::InvalidPhoneNumber
            | IssueCode::InvalidColor
            | IssueCode::ReservedMetadataKey
            | IssueCode::MetadataKeyNotPrefixed
            | IssueCode::MetadataKeyTooLong
            | IssueCode::MetadataValueTooLong
            | IssueCode::EmptyArray
            | IssueCode::DuplicateItem
            | IssueCode::UnverifiedProductType
            | IssueCode::AuthMethodsNotSupported => Severity::Warning,
        }
    }

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
        for code in IssueCode::ALL {
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
                "auth_methods_not_supported"
            ]
        );
    }
}
