// Every header the package sets (User-Agent, Accept, Content-Type, Authorization, Dintero-System-*)
// reaches the server unchanged through the fetch wrappers of tests/consumers/shared/fetch-wrappers.mjs
// (one merging its headers into `init`, as Next.js's edge sandbox does; one rebuilding
// `new Request(input, init)`; Next's whole edge route fetch) and one spreading `init.headers` into
// an object of its own, each given as the `fetch` option (called with a Request and init) and
// installed as globalThis.fetch (called with the URL and init); and a custom fetch receives what the
// README's `fetch` option promises. Asserted on what the mock Dintero received.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importPackage, consumerDir } from "../package/scratch-project.mjs";
import { startMockDintero } from "../mock-dintero/server.mjs";
import { mergingInitHeaders, nextEdgeRouteFetch, rebuildingRequest } from "../consumers/shared/fetch-wrappers.mjs";
import { REQUEST, SYSTEM } from "../consumers/shared/request.mjs";
import { assertPackageHeaders } from "../consumers/harness.mjs";

const { DinteroClient } = await importPackage();
const version = JSON.parse(readFileSync(join(consumerDir, "node_modules", "dintero-payment-token", "package.json"), "utf8")).version;
const userAgent = `dintero-payment-token/${version}`;

let mock;
before(async () => {
  mock = await startMockDintero();
});
after(async () => {
  await mock.close();
});

const global = (input, init) => globalThis.fetch(input, init);
const spreadingHeaders = (fetch) => (input, init) => fetch(input, { ...init, headers: { ...init?.headers, traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" } });
const WRAPPERS = {
  "no wrapper": (fetch) => fetch,
  "a wrapper merging its headers into init (Next.js edge sandbox)": mergingInitHeaders,
  "a wrapper rebuilding new Request(input, init)": rebuildingRequest,
  "a wrapper spreading init.headers into its own object": spreadingHeaders,
};

/** Creates a session and reads its transaction; asserts every header of the three requests the mock received. */
async function assertHeadersReachServer(options) {
  const start = mock.requests.length;
  const client = new DinteroClient({ accountId: mock.accountId, clientId: mock.clientId, clientSecret: mock.clientSecret, baseUrl: mock.url, system: SYSTEM, maxRetries: 0, ...options });
  const created = await client.createPaymentTokenSession(REQUEST);
  const { transactionId } = await mock.completeSession(created.id);
  await client.getPaymentToken(transactionId);
  const received = mock.requests.slice(start).filter((r) => r.endpoint !== "view");
  assert.deepEqual(received.map((r) => `${r.method} ${r.endpoint}`), ["POST token", "POST session", "GET transaction"]);
  const tokens = mock.issuedTokens();
  assertPackageHeaders(received[0], { userAgent, authorization: (value) => value === `Basic ${btoa(`${mock.clientId}:${mock.clientSecret}`)}` });
  for (const request of received.slice(1)) assertPackageHeaders(request, { userAgent, authorization: (value) => tokens.some((t) => value === `Bearer ${t}`) });
  assert.deepEqual(JSON.parse(received[1].body), REQUEST);
}

for (const [kind, wrap] of Object.entries(WRAPPERS)) {
  test(`every header reaches the server through ${kind}, as the fetch option`, () => assertHeadersReachServer({ fetch: wrap(global) }));
}

// A runtime or an APM agent replacing globalThis.fetch: the package calls it as fetch(url, init).
const INSTALLED = { ...WRAPPERS, "the fetch of a Next.js edge route handler (fetch patch + sandbox)": nextEdgeRouteFetch };
for (const [kind, wrap] of Object.entries(INSTALLED)) {
  test(`every header reaches the server through ${kind}, installed as globalThis.fetch`, async () => {
    const original = globalThis.fetch;
    const calls = [];
    const wrapped = wrap(original);
    // (the mock's completeSession submits the hosted page with globalThis.fetch too: not counted)
    globalThis.fetch = (input, init) => (String(input.url ?? input).includes("/v1/view/") || calls.push([typeof input, init && Object.keys(init).sort()]), wrapped(input, init));
    try {
      await assertHeadersReachServer({});
    } finally {
      globalThis.fetch = original;
    }
    assert.deepEqual(calls, [
      ["string", ["body", "headers", "method", "redirect", "signal"]],
      ["string", ["body", "headers", "method", "redirect", "signal"]],
      ["string", ["headers", "method", "redirect", "signal"]],
    ], "the global fetch is called as fetch(url, init)");
  });
}

test("the fetch of a Next.js edge route handler replaces the User-Agent of a call made with a Request, whatever its init", async () => {
  const start = mock.requests.length;
  const url = `${mock.url}/v1/transactions/T11223344.unknown`;
  const headers = { "user-agent": userAgent };
  await nextEdgeRouteFetch(global)(new Request(url, { headers }), { headers });
  await nextEdgeRouteFetch(global)(url, { headers });
  assert.deepEqual(mock.requests.slice(start).map((r) => r.headers["user-agent"]), ["Next.js Middleware", userAgent]);
});

test("the Next.js-like wrapper does replace the User-Agent of a call whose init has no headers (the shape the package no longer uses)", async () => {
  const start = mock.requests.length;
  const body = JSON.stringify({ grant_type: "client_credentials" });
  const request = new Request(`${mock.url}/v1/accounts/${mock.accountId}/auth/token`, { method: "POST", headers: { "user-agent": userAgent }, body });
  await mergingInitHeaders(global)(request, { body });
  assert.equal(mock.requests[start].headers["user-agent"], "Next.js Middleware");
});

test("a custom fetch gets a complete Request and an init repeating it (the README's contract)", async () => {
  const calls = [];
  const client = new DinteroClient({
    accountId: mock.accountId,
    clientId: mock.clientId,
    clientSecret: mock.clientSecret,
    baseUrl: mock.url,
    system: SYSTEM,
    fetch: async (input, init) => {
      assert.ok(input instanceof Request, "called with a Request");
      calls.push({ method: input.method, path: new URL(input.url).pathname, requestHeaders: Object.fromEntries(input.headers), redirect: input.redirect, init });
      return globalThis.fetch(input, init);
    },
  });
  const created = await client.createPaymentTokenSession(REQUEST);
  const { transactionId } = await mock.completeSession(created.id);
  await client.getPaymentToken(transactionId);
  assert.deepEqual(calls.map((c) => `${c.method} ${c.path}`), [
    `POST /v1/accounts/${mock.accountId}/auth/token`,
    "POST /v1/sessions/payment-token",
    `GET /v1/transactions/${transactionId}`,
  ]);
  for (const { method, requestHeaders, redirect, init } of calls) {
    assert.deepEqual(Object.keys(init).sort(), (method === "POST" ? ["body", "headers", "method", "redirect", "signal"] : ["headers", "method", "redirect", "signal"]));
    assert.equal(init.method, method);
    assert.equal(init.redirect, "manual");
    assert.equal(redirect, "manual");
    assert.ok(init.signal instanceof AbortSignal);
    assert.equal(Object.getPrototypeOf(init.headers), Object.prototype, "init.headers is a plain object");
    assert.deepEqual(init.headers, requestHeaders, "init.headers are the Request's headers");
    assert.equal(init.headers["user-agent"], userAgent);
    if (method === "POST") assert.equal(typeof init.body, "string");
  }
  assert.deepEqual(JSON.parse(calls[1].init.body), REQUEST);
});
