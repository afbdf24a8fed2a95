// Part 1: validate + serialize throughput, ours vs ajv vs zod, in one fresh process.
//   node bench/lib/throughput.mjs [--quick] [--pkg <pkg dir>]   (prints one JSON line; run.mjs formats it)
// Each implementation turns the request into the JSON text that would be sent:
//   ours: serializePaymentTokenSession(input), the package's fastest public path to the body text
//         (JSON.stringify(buildPaymentTokenSession(input)) for builds without it)
//   ajv:  validate(input) (compiled JSON Schema, allErrors) then JSON.stringify(input)
//   zod:  JSON.stringify(schema.parse(input))
// Rounds interleave the implementations (rotating order); a round runs a batch sized to take
// ~BATCH_MS; the result is the median ops/s over the rounds, after a warm-up per implementation.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { consumerDir, fixture, installPackage, median, spread, PACKAGE, repoRoot } from "./setup.mjs";
import { requestSchema as jsonSchema, ajvOptions } from "./json-schema.mjs";
import { requestSchema as zodSchema } from "./zod-schema.mjs";
import { checkParity } from "./parity.mjs";

const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 9 : 25;
const BATCH_MS = quick ? 30 : 50;
const WARMUP_MS = quick ? 150 : 400;

// --pkg <dir>: measure that build's pkg/ directory (dist/node.cjs) instead of the installed tarball.
const pkgAt = process.argv.indexOf("--pkg");
const api =
  pkgAt >= 0
    ? createRequire(import.meta.url)(resolve(process.argv[pkgAt + 1], "dist", "node.cjs"))
    : (installPackage(), createRequire(join(consumerDir, "index.js"))(PACKAGE));
const fromRoot = createRequire(join(repoRoot, "package.json"));
const Ajv = fromRoot("ajv").default;
const { z } = fromRoot("zod");

const ajvValidate = new Ajv(ajvOptions).compile(jsonSchema);
const zodRequest = zodSchema(z);

const fixtures = { minimal: fixture("minimal-request.json"), full: fixture("full-request.json") };

const parity = checkParity(
  {
    // `strict`: the baselines encode every rule as a hard error, while ours reports the rules
    // Dintero does not enforce as warnings (never stricter than the API); strict makes them
    // errors, so the verdicts compare the same checks (the work is the same either way).
    ours: (input) => { try { api.buildPaymentTokenSession(input, { strict: true }); return true; } catch { return false; } },
    ajv: (input) => ajvValidate(input),
    zod: (input) => zodRequest.safeParse(input).success,
  },
  fixtures,
);

let sink = 0;
const serialize =
  typeof api.serializePaymentTokenSession === "function"
    ? api.serializePaymentTokenSession
    : (input) => JSON.stringify(api.buildPaymentTokenSession(input));
const implementations = {
  ours: (input) => serialize(input).length,
  ajv: (input) => {
    if (!ajvValidate(input)) throw new Error("ajv rejected the fixture");
    return JSON.stringify(input).length;
  },
  zod: (input) => JSON.stringify(zodRequest.parse(input)).length,
  // Diagnostics: where our time goes.
  "ours: validate only": (input) => api.validatePaymentTokenSession(input).length,
  "ours: build only": (input) => (api.buildPaymentTokenSession(input) ? 1 : 0),
  "ours: JSON.stringify(build)": (input) => JSON.stringify(api.buildPaymentTokenSession(input)).length,
  "JSON.stringify only": (input) => JSON.stringify(input).length,
};

function timeBatch(fn, input, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += fn(input);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Iterations that take about `ms` milliseconds (also serves as warm-up). */
function calibrate(fn, input, ms) {
  let n = 16;
  for (;;) {
    const took = timeBatch(fn, input, n);
    if (took >= ms / 4) return Math.max(1, Math.round((n * ms) / took));
    n *= 4;
  }
}

const results = {};
for (const [name, input] of Object.entries(fixtures)) {
  const entries = Object.entries(implementations);
  const batch = {};
  for (const [impl, fn] of entries) {
    calibrate(fn, input, WARMUP_MS); // warm-up (JIT, wasm tier-up)
    batch[impl] = calibrate(fn, input, BATCH_MS);
  }
  const samples = Object.fromEntries(entries.map(([impl]) => [impl, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < entries.length; k++) {
      const [impl, fn] = entries[(round + k) % entries.length];
      const ms = timeBatch(fn, input, batch[impl]);
      samples[impl].push((batch[impl] * 1000) / ms);
    }
  }
  results[name] = Object.fromEntries(
    Object.entries(samples).map(([impl, opsPerSecond]) => [impl, { opsPerSecond: median(opsPerSecond), spread: spread(opsPerSecond) }]),
  );
  // Paired per-round time ratios (same round = same machine conditions): robust to load drifts.
  const paired = (a, b) => median(samples[a].map((ops, round) => samples[b][round] / ops));
  results[name].ratios = { oursOverAjv: paired("ours", "ajv"), zodOverOurs: paired("zod", "ours") };
  results[name].bytes = JSON.stringify(input).length;
}

console.log(JSON.stringify({ oursPath: typeof api.serializePaymentTokenSession === "function" ? "serializePaymentTokenSession(input)" : "JSON.stringify(buildPaymentTokenSession(input))", rounds: ROUNDS, batchMs: BATCH_MS, parity, results, sink: sink > 0 }));
