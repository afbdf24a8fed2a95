#!/usr/bin/env bash
# Builds the package and prints the benchmark table (bench/README.md). Extra arguments go to
# bench/run.mjs, e.g. `scripts/bench.sh --quick`.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
# The benchmark's peers (openapi-fetch), pinned by bench/peers/package-lock.json.
if [ ! -f bench/peers/node_modules/.package-lock.json ] || [ bench/peers/package-lock.json -nt bench/peers/node_modules/.package-lock.json ]; then
  npm install --prefix bench/peers --no-audit --no-fund --loglevel=error
fi
exec node bench/run.mjs "$@"
