// The load and fault harness: runs a scenario's calls at a fixed concurrency through one
// DinteroClient against the mock Dintero behind the fault proxy (all on 127.0.0.1), and checks
// the invariants that hold whatever the timing:
//   - every call ends, in a success or a typed DinteroError (never internal_error), within
//     timeoutMs x attempts plus the backoff those attempts may wait, plus a token request;
//   - each token expiry causes one token request, not one per call;
//   - no unhandled rejection;
//   - no request body altered (the scenario says what each call must send);
//   - memory after warm-up stays under a generous cap;
// plus the scenario's own invariants. It measures (for printing, never for asserting) calls per
// second, latency percentiles and peak memory.
//
// A scenario is a plain object (see scenarios/session.mjs):
//   {
//     name,
//     faultable(endpoint): whether the proxy injects faults on this endpoint (e.g. "session"),
//     async setup({ api, mock, client }): state shared by the calls (e.g. transaction ids),
//     call(i, state): { run(client) -> Promise, sends?: { endpoint, body } }   // `sends`: the exact
//                      body text every attempt of this call must carry to `endpoint`
//     check({ mock, proxy, outcomes, state }): [{ name, ok, detail }]  // scenario invariants
//   }
import { startMockDintero } from "../mock-dintero/server.mjs";
import { startFaultProxy } from "./fault-proxy.mjs";

/** Fault rates of the standard faulty run (per request to a faultable endpoint). */
export const STANDARD_FAULTS = {
  "503": 0.06,
  "429": 0.03,
  reset: 0.03,
  "lost-response": 0.02,
  "slow-body": 0.06,
  "stalled-body": 0.01,
};

/** The most a retry may wait: the backoff cap of retry `i` or the injected Retry-After. */
function retryWaitBoundMs(retryIndex, retryAfterSeconds) {
  const backoffCap = Math.min(500 * 2 ** retryIndex, 8000);
  return Math.max(backoffCap, retryAfterSeconds * 1000);
}

/**
 * The longest a call with `attempts` attempts may take: each attempt up to timeoutMs, each wait
 * between them up to its bound, one token request (itself up to maxRetries + 1 attempts and
 * their waits), and `slackMs` for a loaded event loop.
 */
export function callBoundMs({ attempts, timeoutMs, maxRetries, retryAfterSeconds, slackMs }) {
  let bound = timeoutMs * attempts + slackMs;
  for (let i = 0; i < attempts - 1; i++) bound += retryWaitBoundMs(i, retryAfterSeconds);
  bound += timeoutMs * (maxRetries + 1);
  for (let i = 0; i < maxRetries; i++) bound += retryWaitBoundMs(i, retryAfterSeconds);
  return bound;
}

/** `p` (0-100) percentile of sorted numbers. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/**
 * Runs `calls` calls of `scenario` at `concurrency`.
 * @returns {Promise<{ checks: {name, ok, detail}[], stats: object }>}
 */
