#!/usr/bin/env bash
# Builds the package and prints the benchmark table (bench/README.md). Extra arguments go to
# bench/run.mjs, e.g. `scripts/bench.sh --quick`.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
exec node bench/run.mjs "$@"
