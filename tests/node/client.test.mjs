// DinteroClient against the mock Dintero server, through the INSTALLED packed package: every
// fault ends in its documented outcome with the expected number of attempts; token caching,
// single-flight and 401 refresh; caller aborts (any reason) leave the module working; and no
// secret or token ever shows up in an error, an inspect/JSON of the client, console output, or
// anything the hooks and the logger receive (every client here has them, bodies included).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import util from "node:util";
import { createRequire } from "node:module";
import { join } from "node:path";
import { importPackage, consumerDir } from "../package/scratch-project.mjs";
import { startMockDintero } from "../mock-dintero/server.mjs";

// ---- everything printed during the suite, scanned for secrets by the last test ----
const printed = [];
for (const method of ["log", "info", "warn", "error", "debug", "trace", "dir"]) {
  const original = console[method].bind(console);
  console[method] = (...args) => {
    printed.push(util.format(...args));
    return original(...args);
  };
}
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  stream.write = (chunk, ...rest) => {
    printed.push(String(chunk));
    return write(chunk, ...rest);
  };
}

const api = await importPackage();
const cjs = createRequire(join(consumerDir, "consumer.cjs"))("dintero-payment-token");
const {
  DinteroClient,
  createPaymentTokenSession,
  buildPaymentTokenSession,
  DinteroError,
  DinteroValidationError,
  DinteroApiError,
  DinteroAuthenticationError,
  DinteroRateLimitError,
  DinteroInvalidResponseError,
  DinteroNetworkError,
  DinteroTimeoutError,
  DinteroAbortError,
} = api;

const REQUEST = {
  session: {
    order: { currency: "NOK", merchant_reference: "order-1" },
    url: { return_url: "https://shop.example/return" },
  },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token", "recurrence_token"] },
};

let mock;
/** Every error any test caught, for the secret scan. */
const caught = [];
/** Every client created, for the secret scan. */
const clients = [];
/** Everything the hooks and the logger of those clients received, for the secret scan. */
const emitted = [];
const recordEvent = (event) => {
  emitted.push(event);
};
const recordingLogger = Object.fromEntries(["debug", "info", "warn", "error"].map((level) => [level, (...args) => emitted.push([level, ...args])]));

before(async () => {
  mock = await startMockDintero();
});
after(async () => {
  await mock.close();
});

function newClient(extra = {}) {
  const client = new DinteroClient({
    accountId: mock.accountId,
    clientId: mock.clientId,
    clientSecret: mock.clientSecret,
    baseUrl: mock.url,
    timeoutMs: 400,
    onRequest: recordEvent,
    onResponse: recordEvent,
    onRetry: recordEvent,
    onError: recordEvent,
    hookBodies: true,
    logger: recordingLogger,
    logLevel: "debug",
    ...extra,
  });
  clients.push(client);
  return client;
}

/** Runs `fn`, expects it to reject, records the error. */
async function failure(fn) {
  try {
    await fn();
  } catch (error) {
    caught.push(error);
    return error;
  }
  assert.fail("expected a rejection");
}

function count(endpoint, since = 0) {
  return mock.requests.slice(since).filter((r) => r.endpoint === endpoint).length;
}

test("creates a session: token request, then the session with the documented headers", async () => {
  const start = mock.requests.length;
  const client = newClient({ system: { name: "shop", version: "1.0", pluginName: "dintero-payment-token-tests", pluginVersion: "0.0.1" } });
  const created = await client.createPaymentTokenSession(REQUEST);
  assert.match(created.id, /^T11223344\.[0-9A-Za-z]{22}$/);
  assert.equal(created.url, `${mock.url}/v1/view/${created.id}`);
  assert.equal(created.session, undefined);

  const [token, session] = mock.requests.slice(start);
  assert.equal(token.endpoint, "token");
  assert.equal(token.headers.authorization, `Basic ${Buffer.from(`${mock.clientId}:${mock.clientSecret}`).toString("base64")}`);
  assert.deepEqual(token.json, { grant_type: "client_credentials", audience: "https://api.dintero.com/v1/accounts/T11223344" });
  assert.equal(session.endpoint, "session");
  assert.match(session.headers.authorization, /^Bearer mock-token-/);
  assert.equal(session.headers["content-type"], "application/json");
  assert.equal(session.headers.accept, "application/json");
  assert.match(session.headers["user-agent"], /^dintero-payment-token\/\d+\.\d+\.\d+/);
  assert.equal(session.headers["dintero-system-name"], "shop");
  assert.equal(session.headers["dintero-system-version"], "1.0");
  assert.equal(session.headers["dintero-system-plugin-name"], "dintero-payment-token-tests");
  assert.equal(session.headers["dintero-system-plugin-version"], "0.0.1");
  assert.deepEqual(session.json, REQUEST);
});

