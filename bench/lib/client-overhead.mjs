// Part 2: per-call overhead of the package's client vs a hand-written fetch, both against the
// same loopback mock server running in another process:
//   node bench/lib/client-overhead.mjs <consumerDir> [--quick]
// The hand-written baseline sends exactly what the client sends (URL, method, headers, body),
// recorded once by wrapping globalThis.fetch during a warm-up call of the client, then per call:
// fetch(url, { method, headers, body: JSON.stringify(request) }) and JSON.parse of the answer.
// The peer is openapi-fetch (bench/peers, pinned; the engine of Dintero's own Node SDK) making the
// same call with the same headers: its added cost over the hand-written fetch is the bar to beat.
// Two measures: latency per call (calls alternate one by one), and CPU per call of this process
// (process.cpuUsage over blocks of BLOCK sequential calls, blocks alternating ours / raw; the
// mock server's CPU is in its own process and not counted).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { installPackage, benchDir, fixture, median, peerRequire, spread } from "./setup.mjs";

const consumerDir = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : installPackage();
const quick = process.argv.includes("--quick");
const CALLS = quick ? 1000 : 5000;
const WARMUP = quick ? 300 : 1000;
const BLOCK = 2000;
const CPU_BLOCKS = quick ? 3 : 6; // a multiple of the 3 sides, so each goes first equally often
const REQUEST_BLOCKS = quick ? 4 : 8; // the same for the 4 sides of the Request comparison

const api = createRequire(join(consumerDir, "index.js"))("dintero-payment-token");
const request = fixture("full-request.json");

/** A function making one call through the package's client, or null if the build has no client. */
function makeClientCall(baseUrl, accessToken) {
  if (typeof api.DinteroClient === "function") {
    const client = new api.DinteroClient({ accountId: "T11223344", accessToken, baseUrl });
    return () => client.createPaymentTokenSession(request);
  }
  if (typeof api.createPaymentTokenSession === "function") {
    return () => api.createPaymentTokenSession(request, { accessToken, baseUrl });
  }
  return null;
}
const STYLE = typeof api.DinteroClient === "function"
  ? "new DinteroClient({ accountId, accessToken, baseUrl }).createPaymentTokenSession(request)"
  : "createPaymentTokenSession(request, { accessToken, baseUrl })";

/** What the client sends, seen by wrapping globalThis.fetch around one call of a fresh client. */
async function recordRequest(baseUrl, accessToken) {
  const realFetch = globalThis.fetch;
  let recorded = null;
  globalThis.fetch = async function (input, init) {
    // A Request argument is cloned: reading it would consume the body the real fetch sends.
    const req = input instanceof Request && init === undefined ? input.clone() : new Request(input, init);
    if (!recorded) {
      recorded = {
        url: req.url,
        method: req.method,
        headers: Object.fromEntries(req.headers),
        body: req.method === "POST" ? await req.clone().text() : undefined,
      };
    }
    return realFetch.call(this, input, init);
  };
  try {
    await makeClientCall(baseUrl, accessToken)();
  } finally {
    globalThis.fetch = realFetch;
  }
  return recorded;
}

