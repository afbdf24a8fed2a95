//! The WebAssembly boundary (wasm32 only): JS values in, plain JS values or plain error objects out.
//! Public so the wasm tests can call the exported functions directly.

mod callbacks;
mod caller_signal;
mod client;
pub(crate) mod convert;
mod event_sink;
mod fetch_body;
mod fetch_transport;
mod js_failure;
mod mac;
mod options;
mod request_reader;
mod response;
mod validation;

pub use client::ClientCore;
pub use convert::{js_to_json, json_to_js, to_js};
pub use validation::{
    build_payment_token_session_js, build_payment_token_session_json_js,
    serialize_payment_token_session_js, validate_payment_token_session_js,
    validate_payment_token_session_json_js,
};
