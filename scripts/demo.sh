#!/usr/bin/env bash
# Builds the package and starts the demo on http://127.0.0.1:8787 (mock Dintero unless
# DINTERO_ACCOUNT_ID, DINTERO_CLIENT_ID and DINTERO_CLIENT_SECRET are set).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
exec node www-demo/server.mjs "$@"
