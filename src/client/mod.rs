//! The session call: auth, retries and error mapping over a [`Transport`].

/// Sends one HTTP request; implemented over `fetch` in wasm and by fakes in tests.
pub trait Transport {}
