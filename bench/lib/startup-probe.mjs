// Part 3 probe, run in a fresh process per sample by startup.mjs:
//   node bench/lib/startup-probe.mjs <variant> <consumerDir>
// Prints one JSON line: time to load the library (and build its validator), time of the first
// call, the wasm compile/instantiate time (ours only, by wrapping the WebAssembly constructors
// the wasm-bindgen glue calls), and the files the variant loaded (for the code-size comparison).
// The "+ openapi-fetch" variants are what a user of a JS client stack loads before the first
// validated body: the validator and openapi-fetch (bench/peers) with a client created.
// The schema modules of the baselines are plain data imported before the clock starts; building
// the validator from them (ajv compile, zod schema construction) is counted.
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { requestSchema as jsonSchema, ajvOptions } from "./json-schema.mjs";
import { requestSchema as zodSchema } from "./zod-schema.mjs";

const [variant, consumerDir] = process.argv.slice(2);
const repoRoot = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..");
// Wall time, and CPU time of the process (less sensitive to other jobs on a shared machine).
const wasmTimes = { compileMs: 0, instantiateMs: 0, wasmCpuMs: 0 };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
if (variant.startsWith("ours")) {
  const { Module, Instance } = WebAssembly;
  WebAssembly.Module = function (bytes) {
    const start = performance.now();
    const cpu = cpuMs();
    const module = new Module(bytes);
    wasmTimes.compileMs += performance.now() - start;
    wasmTimes.wasmCpuMs += cpuMs() - cpu;
    return module;
  };
  WebAssembly.Instance = function (module, imports) {
    const start = performance.now();
    const cpu = cpuMs();
    const instance = new Instance(module, imports);
    wasmTimes.instantiateMs += performance.now() - start;
    wasmTimes.wasmCpuMs += cpuMs() - cpu;
    return instance;
  };
}

const minimal = JSON.parse(readFileSync(join(repoRoot, "bench", "fixtures", "minimal-request.json"), "utf8"));
const consumerRequire = createRequire(join(consumerDir, "index.js"));
const rootRequire = createRequire(join(repoRoot, "package.json"));
const peerRequire = createRequire(join(repoRoot, "bench", "peers", "package.json"));
/** openapi-fetch loaded and a client created, as a JS client stack does before its first call. */
const openapiFetchClient = () => peerRequire("openapi-fetch").default({ baseUrl: "https://checkout.dintero.com" });
/** The package's fastest public path from a request object to the validated body text. */
const oursCall = (api) => (api.serializePaymentTokenSession ? () => api.serializePaymentTokenSession(minimal) : () => JSON.stringify(api.buildPaymentTokenSession(minimal)));
const before = new Set(Object.keys(rootRequire.cache));
let call;
const t0 = performance.now();
const cpu0 = cpuMs();
switch (variant) {
  case "ours": {
    call = oursCall(consumerRequire("dintero-payment-token"));
    break;
  }
  case "ours-esm": {
    call = oursCall(await import(pathToFileURL(join(consumerDir, "import-package.mjs")).href));
    break;
  }
  case "ajv":
  case "ajv+openapi-fetch": {
    const Ajv = rootRequire("ajv").default;
    if (variant.endsWith("+openapi-fetch")) openapiFetchClient();
    const validate = new Ajv(ajvOptions).compile(jsonSchema);
    call = () => {
      if (!validate(minimal)) throw new Error("ajv rejected the minimal fixture");
      return JSON.stringify(minimal);
    };
    break;
  }
  case "zod":
  case "zod+openapi-fetch": {
    const schema = zodSchema(rootRequire("zod").z);
    if (variant.endsWith("+openapi-fetch")) openapiFetchClient();
    call = () => JSON.stringify(schema.parse(minimal));
    break;
  }
  case "trivial":
    rootRequire("./bench/lib/trivial.cjs");
    call = () => JSON.stringify(minimal);
    break;
  default:
    throw new Error(`unknown variant ${variant}`);
}
const ready = performance.now();
const loadCpuMs = cpuMs() - cpu0;
call();
const firstCallMs = performance.now() - ready;
const coldMs = performance.now() - t0;
const loaded = Object.keys(rootRequire.cache).filter((file) => !before.has(file));
console.log(JSON.stringify({ variant, loadMs: ready - t0, loadCpuMs, firstCallMs, coldMs, ...wasmTimes, loaded }));
