// Part 5: memory over 100,000 validations in one process (run with --expose-gc):
//   node --expose-gc bench/lib/memory.mjs <consumerDir> [--quick]
// The mix per 10 calls: 8 valid builds + JSON.stringify, 1 validatePaymentTokenSession, 1 build
// of an invalid request (throws DinteroValidationError): the error path must not leak either.
// At every checkpoint: the wasm linear memory (memory.buffer.byteLength of the instance the glue
// created, captured by wrapping WebAssembly.Instance), the length of every exported table (the
// externref table grows if JS values leak on the wasm side), the JS heap after a full GC, and RSS.
import { createRequire } from "node:module";
import { join } from "node:path";
import { installPackage, fixture } from "./setup.mjs";

const consumerDir = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : installPackage();
const quick = process.argv.includes("--quick");
const TOTAL = quick ? 20_000 : 100_000;
const CHECKPOINT = TOTAL / 10;

const instances = [];
const { Instance } = WebAssembly;
WebAssembly.Instance = function (module, imports) {
  const instance = new Instance(module, imports);
  instances.push(instance);
  return instance;
};
const api = createRequire(join(consumerDir, "index.js"))("dintero-payment-token");
if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");

const full = fixture("full-request.json");
const invalid = structuredClone(full);
invalid.session.order.currency = "nok";
invalid.session.url.return_url = "/accept";
delete invalid.token_provider; // rejected even by the most basic validator

function wasmState() {
  const exports = instances.length ? instances[instances.length - 1].exports : {};
  const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
  const tables = Object.entries(exports).filter(([, value]) => value instanceof WebAssembly.Table);
  return {
    wasmMemoryBytes: memory ? memory.buffer.byteLength : null,
    tableLengths: Object.fromEntries(tables.map(([name, table]) => [name, table.length])),
    instances: instances.length,
  };
}

function checkpoint(calls) {
  globalThis.gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { calls, ...wasmState(), heapUsed, rss };
}

let sink = 0;
let thrown = 0;
const checkpoints = [];
api.buildPaymentTokenSession(full);
checkpoints.push(checkpoint(0));
const start = process.hrtime.bigint();
for (let i = 1; i <= TOTAL; i++) {
  const kind = i % 10;
  if (kind === 0) {
    try {
      api.buildPaymentTokenSession(invalid);
    } catch (error) {
      if (!(error instanceof api.DinteroError)) throw error;
      thrown += 1;
    }
  } else if (kind === 5) {
    sink += api.validatePaymentTokenSession(full).length + 1;
  } else {
    sink += JSON.stringify(api.buildPaymentTokenSession(full)).length;
  }
  if (i % CHECKPOINT === 0) checkpoints.push(checkpoint(i));
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ total: TOTAL, seconds, thrown, checkpoints, sink: sink > 0 }));
