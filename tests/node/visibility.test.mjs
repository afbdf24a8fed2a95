// What a call tells about itself, through the INSTALLED packed package against the mock Dintero
// server: `lastResponse` on results (request id, status, attempts) without changing their JSON;
// per-call timeoutMs / maxRetries; the hooks (onRequest, onResponse, onRetry, onError) with a
// retry visible in onRetry and the attempt count; hooks that throw or reject change nothing;
// the logger and logLevel; hookBodies never exposing the token request.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import util from "node:util";
import { importPackage } from "../package/scratch-project.mjs";
import { startMockDintero } from "../mock-dintero/server.mjs";

const { DinteroClient, createPaymentTokenSession, DinteroApiError, DinteroTimeoutError, DinteroValidationError } = await importPackage();

const REQUEST = {
  session: { order: { currency: "NOK", merchant_reference: "vis-1" }, url: { return_url: "https://shop.example/return" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

let mock;
before(async () => {
  mock = await startMockDintero();
});
after(async () => {
  await mock.close();
});

/** Options of a client on the mock; `events` collects what every hook receives. */
function recording(extra = {}) {
  const events = [];
  const record = (event) => {
    events.push(event);
  };
  const options = {
    accountId: mock.accountId,
    clientId: mock.clientId,
    clientSecret: mock.clientSecret,
    baseUrl: mock.url,
    timeoutMs: 1000,
    onRequest: record,
    onResponse: record,
    onRetry: record,
    onError: record,
    ...extra,
  };
  return { options, events };
}

function lastOf(endpoint) {
  return mock.requests.filter((r) => r.endpoint === endpoint).at(-1);
}

test("results carry lastResponse (request id, status, attempts) and their JSON is unchanged", async () => {
  const client = new DinteroClient(recording().options);
  const created = await client.createPaymentTokenSession(REQUEST);
  assert.deepEqual(created.lastResponse, { requestId: lastOf("session").requestId, status: 200, attempts: 1 });
  assert.match(created.lastResponse.requestId, /^mock-/);
  assert.ok(!Object.keys(created).includes("lastResponse"));
  assert.ok(!JSON.stringify(created).includes("lastResponse"));
  assert.deepEqual(JSON.parse(JSON.stringify(created)), created);
  assert.ok(Object.isFrozen(created.lastResponse));
  assert.throws(() => {
    "use strict";
    created.lastResponse = null;
  }, TypeError);

  // A completed session gives a transaction: the hosted page of the mock registers a card.
  const page = await fetch(created.url, { method: "POST", body: new URLSearchParams({ action: "pay" }), redirect: "manual" });
  const transactionId = new URL(page.headers.get("location")).searchParams.get("transaction_id");
  const transaction = await client.getPaymentToken(transactionId);
  assert.equal(transaction.id, transactionId);
  assert.deepEqual(transaction.lastResponse, { requestId: lastOf("transaction").requestId, status: 200, attempts: 1 });
  assert.ok(!JSON.stringify(transaction).includes("lastResponse"));

  const oneShot = await createPaymentTokenSession(REQUEST, { accessToken: mock.issuedTokens().at(-1), baseUrl: mock.url, maxRetries: 0, timeoutMs: 2000 });
  assert.deepEqual(oneShot.lastResponse, { requestId: lastOf("session").requestId, status: 200, attempts: 1 });
});

test("a retry is visible in onRetry and in the attempt count; every hook gets the documented fields", async () => {
  const { options, events } = recording();
  const client = new DinteroClient(options);
  mock.setFaults([{ endpoint: "session", type: "error", status: 503 }]);
  const created = await client.createPaymentTokenSession(REQUEST);
  const sessions = mock.requests.filter((r) => r.endpoint === "session").slice(-2);
  assert.deepEqual(created.lastResponse, { requestId: sessions[1].requestId, status: 200, attempts: 2 });

  const outline = events.map((e) => [e.kind, e.method, e.path, e.attempt, e.status]);
  const token = `/v1/accounts/${mock.accountId}/auth/token`;
  assert.deepEqual(outline, [
    ["request", "POST", token, 1, null],
    ["response", "POST", token, 1, 200],
    ["request", "POST", "/v1/sessions/payment-token", 1, null],
    ["response", "POST", "/v1/sessions/payment-token", 1, 503],
    ["retry", "POST", "/v1/sessions/payment-token", 1, 503],
    ["request", "POST", "/v1/sessions/payment-token", 2, null],
    ["response", "POST", "/v1/sessions/payment-token", 2, 200],
  ]);
  const retry = events[4];
  assert.equal(retry.reason, "status");
  assert.ok(retry.delayMs >= 250 && retry.delayMs < 500, `delay ${retry.delayMs}`);
  assert.equal(retry.requestId, sessions[0].requestId);
  for (const event of events) {
    assert.ok(Object.isFrozen(event));
    assert.equal(typeof event.durationMs, "number");
    assert.ok(!("body" in event), "no bodies unless hookBodies");
    if (event.kind === "request") assert.deepEqual([event.durationMs, event.requestId], [0, null]);
    if (event.kind === "response") assert.equal(event.requestId, mock.requests.find((r) => r.requestId === event.requestId)?.requestId);
  }
});

test("a failed call reports one onError with the error it rejects with", async () => {
  const { options, events } = recording({ maxRetries: 1 });
  mock.setFaults([{ endpoint: "session", type: "html", status: 502, times: 2 }]);
  const error = await new DinteroClient(options).createPaymentTokenSession(REQUEST).catch((e) => e);
  assert.ok(error instanceof DinteroApiError);
  const failures = events.filter((e) => e.kind === "error");
  assert.equal(failures.length, 1);
  const [failure] = failures;
  assert.ok(failure.error instanceof DinteroApiError);
  assert.deepEqual(
    [failure.method, failure.path, failure.attempt, failure.status, failure.requestId, failure.error.message],
    ["POST", "/v1/sessions/payment-token", 2, 502, error.requestId, error.message],
  );
  assert.ok(failure.durationMs > 0);
  assert.deepEqual(events.filter((e) => e.kind === "retry").map((e) => [e.reason, e.status]), [["status", 502]]);
});

test("per-call timeoutMs and maxRetries override the client's, with the same checks", async () => {
  const client = new DinteroClient(recording({ maxRetries: 2, timeoutMs: 5000 }).options);
  mock.setFaults([{ endpoint: "session", type: "error", status: 503 }]);
  const once = await client.createPaymentTokenSession(REQUEST, { maxRetries: 0 }).catch((e) => e);
  assert.ok(once instanceof DinteroApiError);
  assert.deepEqual([once.status, once.attempts], [503, 1]);

  mock.setFaults([{ endpoint: "session", type: "slow", delayMs: 600, times: 2 }]);
  const started = Date.now();
  const slow = await client.createPaymentTokenSession(REQUEST, { timeoutMs: 150, maxRetries: 1 }).catch((e) => e);
  assert.ok(slow instanceof DinteroTimeoutError, String(slow));
  assert.equal(slow.attempts, 2);
  assert.match(slow.message, /within 150 ms/);
  assert.ok(Date.now() - started < 3000);
  await new Promise((resolve) => setTimeout(resolve, 700)); // let the slow answers finish

  const transaction = await client.getPaymentToken(`${mock.accountId}.missing`, { maxRetries: 0, timeoutMs: 2000 }).catch((e) => e);
  assert.deepEqual([transaction.status, transaction.attempts], [404, 1]);

  for (const [options, path] of [
    [{ timeoutMs: 0 }, "/timeoutMs"],
    [{ timeoutMs: 600001 }, "/timeoutMs"],
    [{ maxRetries: 11 }, "/maxRetries"],
    [{ maxRetries: 1.5 }, "/maxRetries"],
    [{ timeoutMs: "100" }, "/timeoutMs"],
  ]) {
    for (const call of [() => client.createPaymentTokenSession(REQUEST, options), () => client.getPaymentToken("T1.x", options)]) {
      const error = await call().catch((e) => e);
      assert.ok(error instanceof DinteroValidationError, `${JSON.stringify(options)}: ${error}`);
      assert.equal(error.code, "invalid_options");
      assert.deepEqual(error.issues.map((i) => i.path), [path]);
    }
  }
});

test("hooks that throw or reject change nothing and are reported once", async () => {
  const reports = [];
  const base = recording().options;
  const quiet = new DinteroClient({ ...base, onRequest: undefined, onResponse: undefined, onRetry: undefined, onError: undefined });
  const noisy = new DinteroClient({
    ...base,
    onRequest: () => {
      throw new Error("onRequest exploded");
    },
    onResponse: async () => {
      throw new Error("onResponse rejected");
    },
    onRetry: () => Promise.reject("a string rejection"),
    onError: (event) => {
      reports.push(event);
    },
  });
  mock.setFaults([{ endpoint: "session", type: "error", status: 500 }, { endpoint: "session", type: "pass" }, { endpoint: "session", type: "error", status: 500 }]);
  const [plain, withHooks] = [await quiet.createPaymentTokenSession(REQUEST), await noisy.createPaymentTokenSession(REQUEST)];
  await new Promise((resolve) => setTimeout(resolve, 20)); // rejections are reported a few microtasks later
  assert.deepEqual(Object.keys(withHooks), Object.keys(plain));
  assert.deepEqual([withHooks.lastResponse.status, withHooks.lastResponse.attempts], [200, 2]);
  assert.ok(reports.every((r) => r.kind === "hookError" && Object.isFrozen(r)));
  const counts = {};
  for (const r of reports) counts[r.hook] = (counts[r.hook] ?? 0) + 1;
  // token request + two session attempts; two responses + token response; one retry.
  assert.deepEqual(counts, { onRequest: 3, onResponse: 3, onRetry: 1 });
  assert.equal(reports.find((r) => r.hook === "onRetry").error, "a string rejection");
  assert.match(String(reports.find((r) => r.hook === "onRequest").error), /onRequest exploded/);

  // onError itself throwing (and no logger): reported to the console, once per failure.
  const printed = [];
  const original = console.error;
  console.error = (...args) => printed.push(util.format(...args));
  try {
    const fragile = new DinteroClient({
      ...base,
      onResponse: () => {
        throw new Error("onResponse again");
      },
      onError: () => {
        throw new Error("onError exploded");
      },
    });
    const created = await fragile.createPaymentTokenSession(REQUEST);
    assert.equal(created.lastResponse.status, 200);
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    console.error = original;
  }
  assert.equal(printed.length, 2, printed.join("\n")); // token and session responses; onError's own throw for each
  assert.ok(printed.every((line) => /dintero-payment-token: the onError hook failed/.test(line) && /onError exploded/.test(line)));
});

test("a hook can call the client again: events arrive after the wasm call stack unwound", async () => {
  const { options } = recording();
  let nested;
  const client = new DinteroClient({
    ...options,
    onResponse: (event) => {
      if (event.path === "/v1/sessions/payment-token" && !nested) nested = client.createPaymentTokenSession(REQUEST);
    },
  });
  const first = await client.createPaymentTokenSession(REQUEST);
  const second = await nested;
  assert.notEqual(first.id, second.id);
});

test("logger and logLevel: off by default, levels filter, console works, no secrets", async () => {
  const lines = [];
  const logger = Object.fromEntries(["debug", "info", "warn", "error"].map((level) => [level, (message, details) => lines.push({ level, message, details })]));
  const { options } = recording({ onRequest: undefined, onResponse: undefined, onRetry: undefined, onError: undefined, maxRetries: 1 });

  mock.setFaults([{ endpoint: "session", type: "error", status: 503 }]);
  await new DinteroClient({ ...options, logger, logLevel: "debug" }).createPaymentTokenSession(REQUEST);
  assert.deepEqual(
    lines.map((l) => l.level),
    ["debug", "info", "debug", "debug", "warn", "debug", "info"],
  );
  assert.match(lines[4].message, /^dintero-payment-token: POST \/v1\/sessions\/payment-token attempt 1 failed \(HTTP 503\); retrying in \d+ ms \(request id mock-/);
  assert.match(lines[6].message, /-> 200 in \d+ ms \(attempt 2, request id mock-/);
  assert.deepEqual(Object.keys(lines[6].details).sort(), ["attempt", "durationMs", "kind", "method", "path", "requestId", "status"]);

  lines.length = 0;
  mock.setFaults([{ endpoint: "session", type: "html", status: 502, times: 2 }]);
  await new DinteroClient({ ...options, logger, logLevel: "warn" }).createPaymentTokenSession(REQUEST).catch(() => {});
  assert.deepEqual(lines.map((l) => l.level), ["warn", "error"]);
  assert.match(lines[1].message, /^dintero-payment-token: POST \/v1\/sessions\/payment-token failed with HTTP 502/);
  assert.equal(lines[1].details.code, "server_error");

  lines.length = 0;
  await new DinteroClient({ ...options, logger }).createPaymentTokenSession(REQUEST); // default level with a logger: info
  assert.deepEqual(lines.map((l) => l.level), ["info", "info"]);

  // Off by default; `console` works as a logger; a logLevel alone logs to the console.
  const printed = [];
  const saved = {};
  for (const level of ["debug", "info", "warn", "error", "log"]) {
    saved[level] = console[level];
    console[level] = (...args) => printed.push(util.format(...args));
  }
  try {
    await new DinteroClient(options).createPaymentTokenSession(REQUEST);
    assert.deepEqual(printed, []);
    await new DinteroClient({ ...options, logger: console, logLevel: "info" }).createPaymentTokenSession(REQUEST);
    await new DinteroClient({ ...options, logLevel: "info" }).createPaymentTokenSession(REQUEST);
  } finally {
    Object.assign(console, saved);
  }
  assert.equal(printed.length, 4, printed.join("\n"));
  assert.ok(printed.every((line) => line.startsWith("dintero-payment-token: POST /v1/")));

  // A logger that throws changes nothing either.
  const broken = { debug() {}, info() { throw new Error("logger down"); }, warn() {}, error() {} };
  const reports = [];
  const created = await new DinteroClient({ ...options, logger: broken, onError: (e) => reports.push(e) }).createPaymentTokenSession(REQUEST);
  assert.equal(created.lastResponse.status, 200);
  assert.deepEqual(reports.map((r) => [r.kind, r.hook]), [["hookError", "logger"], ["hookError", "logger"]]);
});

test("hookBodies adds the session bodies, never the token request's", async () => {
  const { options, events } = recording({ hookBodies: true });
  const created = await new DinteroClient(options).createPaymentTokenSession(REQUEST);
  const bodies = events.map((e) => [e.kind, e.path.includes("/auth/token"), e.body]);
  assert.deepEqual(bodies, [
    ["request", true, undefined],
    ["response", true, undefined],
    ["request", false, JSON.stringify(REQUEST)],
    ["response", false, JSON.stringify(JSON.parse(events[3].body))],
  ]);
  assert.equal(JSON.parse(events[3].body).id, created.id);
  const shown = util.inspect(events, { depth: 10 });
  for (const secret of [mock.clientSecret, ...mock.issuedTokens(), Buffer.from(`${mock.clientId}:${mock.clientSecret}`).toString("base64")]) {
    assert.ok(!shown.includes(secret), "an event carried a secret");
  }
});

test("bad hook and logger options are reported with every other option problem", () => {
  const error = (() => {
    try {
      new DinteroClient({ accessToken: "t", onRequest: "log", onRetry: 5, logger: { info() {} }, logLevel: "verbose", hookBodies: "yes", timeoutMs: 0 });
    } catch (e) {
      return e;
    }
  })();
  assert.ok(error instanceof DinteroValidationError);
  assert.deepEqual(error.issues.map((i) => [i.path, i.code]).sort(), [
    ["/hookBodies", "invalid_type"],
    ["/logLevel", "invalid_value"],
    ["/logger", "invalid_type"],
    ["/onRequest", "invalid_type"],
    ["/onRetry", "invalid_type"],
    ["/timeoutMs", "out_of_range"],
  ]);
  assert.doesNotThrow(() => new DinteroClient({ accessToken: "t", logger: console, logLevel: "off", onError: null, hookBodies: false }));
  const hostile = new Proxy({}, { get: () => { throw new Error("trap"); } });
  const refused = (() => {
    try {
      new DinteroClient({ accessToken: "t", logger: hostile });
    } catch (e) {
      return e;
    }
  })();
  assert.ok(refused instanceof DinteroValidationError, String(refused));
  assert.deepEqual(refused.issues.map((i) => i.path), ["/logger"]);
});