test("includeSession adds ?include_session=true and returns the session", async () => {
  const created = await newClient().createPaymentTokenSession(REQUEST, { includeSession: true });
  assert.equal(created.session.id, created.id);
  assert.deepEqual(mock.requests.at(-1).query, { include_session: ["true"] });
});

test("a request holding a lone surrogate is refused (lone_surrogate), never sent with U+FFFD", async () => {
  const request = { ...REQUEST, session: { ...REQUEST.session, order: { ...REQUEST.session.order, merchant_reference: "ref-\ud800" } } };
  const start = mock.requests.length;
  await assert.rejects(newClient().createPaymentTokenSession(request), (error) => error.code === "validation_failed" && error.issues[0].code === "lone_surrogate");
  assert.equal(mock.requests.length, start);
});

test("the token is cached: a second call makes no token request", async () => {
  const client = newClient();
  const start = mock.requests.length;
  await client.createPaymentTokenSession(REQUEST);
  await client.createPaymentTokenSession(REQUEST);
  assert.equal(count("token", start), 1);
  assert.equal(count("session", start), 2);
});

test("concurrent calls share one token request", async () => {
  const client = newClient();
  const start = mock.requests.length;
  mock.setFaults([{ endpoint: "token", type: "slow", delayMs: 200 }]);
  const results = await Promise.all(Array.from({ length: 5 }, () => client.createPaymentTokenSession(REQUEST)));
  assert.equal(new Set(results.map((r) => r.id)).size, 5);
  assert.equal(count("token", start), 1);
  assert.equal(count("session", start), 5);
});

test("an expired token (401) is dropped, a new one fetched and the call retried once", async () => {
  const client = newClient();
  await client.createPaymentTokenSession(REQUEST);
  const start = mock.requests.length;
  mock.setFaults([{ type: "expired-token" }]);
  const created = await client.createPaymentTokenSession(REQUEST);
  assert.ok(created.id);
  const requests = mock.requests.slice(start);
  assert.deepEqual(requests.map((r) => r.endpoint), ["session", "token", "session"]);
  assert.notEqual(requests[0].headers.authorization, requests[2].headers.authorization);
});

test("a 401 on the retry too is a DinteroAuthenticationError after 2 attempts", async () => {
  const client = newClient();
  mock.setFaults([{ type: "expired-token", times: 2 }]);
  const error = await failure(() => client.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroAuthenticationError && error instanceof DinteroApiError && error instanceof DinteroError);
  assert.equal(error.status, 401);
  assert.equal(error.attempts, 2);
  assert.equal(error.dinteroCode, "TOKEN_EXPIRED");
  assert.match(error.requestId, /^mock-/);
});

test("wrong client credentials are a DinteroAuthenticationError from the token endpoint", async () => {
  const start = mock.requests.length;
  const error = await failure(() => newClient({ clientSecret: "wrong-secret-value" }).createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroAuthenticationError);
  assert.equal(error.code, "unauthorized");
  assert.equal(error.dinteroCode, "invalid_client");
  assert.equal(count("token", start), 1);
  assert.equal(count("session", start), 0);
});

test("500 then success: retried, 2 attempts", async () => {
  const client = newClient();
  await client.createPaymentTokenSession(REQUEST);
  const start = mock.requests.length;
  mock.setFaults([{ type: "error", status: 500 }]);
  assert.ok((await client.createPaymentTokenSession(REQUEST)).id);
  assert.equal(count("session", start), 2);
});

