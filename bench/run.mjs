// Benchmark of dintero-payment-token: speed, size, start-up and memory, each as a ratio against a
// baseline measured in the same run. Usage (after ./scripts/build.sh):
//
//   node bench/run.mjs            full run (about 1-2 minutes on 2 cores)
//   node bench/run.mjs --quick    fewer samples, for a quick look (numbers are noisier)
//   node bench/run.mjs --json F   also write every raw number to the file F
//
// Prints ONE table. Targets are reported as PASS / MISS. Exits 1 if memory grows without bound
// (FAIL) or a part cannot run. See bench/README.md for what each row measures.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { benchDir, consumerDir, installPackage, runJson, PACKAGE } from "./lib/setup.mjs";
import { measureStartup } from "./lib/startup.mjs";
import { loadedCodeSize, measureSizes } from "./lib/sizes.mjs";

const quick = process.argv.includes("--quick");
const jsonOut = process.argv.includes("--json") ? process.argv[process.argv.indexOf("--json") + 1] : null;
const flags = quick ? ["--quick"] : [];

/** Targets (see bench/README.md). */
const TARGETS = {
  maxTimeVsAjv: 2.0, // ours may take at most 2x the time of ajv + JSON.stringify (stretch 1.5x)
  minZodTimeVsOurs: 1, // faster than zod: zod takes at least our time
  maxClientCpuMicros: 120, // client CPU per call over the hand-written fetch (process.cpuUsage; stretch 60)
  // ... and below openapi-fetch's added CPU over the same hand-written fetch, in the same run
  maxClientLatencyPct: 10, // client latency per call vs hand-written fetch, loopback
  maxInstantiateMs: 5, // wasm compile + instantiate
  maxColdVsZodOpenapiFetch: 0.1, // fresh process, load to the first validated body, vs zod 4 + openapi-fetch
  maxWasmGzipBytes: 120 * 1024, // same budget as tests/budget/size.test.mjs
};

