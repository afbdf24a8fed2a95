//! The session call: auth, retries and error mapping over a [`Transport`].
//!
//! Everything here is plain Rust that runs natively: the wasm layer only supplies a
//! [`Transport`] over `fetch` and a [`Cancellation`] over the caller's `AbortSignal`.
//!
//! - [`ClientConfig::from_options`] checks the options users pass (secrets never printed);
//! - [`Client`] runs the flows: validate, get a token (cached, single-flight, refreshed once on
//!   401), send with per-attempt timeouts and retries, map the outcome to [`crate::error::Error`];
//!   results carry their request id, status and attempts ([`ResponseMeta`]), and every attempt,
//!   response, retry and failure is reported to an optional [`EventSink`] (the JS hooks and logger).

mod answer;
mod attempts;
mod auth;
mod base64;
mod base_url;
mod body_limit;
mod card_token;
mod charge;
mod client_core;
mod config;
mod decline;
mod endpoint;
mod error_mapping;
mod events;
mod failure;
mod http_date;
mod options;
mod race;
mod response_json;
mod response_text;
mod retry;
mod secret;
mod session;
mod shared;
mod system_headers;
mod token_cache;
mod transaction;
mod transport;

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;

pub use answer::{Answer, ResponseMeta};
pub use base_url::{BaseUrl, BaseUrlProblem, DEFAULT_BASE_URL};
pub use body_limit::{
    read_bounded, BodyBudget, BodyError, BodyStream, OverLimit, CONTENT_LENGTH,
    MAX_RESPONSE_BODY_BYTES,
};
pub use charge::{FeatureToggle, CLOCK_SKEW_MS};
pub use client_core::{Client, USER_AGENT};
pub use config::{
    is_account_id, CallOptions, ClientConfig, Credentials, Environment, Settings,
    DEFAULT_TIMEOUT_MS, MAX_MAX_RETRIES, MAX_TIMEOUT_MS,
};
pub use events::{Event, EventKind, EventLog, EventSink, RetryReason};
pub use http_date::parse_http_date;
pub(crate) use options::option_set;
pub use options::{
    is_option, options_not_an_object, unknown_option, OptionLists, CLIENT_OPTIONS, CREATE_OPTIONS,
    CREATE_OWN_OPTIONS, DELETE_OPTIONS, GET_OPTIONS, HOOKS, JS_VALUE_OPTIONS, LOG_LEVELS,
    PAY_OPTIONS, VALIDATION_OPTIONS,
};
pub use response_json::{BodyProblem, ResponseJson};
pub use response_text::{READ_RESPONSE_HEADERS, REQUEST_ID_HEADERS};
pub use retry::{
    is_retryable_status, parse_retry_after, RetryPolicy, DEFAULT_MAX_RETRIES, RETRYABLE_STATUSES,
};
pub use secret::Secret;
pub use system_headers::read_system_option;
pub use transport::{
    BodyTooLarge, Cancellation, HttpRequest, HttpResponse, Method, NeverCancelled, Transport,
    TransportError,
};
