#!/usr/bin/env bash
# Runs every test: rustfmt and clippy gates, native Rust tests, the wasm boundary under Node (wasm-pack test), then the
# packed npm package in Node (ESM, CommonJS, TypeScript 5.9 and 7), Deno, workerd and headless Chromium, and the
# runtime-dependent Node suites again on Node 22, 24 and 26.
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

step "JavaScript tests on the packed package (node --test), on the system Node $(node --version)"
node --test --test-concurrency=1 tests/

# The suites whose outcome depends on the Node release (its fetch, Request, Headers, streams, module
# loader, vm), on Node 22, 24 and 26 from tests/node-versions; `node` in their child processes is
# that Node too. The consumer projects (their tools' own Node support) and the demo and budget
# suites run on the system Node only, above: repeating them would add ~3.5 minutes per version
# (measured: the whole suite ~250 s, these three suites 42-52 s).
# File names, not a directory: Node >= 21 reads `--test` arguments as glob patterns.
for version in 22 24 26; do
  bin="$PWD/tests/node-versions/node_modules/node$version/bin"
  step "the package's Node tests on Node $("$bin/node" --version) (tests/node, tests/package, tests/fuzz)"
  PATH="$bin:$PATH" node --test --test-concurrency=1 tests/node/*.test.mjs tests/package/*.test.mjs tests/fuzz/*.test.mjs
done
