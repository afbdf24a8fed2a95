//! Create Dintero Checkout *payment token sessions* from Node and edge runtimes.
//!
//! The crate is split into a pure Rust core that builds and tests natively and a thin
//! WebAssembly boundary:
//! - [`model`]: wire-faithful request and response types (the TypeScript types are generated
//!   from them with tsify);
//! - [`validate`] and [`builder`]: every problem in a request payload, named by JSON Pointer, and
//!   the exact payload that is sent;
//! - [`client`]: auth, retries and the session call, written against a [`client::Transport`]
//!   so it can be tested with a fake one;
//! - [`error`]: the error values users branch on;
//! - [`verify`]: Dintero's callbacks and webhooks verified (over a [`verify::Mac`]), the return URL read;
//! - `wasm` (wasm32 only): conversion of JS values and the exported functions.
#![warn(missing_docs)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::todo,
    clippy::unimplemented
)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod builder;
mod calendar;
pub mod client;
pub mod error;
pub mod json_pointer;
pub mod model;
mod quote;
pub mod url;
pub mod validate;
pub mod verify;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