/** Trimmed mean: drops the slowest and fastest `cut` fraction (GC pauses, scheduler noise). */
function trimmedMean(values, cut = 0.1) {
  const sorted = [...values].sort((a, b) => a - b);
  const kept = sorted.slice(Math.floor(sorted.length * cut), Math.ceil(sorted.length * (1 - cut)));
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

/**
 * CPU floors of building requests, measured synchronously in this process: the one Request the
 * client builds per attempt for a caller-supplied `fetch` (`new Request(url, init)` with its
 * init: plain lower-case headers, body, signal, redirect); what gloo-net's RequestBuilder::build
 * made before (`new Request(url)`, `new URL(..)`, `new Request(url, init)` with a `Headers`),
 * shown for reference; and `fetch(request, init)`'s copy of a Request (the spec's fetch always
 * runs the Request constructor on its arguments). Each attempt also creates an AbortController.
 */
function requestFloor(sent) {
  const body = JSON.stringify(request);
  const op = (fn) => {
    for (let i = 0; i < 500; i++) fn();
    const n = 3000;
    const before = process.cpuUsage();
    for (let i = 0; i < n; i++) fn();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / n;
  };
  const glooBuild = () => {
    new URL(new Request(sent.url).url);
    return new Request(sent.url, { method: sent.method, headers: new Headers(sent.headers), body, redirect: "manual", signal: new AbortController().signal });
  };
  const oneRequest = () => new Request(sent.url, { method: sent.method, headers: sent.headers, body, redirect: "manual", signal: new AbortController().signal });
  // Rounds alternating the constructions (order rotating), medians: a slow spell of the machine
  // hits all alike.
  const ops = {
    handWritten: () => new Request(sent.url, { method: sent.method, headers: sent.headers, body }),
    one: oneRequest,
    gloo: glooBuild,
    oneAndCopy: () => new Request(oneRequest(), { body }),
  };
  const rounds = Object.fromEntries(Object.keys(ops).map((k) => [k, []]));
  for (let r = 0; r < 12; r++) for (const k of rotated(Object.keys(ops), r)) rounds[k].push(op(ops[k]));
  const [handWritten, one, build, oneAndCopy] = Object.keys(ops).map((k) => median(rounds[k]));
  return {
    handWrittenConstructorMicros: handWritten,
    oneRequestMicros: one,
    glooBuildMicros: build,
    fetchCopyMicros: oneAndCopy - one,
    abortControllerMicros: op(() => new AbortController().signal),
  };
}

/** Each block's order of the sides: rotated every block, so no side always goes first. */
function rotated(sides, block) {
  const shift = block % sides.length;
  return [...sides.slice(shift), ...sides.slice(0, shift)];
}

/** CPU per call of each function of `fns`: blocks of BLOCK sequential calls, the order of the sides rotating. */
async function cpuPerCall(fns, calls = BLOCK, blocks = CPU_BLOCKS) {
  const sides = Object.keys(fns);
  const cpu = Object.fromEntries(sides.map((side) => [side, []]));
  for (let b = 0; b < blocks; b++) {
    for (const which of rotated(sides, b)) {
      const before = process.cpuUsage();
      for (let i = 0; i < calls; i++) await fns[which]();
      const used = process.cpuUsage(before);
      cpu[which].push((used.user + used.system) / calls);
    }
  }
  return cpu;
}

function now() {
  return Number(process.hrtime.bigint()) / 1e3; // µs
}

const server = spawn(process.execPath, [join(benchDir, "lib", "mock-server-process.mjs")], { stdio: ["pipe", "pipe", "inherit"] });
const [line] = await once(createInterface({ input: server.stdout }), "line");
const mock = JSON.parse(line);
let result;
try {
  const call = makeClientCall(mock.url, mock.accessToken);
  if (!call) {
    result = { available: false, reason: "the built package exports neither DinteroClient nor createPaymentTokenSession", mock: mock.source };
  } else {
    const sent = await recordRequest(mock.url, mock.accessToken);
    if (!sent) throw new Error("the client did not call globalThis.fetch: cannot replay its request by hand");
    const { body: _recordedBody, ...shape } = sent;
    const raw = async () => {
      const res = await fetch(sent.url, { method: sent.method, headers: sent.headers, body: JSON.stringify(request) });
      const text = await res.text();
      if (!res.ok) throw new Error(`mock answered ${res.status}: ${text}`);
      return JSON.parse(text);
    };
    const createClient = peerRequire("openapi-fetch").default;
    const { origin, pathname } = new URL(sent.url);
    const peerClient = createClient({ baseUrl: origin, headers: sent.headers });
    const openapiFetch = async () => {
      const { data, error, response } = await peerClient.POST(pathname, { body: request });
      if (error !== undefined) throw new Error(`mock answered ${response.status} to openapi-fetch`);
      return data;
    };
    const sides = { ours: call, raw, openapiFetch };
    for (let i = 0; i < WARMUP; i++) for (const fn of Object.values(sides)) await fn();
    // Calls alternate one by one (the order rotates every round), so slow drifts of the machine
    // (other jobs on the 2 cores) hit every side alike; each call's latency is recorded.
    const samples = { ours: [], raw: [], openapiFetch: [] };
    for (let i = 0; i < CALLS; i++) {
      for (const which of rotated(Object.keys(sides), i)) {
        const start = now();
        await sides[which]();
        samples[which].push(now() - start);
      }
    }
    const cpu = await cpuPerCall(sides);
    // The same with a `fetch` that answers at once in process (no socket, no undici request):
    // what the client itself costs per call, without the network stack's noise.
    const answer = JSON.stringify(fixture("session-created.json"));
    const stub = async () => new Response(answer, { status: 200, headers: { "content-type": "application/json" } });
    const stubbedClient = new api.DinteroClient({ accountId: "T11223344", accessToken: mock.accessToken, baseUrl: mock.url, fetch: stub });
    const stubbed = {
      ours: () => stubbedClient.createPaymentTokenSession(request),
      raw: async () => JSON.parse(await (await stub(sent.url, { method: sent.method, headers: sent.headers, body: JSON.stringify(request) })).text()),
    };
    const stubCpu = await cpuPerCall(stubbed);
    // Item 2 of issue 24, against the same mock: the global fetch called as fetch(url, init)
    // (what the client does) vs with one Request built per call, and the client with a
    // caller-supplied fetch (one Request per attempt, passed on as fetch(request, init)) vs the
    // client on the global fetch. Blocks of BLOCK / 2 calls, the four sides rotating.
    const headers = sent.headers;
    const requestSides = {
      ours: call,
      oursCustomFetch: (() => {
        const custom = new api.DinteroClient({ accountId: "T11223344", accessToken: mock.accessToken, baseUrl: mock.url, fetch: (input, init) => fetch(input, init) });
        return () => custom.createPaymentTokenSession(request);
      })(),
      urlInit: async () => JSON.parse(await (await fetch(sent.url, { method: sent.method, headers, body: JSON.stringify(request), redirect: "manual" })).text()),
      oneRequest: async () => JSON.parse(await (await fetch(new Request(sent.url, { method: sent.method, headers, body: JSON.stringify(request), redirect: "manual" }))).text()),
    };
    for (let i = 0; i < WARMUP / 2; i++) for (const fn of Object.values(requestSides)) await fn();
    const requestCpu = await cpuPerCall(requestSides, BLOCK / 2, REQUEST_BLOCKS);
    result = {
      available: true,
      floor: requestFloor(sent),
      stubOursCpuMicros: median(stubCpu.ours),
      stubRawCpuMicros: median(stubCpu.raw),
      requestCpuMicros: Object.fromEntries(Object.entries(requestCpu).map(([side, blocks]) => [side, median(blocks)])),
      requestCpuBlocks: REQUEST_BLOCKS,
      oursCpuMicros: median(cpu.ours),
      rawCpuMicros: median(cpu.raw),
      peerCpuMicros: median(cpu.openapiFetch),
      peerMedianMicros: median(samples.openapiFetch),
      peer: `openapi-fetch ${peerRequire("openapi-fetch/package.json").version}`,
      cpuBlocks: cpu,
      cpuCallsPerBlock: BLOCK,
      style: STYLE,
      mock: mock.source,
      request: shape,
      bodyIdentical: _recordedBody === JSON.stringify(request),
      calls: CALLS,
      oursMedianMicros: median(samples.ours),
      rawMedianMicros: median(samples.raw),
      oursMeanMicros: trimmedMean(samples.ours),
      rawMeanMicros: trimmedMean(samples.raw),
      oursSpread: spread(samples.ours),
      rawSpread: spread(samples.raw),
    };
  }
} finally {
  server.stdin.end();
}
console.log(JSON.stringify(result));