test("502 with an HTML body on every attempt: DinteroApiError after 3 attempts", async () => {
  const client = newClient();
  mock.setFaults([{ type: "html", status: 502, times: 3 }]);
  const error = await failure(() => client.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroApiError);
  assert.ok(!(error instanceof DinteroAuthenticationError));
  assert.equal(error.name, "DinteroApiError");
  assert.equal(error.code, "server_error");
  assert.equal(error.status, 502);
  assert.equal(error.attempts, 3);
  assert.equal(error.dinteroCode, undefined);
  assert.match(error.message, /HTTP 502 \(Bad Gateway\); the body was not a Dintero error \(content-type text\/html\)/);
  assert.match(error.message, /\(3 attempts\)$/);
});

test("429 with Retry-After: 1 waits about a second, then succeeds", async () => {
  const client = newClient();
  await client.createPaymentTokenSession(REQUEST);
  mock.setFaults([{ type: "rate-limit", retryAfter: "1" }]);
  const started = Date.now();
  await client.createPaymentTokenSession(REQUEST);
  assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
});

test("429 on every attempt: DinteroRateLimitError with retryAfter and 3 attempts", async () => {
  const client = newClient({ maxRetries: 2 });
  mock.setFaults([{ type: "rate-limit", retryAfter: "0", times: 3 }]);
  const error = await failure(() => client.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroRateLimitError && error instanceof DinteroApiError);
  assert.equal(error.status, 429);
  assert.equal(error.retryAfter, 0);
  assert.equal(error.attempts, 3);
});

test("a Retry-After above the cap is not waited for", async () => {
  const client = newClient();
  mock.setFaults([{ type: "rate-limit", retryAfter: "3600" }]);
  const started = Date.now();
  const error = await failure(() => client.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroRateLimitError);
  assert.equal(error.retryAfter, 3600);
  assert.equal(error.attempts, 1);
  assert.ok(Date.now() - started < 1000);
});

test("a response slower than timeoutMs on every attempt: DinteroTimeoutError after 3 attempts", async () => {
  const client = newClient({ timeoutMs: 300 });
  await client.createPaymentTokenSession(REQUEST);
  const start = mock.requests.length;
  mock.setFaults([{ type: "slow", delayMs: 2000, times: 3 }]);
  const started = Date.now();
  const error = await failure(() => client.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroTimeoutError && error instanceof DinteroNetworkError);
  assert.equal(error.code, "timeout");
  assert.equal(error.attempts, 3);
  assert.equal(count("session", start), 3);
  // 3 attempts cut at 300 ms plus backoffs of at most 500 + 1000 ms; uncut they would take 6 s.
  assert.ok(Date.now() - started < 4000, "each attempt was cut at the timeout");
});

test("a slow response then a fast one succeeds", async () => {
  const client = newClient({ timeoutMs: 300 });
  mock.setFaults([{ type: "slow", delayMs: 1500 }]);
  assert.ok((await client.createPaymentTokenSession(REQUEST)).id);
});

test("a dropped connection on every attempt: DinteroNetworkError after 3 attempts", async () => {
  const client = newClient();
  mock.setFaults([{ type: "drop", times: 3 }]);
  const error = await failure(() => client.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroNetworkError && !(error instanceof DinteroTimeoutError));
  assert.equal(error.code, "network_error");
  assert.equal(error.attempts, 3);
  assert.match(error.message, /could not reach Dintero: fetch failed/);
});

test("a refused connection is a DinteroNetworkError", async () => {
  const closed = await startMockDintero();
  const url = closed.url;
  await closed.close();
  const error = await failure(() =>
    createPaymentTokenSession(REQUEST, { accessToken: "unused-token-123", baseUrl: url, maxRetries: 1 }),
  );
  assert.ok(error instanceof DinteroNetworkError);
  assert.equal(error.attempts, 2);
  assert.match(error.message, /ECONNREFUSED/);
});

