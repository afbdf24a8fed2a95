//! The rules for string values, one per [`TextRule`], each reported under its own code.

use super::codes::IssueCode;
use super::report::{Location, Report};
use super::schema::TextRule;
use super::{callback_params, color, contact, date_time, iso_codes, pay, suggest, token_provider};
use crate::model::{PayOperation, PaymentTokenChannel};
use crate::url::{parse_url, Host};

/// The values of `configuration.channel` for payment token sessions (documentation page; other
/// session kinds also allow `in_store`, this one does not): the model's enum.
const CHANNELS: &[&str] = PaymentTokenChannel::KNOWN;

/// Checks `text` against `rule`, adding at most a few issues at `at`.
pub(super) fn check_text(rule: TextRule, text: &str, at: &Location<'_>, report: &mut Report<'_>) {
    let (code, outcome) = match rule {
        TextRule::Plain => return,
        TextRule::ReturnUrl | TextRule::CallbackUrl | TextRule::TermsUrl => {
            return check_url(rule, text, at, report)
        }
        TextRule::FutureDateTime => return check_future_date_time(text, at, report),
        TextRule::PaymentProductType => {
            return token_provider::check_product_type(text, at, report)
        }
        TextRule::PayProductType => return pay::check_product_type(text, at, report),
        TextRule::PayOperation => (
            IssueCode::InvalidEnumValue,
            suggest::check_one_of(text, PayOperation::KNOWN),
        ),
        TextRule::Currency => match iso_codes::withdrawn_currency(text) {
            Some(message) => (IssueCode::WithdrawnCurrency, Err(message)),
            None => (
                IssueCode::InvalidCurrency,
                iso_codes::check_code(text, &iso_codes::CURRENCIES, "ISO 4217"),
            ),
        },
        TextRule::Country => (
            IssueCode::InvalidCountry,
            iso_codes::check_code(text, &iso_codes::COUNTRIES, "ISO 3166-1 alpha-2"),
        ),
        TextRule::Email => (IssueCode::InvalidEmail, contact::check_email(text)),
        TextRule::PhoneNumber => (
            IssueCode::InvalidPhoneNumber,
            contact::check_phone_number(text),
        ),
        TextRule::Channel => (
            IssueCode::InvalidEnumValue,
            suggest::check_one_of(text, CHANNELS),
        ),
        TextRule::Color => (IssueCode::InvalidColor, color::check_color(text)),
        TextRule::Mcc => (IssueCode::InvalidMcc, check_mcc(text)),
    };
    if let Err(message) = outcome {
        report.add(code, at, message);
    }
}

/// A merchant category code (ISO 18245) is exactly four digits.
fn check_mcc(text: &str) -> Result<(), String> {
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!(
            "{} is not a merchant category code: use four digits, e.g. `5814`",
            super::describe::quoted(text)
        ))
    }
}

/// `expires_at`: RFC 3339 and later than now.
fn check_future_date_time(text: &str, at: &Location<'_>, report: &mut Report<'_>) {
    match date_time::parse_rfc3339_unix_ms(text) {
        Err(message) => report.add(
            IssueCode::InvalidDateTime,
            at,
            format!("not an RFC 3339 date-time: {message}"),
        ),
        Ok(expires) if expires <= report.now_unix_ms => report.add(
            IssueCode::ExpiresAtInPast,
            at,
            format!(
                "{} is not in the future; the session would expire at once",
                super::describe::quoted(text)
            ),
        ),
        Ok(_) => {}
    }
}

/// The three session URLs (spec: `SessionUrls`, `CallbackUrl`).
///
/// Errors, where the spec makes the request invalid: not an absolute URI (all three are
/// `format: uri`), and `callback_url` / `merchant_terms_url` not matching the spec's pattern
/// `https?://` (unanchored and case-sensitive: the text must contain `http:/` or `https:/`).
///
/// Warnings, where the session is created but something will not work as meant:
/// - a scheme other than `http`/`https` that the spec still allows: `return_url` with an app
///   scheme (`myapp://`) unless `configuration.channel` is `in_app` (the spec documents
///   app-switch URLs for that channel);
/// - `return_url` and `merchant_terms_url` over plain `http` to a non-local host;
/// - `callback_url` over `http` ("Callback is only delivered to HTTPS URLs") or to the local
///   machine ("It is not possible to use `https://localhost` or `http://127.0.0.1`"): the
///   session is created but the callback never arrives;
/// - documented `callback_url` query parameters with values Dintero does not document.
fn check_url(rule: TextRule, text: &str, at: &Location<'_>, report: &mut Report<'_>) {
    let url = match parse_url(text) {
        Ok(url) => url,
        Err(message) => return report.add(IssueCode::InvalidUrl, at, message),
    };
    if rule != TextRule::ReturnUrl && !matches_web_url_pattern(text) {
        let message = if url.is_web() {
            format!(
                "Dintero's spec requires the pattern `https?://`, which is case-sensitive: write the scheme \
                 in lower case (`{}://…`)",
                url.scheme.to_ascii_lowercase()
            )
        } else {
            format!(
                "Dintero's spec requires an `https://` URL here (pattern `https?://`); the scheme {} is not accepted",
                super::describe::quoted(url.scheme)
            )
        };
        return report.add(IssueCode::UrlPatternMismatch, at, message);
    }
    if !url.is_web() {
        if !(rule == TextRule::ReturnUrl && report.in_app_channel) {
            let message = if rule == TextRule::ReturnUrl {
                format!(
                    "the scheme {} is not a web URL: app-switch return URLs are meant for \
                     `configuration.channel` = `in_app`; set it, or use an https:// URL",
                    super::describe::quoted(url.scheme)
                )
            } else {
                format!(
                    "the scheme {} is not http or https; Dintero links and calls only web URLs",
                    super::describe::quoted(url.scheme)
                )
            };
            report.add(IssueCode::UnsupportedUrlScheme, at, message);
        }
        return;
    }
    let local = url
        .host
        .as_ref()
        .is_some_and(Host::is_unreachable_from_outside);
    if rule == TextRule::CallbackUrl {
        if !url.is_https() {
            let https = format!("https{}", text.get(url.scheme.len()..).unwrap_or_default());
            report.add(
                IssueCode::CallbackUrlNotHttps,
                at,
                format!(
                    "Dintero only delivers callbacks over https: this one would never arrive; use {}",
                    super::describe::quoted(&https)
                ),
            );
        }
        if local {
            report.add(
                IssueCode::CallbackUrlLoopback,
                at,
                "the callback URL points at the local machine, which Dintero's servers cannot call: this callback \
                 would never arrive; use a public https URL (e.g. a tunnel) or leave callback_url out",
            );
        }
        for problem in url
            .query
            .map(callback_params::callback_parameter_problems)
            .unwrap_or_default()
        {
            report.add(IssueCode::InvalidCallbackParameter, at, problem);
        }
    } else if !url.is_https() && !local {
        report.add(
            IssueCode::InsecureUrl,
            at,
            "plain http:// URL: use https:// outside local development",
        );
    }
}

/// Whether `text` matches the spec's unanchored, case-sensitive pattern `https?://*`, i.e.
/// contains `http:/` or `https:/` somewhere (ECMA-262 search semantics, as JSON Schema uses).
fn matches_web_url_pattern(text: &str) -> bool {
    text.contains("http:/") || text.contains("https:/")
}