const started = Date.now();
const loadAtStart = os.loadavg()[0];
const log = (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}\n`);
let failed = false;

installPackage();
log(`package: ${consumerDir}/node_modules/${PACKAGE}`);

log("1/5 throughput: ours vs ajv vs zod (fresh process)");
const throughput = runJson([join(benchDir, "lib", "throughput.mjs"), ...flags]);

log("2/5 client per-call overhead vs hand-written fetch (mock server in its own process)");
let client;
try {
  client = runJson([join(benchDir, "lib", "client-overhead.mjs"), consumerDir, ...flags]);
} catch (error) {
  client = { available: false, reason: `client benchmark failed: ${String(error.stderr || error.message).trim().split("\n").slice(-3).join(" | ")}` };
  failed = true;
}

log("3/5 start-up: fresh processes, interleaved variants");
const startup = measureStartup(consumerDir, quick ? 7 : 21);

log("4/5 sizes");
const sizes = measureSizes();
// The .wasm file counts only if Node reads it from disk: since the Node entry embeds the bytes
// (base64 in dist/wasm/node.cjs), the loaded glue names no .wasm file and the file is not read.
const installedWasm = join(consumerDir, "node_modules", PACKAGE, "dist", "wasm", "dintero_payment_token_bg.wasm");
const readsWasmFile = startup.ours.loaded.some((file) => readFileSync(file, "utf8").includes("_bg.wasm"));
const code = {
  ours: loadedCodeSize(readsWasmFile ? [...startup.ours.loaded, installedWasm] : startup.ours.loaded),
  ajv: loadedCodeSize(startup.ajv.loaded),
  zod: loadedCodeSize(startup.zod.loaded),
};

log(`5/5 memory: ${quick ? "20,000" : "100,000"} calls in one process`);
const memory = runJson(["--expose-gc", join(benchDir, "lib", "memory.mjs"), consumerDir, ...flags]);
const memoryVerdict = judgeMemory(memory.checkpoints);
if (memoryVerdict.result === "FAIL") failed = true;

// ---------------------------------------------------------------- the table
const rows = [];
const row = (id, measure, ours, baseline, ratio, target, result) => rows.push({ id, measure, ours, baseline, ratio, target, result });
const verdict = (ok) => (ok ? "PASS" : "MISS");
const ops = (n) => `${fmtInt(n)} op/s (${(1e6 / n).toFixed(1)} µs)`;

for (const [name, label] of [["minimal", "minimal request"], ["full", "full request (doc example, every field)"]]) {
  const r = throughput.results[name];
  // Medians of per-round paired time ratios (each round runs all implementations back to back).
  const oursVsAjv = r.ratios.oursOverAjv; // time ours / time ajv
  const zodVsOurs = r.ratios.zodOverOurs; // time zod / time ours
  row(`1 ${name}`, `request -> validated body text, ${label}, ${r.bytes} B`, ops(r.ours.opsPerSecond), `ajv ${ops(r.ajv.opsPerSecond)}`, `ours/ajv ${fmtX(oursVsAjv)}`, `<= ${TARGETS.maxTimeVsAjv}x`, verdict(oursVsAjv <= TARGETS.maxTimeVsAjv));
  row("", "", "", `zod ${ops(r.zod.opsPerSecond)}`, `zod/ours ${fmtX(zodVsOurs)}`, `>= ${TARGETS.minZodTimeVsOurs}x`, verdict(zodVsOurs >= TARGETS.minZodTimeVsOurs));
  const floor = r["JSON.stringify only"].opsPerSecond;
  row("", `  breakdown (${name}): ours validate only / build only / JSON.stringify(build)`, `${ops(r["ours: validate only"].opsPerSecond)} / ${ops(r["ours: build only"].opsPerSecond)} / ${ops(r["ours: JSON.stringify(build)"].opsPerSecond)}`, `JSON.stringify only ${ops(floor)}`, `ours/stringify ${fmtX(floor / r.ours.opsPerSecond)}`, "", "info");
}
const parity = throughput.parity;
const parityOk = parity.disagreements.length === 0;
row(
  "1 parity",
  `same verdicts on ${parity.total} samples (2 valid, ${parity.total - 2} invalid)`,
  `ours ${parity.summary.ours}/${parity.total}`,
  `ajv ${parity.summary.ajv}/${parity.total}, zod ${parity.summary.zod}/${parity.total}`,
  "",
  "all agree",
  parityOk ? "PASS" : "WARN",
);

if (client.available) {
  const latency = (client.oursMedianMicros / client.rawMedianMicros - 1) * 100;
  const latencyMean = (client.oursMeanMicros / client.rawMeanMicros - 1) * 100;
  const addedCpu = client.oursCpuMicros - client.rawCpuMicros;
  row("2 client", `createPaymentTokenSession CPU per call (process.cpuUsage, ${client.cpuBlocks.ours.length} x ${client.cpuCallsPerBlock} calls each)`, `${client.oursCpuMicros.toFixed(0)} µs`, `raw fetch ${client.rawCpuMicros.toFixed(0)} µs`, `+${addedCpu.toFixed(0)} µs`, `<= +${TARGETS.maxClientCpuMicros} µs`, verdict(addedCpu <= TARGETS.maxClientCpuMicros));
  const peerAdded = client.peerCpuMicros - client.rawCpuMicros;
  row("", `  ${client.peer} CPU per call, same call and headers (the peer)`, `ours +${addedCpu.toFixed(0)} µs`, `${client.peer} +${peerAdded.toFixed(0)} µs (${client.peerCpuMicros.toFixed(0)} µs)`, `ours/peer added ${fmtX(addedCpu / peerAdded)}`, "below the peer's", verdict(addedCpu < peerAdded));
  row("", `  latency per call (full request, ${client.calls} calls each, interleaved, loopback)`, `${client.oursMedianMicros.toFixed(0)} µs median`, `raw fetch ${client.rawMedianMicros.toFixed(0)} µs median`, `${signed(latency)}% (trimmed mean ${signed(latencyMean)}%)`, `<= +${TARGETS.maxClientLatencyPct}%`, verdict(latency <= TARGETS.maxClientLatencyPct));
  row("", "  CPU per call with an in-process fetch answering at once (no network)", `${client.stubOursCpuMicros.toFixed(0)} µs`, `hand-written ${client.stubRawCpuMicros.toFixed(0)} µs`, `+${(client.stubOursCpuMicros - client.stubRawCpuMicros).toFixed(0)} µs`, "", "info");
  const f = client.floor;
  const rq = client.requestCpuMicros;
  row("", `  global fetch: fetch(url, init) vs one Request built per call, fetch(request) (CPU, ${client.requestCpuBlocks} x ${client.cpuCallsPerBlock / 2} calls)`, `fetch(url, init) ${rq.urlInit.toFixed(0)} µs`, `fetch(new Request(url, init)) ${rq.oneRequest.toFixed(0)} µs`, `${signed(rq.urlInit - rq.oneRequest)} µs`, "", "info");
  row("", "  custom fetch (input, init) => fetch(input, init): one Request per attempt (CPU)", `${rq.oursCustomFetch.toFixed(0)} µs`, `ours on the global fetch ${rq.ours.toFixed(0)} µs`, `${signed(rq.oursCustomFetch - rq.ours)} µs`, "", "info");
  row("", "  floor: the one Request per attempt (custom fetch), new Request(url, init) (CPU)", `${f.oneRequestMicros.toFixed(1)} µs`, `gloo-net's RequestBuilder::build (before) ${f.glooBuildMicros.toFixed(1)} µs`, `fetch's copy of a Request ${f.fetchCopyMicros.toFixed(1)} µs`, "", "info");
  row("", "  floor: one AbortController + signal (one per attempt, CPU)", `${f.abortControllerMicros.toFixed(1)} µs`, "", "", "", "info");
} else {
  row("2 client", "createPaymentTokenSession per call", "n/a", "raw fetch", "", `<= +${TARGETS.maxClientCpuMicros} µs CPU`, "n/a (see note)");
}

const s = startup;
row("3 start", `require("${PACKAGE}") incl. wasm (median of ${s.ours.samples} fresh processes)`, `${ms(s.ours.loadMs)}; min ${ms(s.ours.loadMinMs)}; CPU ${ms(s.ours.loadCpuMs)}`, `trivial module ${ms(s.trivial.loadMs)}`, `+${ms(s.ours.loadMs - s.trivial.loadMs)}`, "", "info");
row("", "", "", `ajv require + compile ${ms(s.ajv.loadMs)}`, `ours/ajv ${fmtX(s.ours.loadMs / s.ajv.loadMs)}`, "", "info");
row("", "", "", `zod require + schema ${ms(s.zod.loadMs)}`, `ours/zod ${fmtX(s.ours.loadMs / s.zod.loadMs)}`, "", "info");
row("", `  wasm compile + instantiate (within the require)`, `${ms(s.ours.wasmMs)} (${ms(s.ours.compileMs)} + ${ms(s.ours.instantiateMs)}); min ${ms(s.ours.wasmMinMs)}; CPU ${ms(s.ours.wasmCpuMs)}`, "", `${fmtX(s.ours.wasmMs / TARGETS.maxInstantiateMs)} of target`, `<= ${TARGETS.maxInstantiateMs} ms`, verdict(s.ours.wasmMs <= TARGETS.maxInstantiateMs));
row("", `  import (ESM entry) incl. wasm`, ms(s["ours-esm"].loadMs), `require ${ms(s.ours.loadMs)}`, `${fmtX(s["ours-esm"].loadMs / s.ours.loadMs)}`, "", "info");
const cold = (name) => s[name].coldMs;
row("", "cold start: load to the first validated body (minimal request), fresh processes", `require ${ms(cold("ours"))}; import ${ms(cold("ours-esm"))}`, `zod 4 + openapi-fetch ${ms(cold("zod+openapi-fetch"))}`, `ours/peer ${fmtX(cold("ours") / cold("zod+openapi-fetch"))} (import ${fmtX(cold("ours-esm") / cold("zod+openapi-fetch"))})`, `<= ${TARGETS.maxColdVsZodOpenapiFetch}x`, verdict(cold("ours") <= TARGETS.maxColdVsZodOpenapiFetch * cold("zod+openapi-fetch")));
row("", "", "", `ajv compiled + openapi-fetch ${ms(cold("ajv+openapi-fetch"))}`, `ours/peer ${fmtX(cold("ours") / cold("ajv+openapi-fetch"))}`, "", "info");
row("", "first call (minimal request) after load", ms(s.ours.firstCallMs), `ajv ${ms(s.ajv.firstCallMs)}, zod ${ms(s.zod.firstCallMs)}`, `ours/ajv ${fmtX(s.ours.firstCallMs / s.ajv.firstCallMs)}`, "", "info");
row("", "code loaded by Node (files each gzip -9)", `${kb(code.ours.gzip)} (${code.ours.files} files, .wasm ${readsWasmFile ? "file" : "embedded"})`, `ajv ${kb(code.ajv.gzip)} (${code.ajv.files}), zod ${kb(code.zod.gzip)} (${code.zod.files})`, `ours/ajv ${fmtX(code.ours.gzip / code.ajv.gzip)}`, "", "info");

row("4 size", ".wasm gzip -9", kb(sizes.wasmGzip), `budget ${kb(TARGETS.maxWasmGzipBytes)}`, `${pct(sizes.wasmGzip / TARGETS.maxWasmGzipBytes)} of budget`, `<= ${kb(TARGETS.maxWasmGzipBytes)}`, verdict(sizes.wasmGzip <= TARGETS.maxWasmGzipBytes));
row("", ".wasm raw / brotli -11", `${kb(sizes.wasmRaw)} / ${kb(sizes.wasmBrotli)}`, "", `gzip is ${pct(sizes.wasmGzip / sizes.wasmRaw)} of raw`, "", "info");
row("", `packed tarball (${sizes.tarballName})`, kb(sizes.tarball), `.wasm gzip ${kb(sizes.wasmGzip)}`, `${fmtX(sizes.tarball / sizes.wasmGzip)}`, "", "info");

const first = memory.checkpoints[0];
const last = memory.checkpoints[memory.checkpoints.length - 1];
row("5 memory", `${fmtInt(memory.total)} calls (8 build, 1 validate, 1 invalid per 10), ${memory.seconds.toFixed(1)} s`, `wasm memory ${kb(first.wasmMemoryBytes)} -> ${kb(last.wasmMemoryBytes)}`, `after 1st call`, memoryVerdict.wasm, "no growth after warm-up", memoryVerdict.result);
row("", "", `externref table ${tables(first)} -> ${tables(last)}`, "", memoryVerdict.table, "", "");
row("", "", `JS heap after GC ${kb(first.heapUsed)} -> ${kb(last.heapUsed)}`, `RSS ${kb(first.rss)} -> ${kb(last.rss)}`, memoryVerdict.heap, "", "");

printTable(rows);
console.log(`\nrow 1 "ours" is ${throughput.oursPath}; ajv = compiled JSON Schema (allErrors) + JSON.stringify.`);
if (!parityOk) {
  console.log(`\nWARN parity: the validators disagree on ${parity.disagreements.length} sample(s), so the speed ratios compare different work:`);
  for (const d of parity.disagreements) console.log(`  - ${d.sample}: expected ${d.expect ? "accept" : "reject"}; got ${Object.entries(d.got).map(([k, v]) => `${k} ${v ? "accepts" : "rejects"}`).join(", ")}`);
}
if (!client.available) console.log(`\nnote client: ${client.reason}`);
if (memoryVerdict.result === "FAIL") console.error(`\nFAIL memory: ${memoryVerdict.reason}`);
const loads = [loadAtStart, os.loadavg()[0]];
const busy = Math.max(...loads) > os.cpus().length ? " (above the core count: absolute times are inflated; ratios are measured back to back)" : "";
console.log(
  `\nnode ${process.version}, ${os.cpus().length} cores, load average ${loads.map((l) => l.toFixed(1)).join(" -> ")}${busy},` +
    ` ${quick ? "quick" : "full"} run, ${((Date.now() - started) / 1000).toFixed(0)} s; client mock: ${client.mock ?? "-"}`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ targets: TARGETS, throughput, client, startup, sizes, code, memory, memoryVerdict }, null, 2));
process.exitCode = failed ? 1 : 0;

// ---------------------------------------------------------------- helpers
/**
 * Unbounded growth = a value still rising in BOTH halves after the warm-up (the first 20% of
 * calls). Wasm memory only grows in 64 KiB pages and never shrinks, so any rise late in the run
 * means live data accumulates; a one-off rise (allocator settling) is reported but passes.
 */
function judgeMemory(points) {
  const start = Math.round((points.length - 1) * 0.2);
  const mid = start + Math.floor((points.length - 1 - start) / 2);
  const end = points.length - 1;
  const growth = (get, tolerance) => {
    const firstHalf = get(points[mid]) - get(points[start]);
    const secondHalf = get(points[end]) - get(points[mid]);
    return { firstHalf, secondHalf, unbounded: firstHalf > tolerance && secondHalf > tolerance };
  };
  const tableTotal = (p) => Object.values(p.tableLengths).reduce((a, b) => a + b, 0);
  const wasm = growth((p) => p.wasmMemoryBytes ?? 0, 0);
  const table = growth(tableTotal, 0);
  const heap = growth((p) => p.heapUsed, 1 << 20);
  const describe = (g, unit) => `after warm-up ${sign(g.firstHalf, unit)}, then ${sign(g.secondHalf, unit)}`;
  const bad = [["wasm memory", wasm], ["externref table", table], ["JS heap", heap]].filter(([, g]) => g.unbounded);
  const instances = points[points.length - 1].instances;
  return {
    result: bad.length || instances !== 1 ? "FAIL" : "PASS",
    reason: bad.length ? `${bad.map(([n]) => n).join(", ")} kept growing through the run (see the table)` : instances !== 1 ? `the wasm module was re-instantiated ${instances - 1} time(s) (a trap?)` : "",
    wasm: describe(wasm, "B"),
    table: describe(table, " slots"),
    heap: describe(heap, "B"),
  };
}

function sign(n, unit) {
  if (unit === "B") return `${n >= 0 ? "+" : "-"}${kb(Math.abs(n))}`;
  return `${n >= 0 ? "+" : "-"}${Math.abs(n)}${unit}`;
}
function tables(point) {
  return Object.values(point.tableLengths).join("+") || "-";
}
function signed(n) {
  return `${n >= 0 ? "+" : ""}${n.toFixed(1)}`;
}
function fmtInt(n) {
  return Math.round(n).toLocaleString("en-US");
}
function fmtX(n) {
  return `${n >= 10 ? n.toFixed(1) : n.toFixed(2)}x`;
}
function ms(n) {
  return `${n.toFixed(2)} ms`;
}
function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
function pct(fraction) {
  return `${(fraction * 100).toFixed(0)}%`;
}
function printTable(list) {
  const columns = [["id", "#"], ["measure", "measure"], ["ours", "ours"], ["baseline", "baseline (same run)"], ["ratio", "ratio"], ["target", "target"], ["result", "result"]];
  const widths = columns.map(([key, title]) => Math.max(title.length, ...list.map((r) => String(r[key]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(line(columns.map(([, title]) => title)));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of list) console.log(line(columns.map(([key]) => r[key])));
}