test("malformed JSON on 200: DinteroInvalidResponseError, not retried", async () => {
  const client = newClient();
  await client.createPaymentTokenSession(REQUEST);
  const start = mock.requests.length;
  mock.setFaults([{ type: "malformed-json" }]);
  const error = await failure(() => client.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroInvalidResponseError && error instanceof DinteroApiError);
  assert.equal(error.status, 200);
  assert.equal(error.attempts, 1);
  assert.match(error.requestId, /^mock-/);
  assert.equal(count("session", start), 1);
});

test("a 400 with Dintero's error body is a DinteroApiError with its details, never retried", async () => {
  const client = newClient();
  const body = JSON.stringify({ error: { code: "INVALID_REQUEST", message: "session.url.return_url is invalid", errors: [{ path: "session.url" }] } });
  mock.setFaults([{ type: "error", status: 400, body, headers: { "x-request-id": "ignored-because-request-id-wins" } }]);
  const start = mock.requests.length;
  const error = await failure(() => client.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroApiError);
  assert.equal(error.code, "bad_request");
  assert.equal(error.dinteroCode, "INVALID_REQUEST");
  assert.equal(error.dinteroMessage, "session.url.return_url is invalid");
  assert.deepEqual(error.errors, [{ path: "session.url" }]);
  assert.equal(error.attempts, 1);
  assert.equal(count("session", start), 1);
});

test("an invalid request throws DinteroValidationError and sends nothing", async () => {
  const client = newClient();
  const start = mock.requests.length;
  const error = await failure(() => client.createPaymentTokenSession({ session: { order: { currency: "nok" } } }));
  assert.ok(error instanceof DinteroValidationError);
  assert.equal(error.code, "validation_failed");
  assert.ok(error.issues.some((i) => i.path === "/token_provider"));
  assert.equal(mock.requests.length, start);
});

test("invalid options throw DinteroValidationError (invalid_options) listing every problem", () => {
  const attempts = [
    [{ accountId: "X1", clientId: "a", clientSecret: "b" }, "/accountId"],
    [{ accessToken: "t", baseUrl: "http://example.com" }, "/baseUrl"],
    [{ accessToken: "t", timeoutMs: -1 }, "/timeoutMs"],
    [{ accessToken: "t", fetch: "not a function" }, "/fetch"],
    [{ accessToken: "t", system: { name: "x\r\nInjected: 1" } }, "/system/name"],
    [{ accessToken: "t", retries: 3 }, "/retries"],
    [undefined, "/clientId"],
  ];
  for (const [options, path] of attempts) {
    let error;
    try {
      new DinteroClient(options);
    } catch (e) {
      error = e;
      caught.push(e);
    }
    assert.ok(error instanceof DinteroValidationError, `${path}: ${error}`);
    assert.equal(error.code, "invalid_options");
    assert.ok(error.issues.some((i) => i.path === path), `${path}: ${JSON.stringify(error.issues)}`);
  }
});

test("unknown options are refused everywhere, naming the closest known option, and nothing is sent", async () => {
  const start = mock.requests.length;
  const client = newClient();
  const refusals = [
    [() => client.createPaymentTokenSession(REQUEST, { include_session: true }), "/include_session", "includeSession"],
    [() => client.getPaymentToken("T11223344.abc", { includeSession: true }), "/includeSession", null],
    [() => createPaymentTokenSession(REQUEST, { accessToken: "t", baseUrl: mock.url, signa: null }), "/signa", "signal"],
    [() => createPaymentTokenSession(REQUEST, { accessToken: "t", baseUrl: mock.url, max_retries: 1 }), "/max_retries", "maxRetries"],
    [async () => new DinteroClient({ accessToken: "t", onreqest: () => {} }), "/onreqest", "onRequest"],
    [async () => buildPaymentTokenSession(REQUEST, { Strict: true }), "/Strict", "strict"],
  ];
  for (const [call, path, suggestion] of refusals) {
    const error = await failure(call);
    assert.ok(error instanceof DinteroValidationError, `${path}: ${error}`);
    assert.equal(error.code, "invalid_options");
    assert.deepEqual(error.issues.map((i) => [i.path, i.code]), [[path, "unknown_option"]]);
    const hint = suggestion ? `did you mean \`${suggestion}\`?` : "known options: signal, timeoutMs, maxRetries";
    assert.ok(error.issues[0].message.endsWith(hint), error.issues[0].message);
  }
  assert.equal(mock.requests.length, start);
});

