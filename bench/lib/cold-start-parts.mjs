// Where the package's cold start goes: a fresh `node` process per sample, from the first
// `require` to the first validated body (serializePaymentTokenSession of the minimal fixture),
// split into its parts by loading the Node entry's files one by one and wrapping the calls the
// glue makes:
//   node bench/lib/cold-start-parts.mjs [samples] [otherConsumerDir...]
// Every variant also runs with --no-wasm-lazy-compilation (V8 compiles every wasm function in
// the Module constructor instead of on its first call).
// Parts (each a median over the samples; wall time, performance.now()):
// - glueFileMs: require of dist/wasm/node.cjs alone: read + parse/compile of the file that holds
//   the wasm-bindgen glue and the embedded .wasm (base64 string literal); the factory is not run;
// - libFilesMs: require of the dist/lib/*.cjs graph (the JS API: classes, client, validation);
//   each 0 for a build whose dist/node.cjs has the files inlined (scripts/bundle-commonjs.mjs):
//   their cost is then in entryRestMs;
// - decodeMs: the base64 -> bytes decoding (Buffer.from(..., "base64"), wrapped);
// - compileMs / instantiateMs: the WebAssembly.Module / Instance constructors (wrapped);
// - entryRestMs: the rest of require(dist/node.cjs): the glue factory's own JS and the entry;
// - jsMs: glueFileMs + libFilesMs + entryRestMs, all the JavaScript of the load;
// - firstCallMs: the first serializePaymentTokenSession call (pays V8's lazy wasm compilation
//   of the functions it reaches, and the JS functions' first compile);
// - coldMs: all of it, as a user sees it (after the CommonJS loader's first use, paid by a
//   trivial module before the clock starts).
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { benchDir, installPackage, median } from "./setup.mjs";

const PARTS = ["glueFileMs", "libFilesMs", "decodeMs", "compileMs", "instantiateMs", "entryRestMs", "jsMs", "firstCallMs", "coldMs"];

if (process.argv[2] === "--probe") {
  const [, , , consumerDir] = process.argv;
  const times = { decodeMs: 0, compileMs: 0, instantiateMs: 0 };
  const timed = (key, fn) => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      times[key] += performance.now() - start;
    }
  };
  const { Module, Instance } = WebAssembly;
  WebAssembly.Module = function (bytes) {
    return timed("compileMs", () => new Module(bytes));
  };
  WebAssembly.Instance = function (module, imports) {
    return timed("instantiateMs", () => new Instance(module, imports));
  };
  const bufferFrom = Buffer.from;
  Buffer.from = function (value, encoding, ...rest) {
    if (encoding === "base64") return timed("decodeMs", () => bufferFrom.call(Buffer, value, encoding, ...rest));
    return bufferFrom.call(Buffer, value, encoding, ...rest);
  };
  const minimal = JSON.parse(readFileSync(join(benchDir, "fixtures", "minimal-request.json"), "utf8"));
  const req = createRequire(join(consumerDir, "index.js"));
  const dist = join(req.resolve("dintero-payment-token"), "..");
  // The CommonJS loader's own first use (a trivial module) is not the package's cost.
  createRequire(import.meta.url)("./trivial.cjs");
  const glueFile = existsSync(join(dist, "wasm", "node.cjs"));
  const libFiles = existsSync(join(dist, "lib", "index.cjs"));
  const t0 = performance.now();
  if (glueFile) req(join(dist, "wasm", "node.cjs"));
  const t1 = performance.now();
  if (libFiles) req(join(dist, "lib", "index.cjs"));
  if (libFiles) req(join(dist, "lib", "runtime.cjs"));
  const t2 = performance.now();
  const api = req("dintero-payment-token");
  const t3 = performance.now();
  api.serializePaymentTokenSession(minimal);
  const t4 = performance.now();
  const files = Object.keys(req.cache).filter((f) => f.startsWith(dist));
  console.log(JSON.stringify({
    glueFileMs: t1 - t0,
    libFilesMs: t2 - t1,
    ...times,
    entryRestMs: t3 - t2 - times.decodeMs - times.compileMs - times.instantiateMs,
    jsMs: t3 - t0 - times.decodeMs - times.compileMs - times.instantiateMs,
    firstCallMs: t4 - t3,
    coldMs: t4 - t0,
    files: files.length,
  }));
} else {
  // Optional further arguments: other consumer directories (e.g. a copy of
  // .build/bench-consumer from another build) measured in the same rotation, for A/B ratios.
  const samples = Number(process.argv[2]) || 21;
  const dirs = [installPackage(), ...process.argv.slice(3)];
  const variants = {};
  for (const dir of dirs) for (const flags of ["", "--no-wasm-lazy-compilation"]) variants[`${dir} ${flags}`.trim()] = { dir, flags, runs: [] };
  for (let i = 0; i < samples; i++) {
    for (const v of Object.values(variants)) {
      const args = [...(v.flags ? [v.flags] : []), join(benchDir, "lib", "cold-start-parts.mjs"), "--probe", v.dir];
      v.runs.push(JSON.parse(execFileSync(process.execPath, args).toString().trim().split("\n").pop()));
    }
  }
  const first = Object.values(variants)[0].runs;
  const summary = Object.fromEntries(
    Object.entries(variants).map(([name, { runs }]) => [
      name,
      {
        samples: runs.length,
        files: runs[0].files,
        ...Object.fromEntries(PARTS.map((p) => [p, +median(runs.map((r) => r[p])).toFixed(2)])),
        coldRatioToFirst: +median(runs.map((r, i) => r.coldMs / first[i].coldMs)).toFixed(3),
      },
    ]),
  );
  console.log(JSON.stringify(summary, null, 1));
}
