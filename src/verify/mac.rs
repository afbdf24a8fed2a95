//! What the verifier needs from its environment: an HMAC. The wasm layer supplies one
//! (src/wasm/mac.rs); the native tests use RustCrypto's.

/// The hash of an HMAC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hash {
    /// SHA-256 (`Dintero-Signature`, scheme `v0-hmac-sha256`).
    Sha256,
    /// SHA-1 (webhook subscriptions' `event-signature`).
    Sha1,
}

/// Computes HMACs. Synchronous: the wasm layer computes them in Rust (src/wasm/mac.rs says why
/// not with WebCrypto, whose API is asynchronous).
pub trait Mac {
    /// HMAC-`hash` of `message` keyed with `key`; `None` when it could not be computed.
    fn hmac(&self, hash: Hash, key: &[u8], message: &[u8]) -> Option<Vec<u8>>;
}