test("a client secret is refused in a browser-like global unless dangerouslyAllowBrowser", () => {
  globalThis.window = {};
  globalThis.document = {};
  try {
    let error;
    try {
      newClient();
    } catch (e) {
      error = e;
      caught.push(e);
    }
    assert.ok(error instanceof DinteroValidationError);
    assert.equal(error.issues[0].code, "browser_environment");
    assert.ok(newClient({ dangerouslyAllowBrowser: true }));
  } finally {
    delete globalThis.window;
    delete globalThis.document;
  }
  assert.ok(newClient());
});

test("caller abort with a non-Error reason rejects at once; the module keeps working", async () => {
  const client = newClient({ timeoutMs: 5000 });
  await client.createPaymentTokenSession(REQUEST);
  mock.setFaults([{ type: "slow", delayMs: 3000 }]);
  const controller = new AbortController();
  setTimeout(() => controller.abort("stop"), 100);
  const started = Date.now();
  const error = await failure(() => client.createPaymentTokenSession(REQUEST, { signal: controller.signal }));
  assert.ok(error instanceof DinteroAbortError && error instanceof DinteroError);
  assert.equal(error.code, "aborted");
  assert.equal(error.cause, "stop");
  assert.equal(error.attempts, 1);
  assert.ok(Date.now() - started < 1000, "aborted at once");
  mock.setFaults([]);
  assert.ok((await client.createPaymentTokenSession(REQUEST)).id, "a later call still works");
});