export async function runLoad({
  api,
  scenario,
  calls = 1000,
  concurrency = 100,
  faults = STANDARD_FAULTS,
  tokenLifetimeSeconds = 2,
  timeoutMs = 1000,
  maxRetries = 2,
  retryAfterSeconds = 1,
  seed = 23,
  memoryCapBytes = 512 * 1024 * 1024,
  slackMs = 3000,
}) {
  const mock = await startMockDintero({ tokenLifetimeSeconds });
  const proxy = await startFaultProxy({
    target: mock.url,
    seed,
    rates: faults ?? {},
    faultable: scenario.faultable,
    tokenLifetimeMs: tokenLifetimeSeconds * 1000,
    retryAfterSeconds,
    slowBodyMs: Math.round(timeoutMs * 0.4),
    stalledBodyMs: timeoutMs * 3,
  });
  const client = new api.DinteroClient({
    accountId: mock.accountId,
    clientId: mock.clientId,
    clientSecret: mock.clientSecret,
    baseUrl: proxy.url,
    timeoutMs,
    maxRetries,
  });
  const unhandled = [];
  const onUnhandled = (reason) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  const checks = [];
  const check = (name, ok, detail = "") => checks.push({ name, ok: Boolean(ok), detail: ok ? "" : String(detail) });
  try {
    const state = await scenario.setup({ api, mock, client });
    const firstRequest = proxy.requests.length;
    const firstToken = proxy.count("token");
    const outcomes = new Array(calls);
    const expectedBodies = new Map();
    let next = 0;
    let done = 0;
    let warmRss = null;
    let warmAt = null;
    let peakRss = process.memoryUsage().rss;
    let peakAfterWarmup = 0;
    const sampler = setInterval(() => {
      const rss = process.memoryUsage().rss;
      peakRss = Math.max(peakRss, rss);
      if (warmRss !== null) peakAfterWarmup = Math.max(peakAfterWarmup, rss);
    }, 50);
    const started = performance.now();
    const worker = async () => {
      while (next < calls) {
        const i = next++;
        const { run, sends } = scenario.call(i, state);
        if (sends) expectedBodies.set(sends.key, sends);
        const t0 = performance.now();
        let value;
        let error;
        try {
          value = await run(client);
        } catch (e) {
          error = e;
        }
        outcomes[i] = { i, startedAt: t0, ms: performance.now() - t0, value, error, sends };
        done += 1;
        if (warmRss === null && done >= calls * 0.2) {
          warmRss = process.memoryUsage().rss;
          warmAt = performance.now();
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsedMs = performance.now() - started;
    clearInterval(sampler);
    // Give late rejections (a dropped promise) a chance to surface.
    await new Promise((resolve) => setTimeout(resolve, 50));

    // 1. Every call ends in a success or a typed error, within its bound.
    const late = [];
    const untyped = [];
    const codes = {};
    for (const o of outcomes) {
      const attempts = o.error ? o.error.attempts ?? 1 : o.value?.lastResponse?.attempts ?? 1;
      const bound = callBoundMs({ attempts, timeoutMs, maxRetries, retryAfterSeconds, slackMs });
      if (o.ms > bound) late.push(`call ${o.i}: ${o.ms.toFixed(0)} ms > ${bound} ms (${attempts} attempts)`);
      if (o.error) {
        const typed = o.error instanceof api.DinteroError && o.error.code !== "internal_error" && o.error.code !== "not_initialized";
        if (!typed) untyped.push(`call ${o.i}: ${o.error?.constructor?.name} ${o.error?.code}: ${o.error?.message}`);
        codes[o.error.code] = (codes[o.error.code] ?? 0) + 1;
      } else {
        codes.ok = (codes.ok ?? 0) + 1;
      }
    }
    check("every call ends within timeoutMs x attempts plus backoff", late.length === 0, late.slice(0, 5).join("; "));
    check("every failure is a typed DinteroError", untyped.length === 0, untyped.slice(0, 5).join("; "));

    // 2. One token request per expiry: the client keeps a token for 90% of its lifetime, and
    // nothing but an expiry (no fault is injected on the token endpoint) makes it ask again.
    const tokenRequests = proxy.count("token") - firstToken;
    const refreshMs = tokenLifetimeSeconds * 1000 * 0.9;
    const maxTokenRequests = Math.floor(elapsedMs / refreshMs) + 2;
    check(
      "each token expiry causes one token request, not one per call",
      tokenRequests <= maxTokenRequests,
      `${tokenRequests} token requests in ${elapsedMs.toFixed(0)} ms (at most ${maxTokenRequests} for a ${tokenLifetimeSeconds} s token)`,
    );

    // 3. No unhandled rejection.
    check("no unhandled rejection", unhandled.length === 0, unhandled.slice(0, 3).map(String).join("; "));

    // 4. No request body altered: every attempt carried exactly the text its call had to send.
    const altered = [];
    let checkedBodies = 0;
    const keyOf = scenario.bodyKey ?? (() => undefined);
    for (const r of proxy.requests.slice(firstRequest)) {
      const key = keyOf(r);
      if (key === undefined) continue;
      const expected = expectedBodies.get(key);
      checkedBodies += 1;
      if (!expected || expected.endpoint !== r.endpoint || expected.body !== r.body) altered.push(`${r.method} ${r.path}: ${r.body.slice(0, 120)}`);
    }
    check("no request body altered", altered.length === 0 && (expectedBodies.size === 0 || checkedBodies >= expectedBodies.size), altered.slice(0, 3).join("; ") || `${checkedBodies} bodies checked`);

    // 5. Memory after warm-up under a generous cap.
    const grown = warmRss === null ? 0 : Math.max(0, peakAfterWarmup - warmRss);
    check("memory after warm-up stays under the cap", grown < memoryCapBytes, `rss grew ${(grown / 1048576).toFixed(0)} MiB after warm-up`);

    for (const c of await scenario.check({ mock, proxy, outcomes, state })) check(c.name, c.ok, c.detail);

    // Figures over the calls started after warm-up (the first 20% of calls to finish): the
    // first wave meets a cold JIT, cold connections and a cold wasm tier.
    const end = started + elapsedMs;
    const measured = outcomes.filter((o) => warmAt === null || o.startedAt >= warmAt);
    const latencies = measured.map((o) => o.ms).sort((a, b) => a - b);
    const measuredMs = warmAt === null ? elapsedMs : end - warmAt;
    return {
      checks,
      stats: {
        scenario: scenario.name,
        calls,
        concurrency,
        elapsedMs,
        measuredCalls: measured.length,
        callsPerSecond: (measured.length / measuredMs) * 1000,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1),
        peakRssMiB: peakRss / 1048576,
        rssGrowthAfterWarmupMiB: grown / 1048576,
        tokenRequests,
        requests: proxy.requests.length - firstRequest,
        faults: proxy.faultCounts(),
        outcomes: codes,
      },
    };
  } finally {
    process.off("unhandledRejection", onUnhandled);
    await proxy.close();
    await mock.close();
  }
}

/** One line per figure, for the report. */
export function describeRun(faulty, baseline) {
  const f = faulty.stats;
  const lines = [
    `${f.scenario}: ${f.calls} calls at ${f.concurrency} concurrent in ${(f.elapsedMs / 1000).toFixed(1)} s; after warm-up ${f.callsPerSecond.toFixed(0)} calls/s`,
    `latency after warm-up (${f.measuredCalls} calls): p50 ${f.p50.toFixed(0)} ms, p99 ${f.p99.toFixed(0)} ms, max ${f.max.toFixed(0)} ms`,
  ];
  if (baseline) {
    const b = baseline.stats;
    lines.push(
      `without faults: ${b.callsPerSecond.toFixed(0)} calls/s, p50 ${b.p50.toFixed(1)} ms, p99 ${b.p99.toFixed(1)} ms; ` +
        `added by the faults: p50 +${(f.p50 - b.p50).toFixed(0)} ms, p99 +${(f.p99 - b.p99).toFixed(0)} ms`,
    );
  }
  lines.push(
    `peak rss ${f.peakRssMiB.toFixed(0)} MiB (growth after warm-up ${f.rssGrowthAfterWarmupMiB.toFixed(0)} MiB)`,
    `${f.requests} requests, ${f.tokenRequests} token requests, faults ${JSON.stringify(f.faults)}`,
    `outcomes ${JSON.stringify(f.outcomes)}`,
  );
  return lines;
}
