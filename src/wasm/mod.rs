//! The WebAssembly boundary (wasm32 only): JS values in, plain JS values or plain error objects out.
//! Public so the wasm tests can call the exported functions directly.

pub(crate) mod convert;
mod validation;

pub use validation::{build_payment_token_session_js, validate_payment_token_session_js};

