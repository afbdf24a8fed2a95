//! The rules for string values, one per [`TextRule`], each reported under its own code.

use super::codes::IssueCode;
use super::report::{Location, Report};
use super::schema::TextRule;
use super::url::{is_local_host, parse_absolute_url};
use super::{callback_params, color, contact, date_time, iso_codes, suggest, token_provider};
use crate::model::PaymentTokenChannel;

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
        TextRule::Currency => (
            IssueCode::InvalidCurrency,
            iso_codes::check_code(text, &iso_codes::CURRENCIES, "ISO 4217"),
        ),
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
        TextRule::PaymentProductType => (
            IssueCode::InvalidEnumValue,
            token_provider::check_product_type(text),
        ),
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

/// The three session URLs.
///
/// - All must be absolute. `return_url` may use any scheme when `configuration.channel` is
///   `in_app` (the spec documents app-switch URLs such as `myapp://`); otherwise, and always for
///   the other two, only `http`/`https` (the spec's `https?://` pattern).
/// - `return_url` and `merchant_terms_url` over plain `http` to a non-local host: warning (the
///   customer's browser would leave HTTPS; local development on `localhost` stays quiet).
/// - `callback_url`: the spec says callbacks are *only delivered to HTTPS URLs* and that
///   `localhost`/`127.0.0.1` cannot be used. Both are **errors** here, by choice: the API would
///   accept such a URL, but the callback would silently never arrive, which loses payment
///   notifications. Leave `callback_url` out instead (use a public HTTPS tunnel to test locally).
fn check_url(rule: TextRule, text: &str, at: &Location<'_>, report: &mut Report<'_>) {
    let url = match parse_absolute_url(text) {
        Ok(url) => url,
        Err(message) => return report.add(IssueCode::InvalidUrl, at, message),
    };
    if !url.is_web() {
        if !(rule == TextRule::ReturnUrl && report.in_app_channel) {
            let app_hint = if rule == TextRule::ReturnUrl {
                " (app URLs are accepted only with `configuration.channel` = `in_app`)"
            } else {
                ""
            };
            report.add(
                IssueCode::UnsupportedUrlScheme,
                at,
                format!(
                    "the scheme {} is not accepted: use an https:// URL{app_hint}",
                    super::describe::quoted(url.scheme)
                ),
            );
        }
        return;
    }
    let local = url.host.is_some_and(is_local_host);
    if rule == TextRule::CallbackUrl {
        if !url.is_https() {
            report.add(
                IssueCode::CallbackUrlNotHttps,
                at,
                "Dintero only delivers callbacks to https:// URLs: this callback would never arrive",
            );
        }
        if local {
            report.add(
                IssueCode::CallbackUrlLoopback,
                at,
                "the callback URL points at the local machine, which Dintero's servers cannot call; \
                 use a public https URL (e.g. a tunnel) or leave callback_url out",
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