test("abort reasons of every kind: undefined, an Error, a number, an object", async () => {
  const client = newClient();
  for (const reason of [undefined, new Error("custom"), 42, { why: "x" }]) {
    // Every session request is slow, so a stray request of an earlier test cannot take the fault.
    mock.setFaults([{ type: "slow", delayMs: 2000, times: 100 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 30);
    const error = await failure(() => client.createPaymentTokenSession(REQUEST, { signal: controller.signal }));
    assert.ok(error instanceof DinteroAbortError, String(error));
    if (reason !== undefined) assert.equal(error.cause, reason);
  }
  mock.setFaults([]);
  assert.ok((await client.createPaymentTokenSession(REQUEST)).id);
});

test("an abort during the backoff sleep stops at once", async () => {
  const client = newClient();
  await client.createPaymentTokenSession(REQUEST);
  mock.setFaults([{ type: "rate-limit", retryAfter: "30" }]);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 150);
  const started = Date.now();
  const error = await failure(() => client.createPaymentTokenSession(REQUEST, { signal: controller.signal }));
  assert.ok(error instanceof DinteroAbortError);
  assert.ok(Date.now() - started < 1500);
  mock.setFaults([]);
});

test("an already-aborted signal sends nothing", async () => {
  const client = newClient();
  const start = mock.requests.length;
  const error = await failure(() => client.createPaymentTokenSession(REQUEST, { signal: AbortSignal.abort("early") }));
  assert.ok(error instanceof DinteroAbortError);
  assert.equal(error.cause, "early");
  assert.equal(mock.requests.length, start);
});

test("one-shot createPaymentTokenSession with an access token makes no token request", async () => {
  const token = mock.grantToken();
  const start = mock.requests.length;
  const created = await createPaymentTokenSession(REQUEST, { accessToken: token, baseUrl: mock.url, includeSession: true });
  assert.ok(created.session);
  assert.deepEqual(mock.requests.slice(start).map((r) => r.endpoint), ["session"]);
  assert.equal(mock.requests.at(-1).headers.authorization, `Bearer ${token}`);
});

test("getPaymentToken reads the transaction with both card tokens", async () => {
  const client = newClient();
  const created = await client.createPaymentTokenSession(REQUEST);
  const { transactionId, location } = await mock.completeSession(created.id);
  assert.match(location, /^https:\/\/shop\.example\/return\?transaction_id=.+&merchant_reference=order-1$/);
  const tx = await client.getPaymentToken(transactionId);
  assert.equal(tx.id, transactionId);
  assert.match(tx.card.payment_token, /^pt_/);
  assert.match(tx.card.recurrence_token, /^rt_/);
  assert.deepEqual(mock.requests.at(-1).query, { includes: ["card.payment_token", "card.recurrence_token"] });
  const missing = await failure(() => client.getPaymentToken("T11223344.doesNotExist"));
  assert.ok(missing instanceof DinteroApiError);
  assert.equal(missing.status, 404);
  const bad = await failure(() => client.getPaymentToken("../v1/sessions"));
  assert.ok(bad instanceof DinteroValidationError);
  assert.equal(bad.code, "invalid_arguments");
});

test("a custom fetch is used (and may be a wrapper)", async () => {
  const seen = [];
  const client = newClient({
    fetch: (request, init) => {
      assert.ok(request instanceof Request, "called with a Request");
      assert.equal(init.method, request.method, "with an init repeating it (tests/node/fetch-wrappers.test.mjs checks all of it)");
      seen.push([request.method, request.url]);
      return fetch(request, init);
    },
  });
  await client.createPaymentTokenSession(REQUEST);
  assert.deepEqual(seen.map(([m, u]) => [m, new URL(u).pathname]), [
    ["POST", "/v1/accounts/T11223344/auth/token"],
    ["POST", "/v1/sessions/payment-token"],
  ]);
  const thrower = newClient({ fetch: () => { throw new TypeError("custom fetch exploded"); }, maxRetries: 0 });
  const error = await failure(() => thrower.createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof DinteroNetworkError);
  assert.match(error.message, /custom fetch exploded/);
});

test("errors are instances of the CommonJS classes too (one set of classes)", async () => {
  mock.setFaults([{ type: "html", status: 502, times: 3 }]);
  const error = await failure(() => newClient({ maxRetries: 2 }).createPaymentTokenSession(REQUEST));
  assert.ok(error instanceof cjs.DinteroApiError && error instanceof cjs.DinteroError);
  assert.equal(cjs.DinteroClient, DinteroClient);
});

test("util.inspect and JSON.stringify of a client show no secret", async () => {
  const client = newClient();
  await client.createPaymentTokenSession(REQUEST);
  const shown = util.inspect(client, { showHidden: true, depth: 10 });
  assert.match(shown, /^DinteroClient \{/);
  assert.match(shown, /T11223344/);
  assert.deepEqual(Object.keys(client.toJSON()).sort(), ["accountId", "auth", "baseUrl", "clientId", "maxRetries", "timeoutMs"]);
  console.log("client for the record:", client, JSON.stringify(client));
});

test("no error, client rendering, console output, hook event or log line contains the client secret or a token", () => {
  const secrets = [
    mock.clientSecret,
    Buffer.from(`${mock.clientId}:${mock.clientSecret}`).toString("base64"),
    ...mock.issuedTokens(),
  ];
  assert.ok(mock.issuedTokens().length >= 5 && caught.length >= 20, `${mock.issuedTokens().length} tokens, ${caught.length} errors`);
  const kinds = new Set(emitted.map((e) => (Array.isArray(e) ? `log:${e[0]}` : e.kind)));
  for (const kind of ["request", "response", "retry", "error", "log:debug", "log:info", "log:warn", "log:error"]) assert.ok(kinds.has(kind), `no ${kind} emitted`);
  assert.ok(emitted.some((e) => e.kind === "response" && typeof e.body === "string"), "bodies were emitted");
  const renderings = [];
  for (const error of caught) {
    renderings.push(error.message, String(error), JSON.stringify(error), util.inspect(error, { showHidden: true, depth: 10 }), error.stack);
  }
  for (const client of clients) renderings.push(util.inspect(client, { showHidden: true, depth: 10 }), JSON.stringify(client), String(client));
  renderings.push(...printed);
  for (const event of emitted) renderings.push(util.inspect(event, { showHidden: true, depth: 10 }), JSON.stringify(event));
  for (const text of renderings) {
    for (const secret of secrets) assert.ok(!String(text).includes(secret), `leaked a secret in: ${text}`);
  }
});
