//! [`Mac`] over RustCrypto's `hmac`, `sha2` and `sha1` (the wasm layer's MAC, and the native
//! tests').

use super::{Hash, Mac};
use hmac::{Hmac, Mac as _};

/// HMAC computed in Rust.
pub struct RustCryptoMac;

impl Mac for RustCryptoMac {
    fn hmac(&self, hash: Hash, key: &[u8], message: &[u8]) -> Option<Vec<u8>> {
        // `new_from_slice` accepts keys of any length (HMAC hashes long keys first).
        match hash {
            Hash::Sha256 => Hmac::<sha2::Sha256>::new_from_slice(key)
                .ok()
                .map(|mut mac| {
                    mac.update(message);
                    mac.finalize().into_bytes().to_vec()
                }),
            Hash::Sha1 => Hmac::<sha1::Sha1>::new_from_slice(key).ok().map(|mut mac| {
                mac.update(message);
                mac.finalize().into_bytes().to_vec()
            }),
        }
    }
}
