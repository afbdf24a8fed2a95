#!/usr/bin/env bash
# Builds the npm package: wasm-pack (nodejs + web glue, one .wasm), wasm-opt from the npm
# binaryen package, then assembles pkg/ and packs it into .build/dintero-payment-token-<v>.tgz.
# Assumes scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

for target in nodejs web; do
  # --mode no-install: use the installed wasm-bindgen, never download tools.
  wasm-pack --quiet build --release --mode no-install --no-pack --target "$target" \
    --out-dir .build/"$target" --out-name dintero_payment_token >/dev/null
done

mkdir -p .build/optimized
# --converge: -Oz repeated until the module stops shrinking (-246 B gzip, a few seconds more).
node_modules/.bin/wasm-opt -Oz --converge --strip-debug --strip-producers \
  .build/web/dintero_payment_token_bg.wasm -o .build/optimized/dintero_payment_token_bg.wasm

node scripts/assemble-package.mjs
rm -f .build/*.tgz
(cd pkg && npm pack --silent --pack-destination ../.build >/dev/null)
wasm=pkg/dist/wasm/dintero_payment_token_bg.wasm
echo "build: $(ls .build/*.tgz) ; .wasm $(wc -c <"$wasm") bytes raw, $(gzip -9 -c "$wasm" | wc -c) bytes gzip -9"
