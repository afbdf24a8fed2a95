#!/usr/bin/env bash
# Runs every test: rustfmt and clippy gates, native Rust tests, the wasm boundary under Node (wasm-pack test), then the
# packed npm package in Node (ESM, CommonJS, TypeScript), Deno, workerd and headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

./scripts/setup.sh --browser

step() { printf '\n==== %s\n' "$*"; }

step "rustfmt and clippy gates (native and wasm32)"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "Rust unit and property tests (native)"
cargo test --release

step "wasm boundary tests (wasm-pack test --node)"
wasm-pack test --node --mode no-install

step "build the npm package"
./scripts/build.sh

step "JavaScript tests on the packed package (node --test)"
node --test --test-concurrency=1 tests/
