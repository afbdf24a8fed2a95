//! After the shopper: Dintero's `callback_url` calls (`Dintero-Signature`, HMAC-SHA256 over the
//! URL), webhook deliveries (`event-signature`, HMAC-SHA1 over the body) and the `return_url`
//! redirect. Pure Rust over a [`Mac`] (the wasm layer supplies one, the native tests another),
//! with the clock injected through the options.
//!
//! - [`signature_header`]: reading `t=…,v0-hmac-sha256=…`;
//! - [`form_urlencoded`]: the query as `URLSearchParams` sorts and prints it;
//! - [`callback`]: the signed string, the tolerance, [`verify_callback`] and [`sign_callback`];
//! - [`webhook`]: [`verify_webhook`], for webhook deliveries;
//! - [`return_url`]: [`read_return_url`] (not signed: read the transaction before acting).

pub mod callback;
mod constant_time;
pub mod form_urlencoded;
mod mac;
pub mod options;
pub mod return_url;
#[cfg(any(test, target_arch = "wasm32"))]
pub mod rust_crypto;
pub mod signature_header;
pub mod webhook;

#[cfg(test)]
mod tests;

pub use callback::{sign_callback, verify_callback, CallbackRequest, DinteroCallback};
pub use mac::{Hash, Mac};
pub use options::{CallbackOptions, SignOptions, WebhookOptions};
pub use return_url::{read_return_url, DinteroReturn};
pub use webhook::{verify_webhook, WebhookRequest, MAX_WEBHOOK_BODY_BYTES};
