//! The MAC the wasm layer gives the verifier (src/verify): RustCrypto's `hmac`, `sha2` and `sha1`
//! compiled in, rather than the runtime's WebCrypto (`crypto.subtle.importKey` + `sign` through
//! web-sys `SubtleCrypto`). Measured on this package (see the commit that added it): RustCrypto
//! costs a few KB of gzip more, but a verification takes microseconds with no promise round trips,
//! needs no `globalThis.crypto` (absent from some Node 20 setups, e.g. `--no-experimental-global-webcrypto`
//! and older vm contexts) and behaves the same in every runtime.

pub use crate::verify::rust_crypto::RustCryptoMac as WasmMac;
