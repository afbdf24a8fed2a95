// The demo server without a browser: what it serves, how it reports errors, and that credentials
// never reach the page. Uses the package in pkg/ (./scripts/build.sh) and scripted clients.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MOCK_ACCOUNT_ID, describeError, modeFromEnv, startDemoServer } from "../../www-demo/server.mjs";

const REQUEST = {
  session: { order: { currency: "NOK", merchant_reference: "order-1" }, url: { return_url: "http://127.0.0.1/return" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

/** An error shaped like the package's DinteroApiError (name, code, status, requestId, a stack and a cause). */
class DinteroApiError extends Error {
  constructor() {
    super("Dintero answered 400: BAD_REQUEST");
    this.name = "DinteroApiError";
    this.code = "bad_request";
    this.status = 400;
    this.requestId = "req-123";
    this.cause = new Error("inner detail that stays on the server");
  }
}

/** A client that records calls and answers from a script. */
function scriptedClient({ created, failWith, token } = {}) {
  const calls = [];
  return {
    calls,
    async createPaymentTokenSession(request, options) {
      calls.push(["createPaymentTokenSession", request, options]);
      if (failWith) throw failWith;
      return created;
    },
    async getPaymentToken(transactionId) {
      calls.push(["getPaymentToken", transactionId]);
      if (failWith) throw failWith;
      return token;
    },
  };
}

async function withServer(options, fn) {
  const demo = await startDemoServer({ port: 0, ...options });
  try {
    await fn(demo);
  } finally {
    await demo.close();
  }
}

async function postJson(url, body, contentType = "application/json") {
  const response = await fetch(url, { method: "POST", headers: { "content-type": contentType }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.json(), lastResponse: response.headers.get("x-dintero-last-response") };
}

test("modeFromEnv: mock without credentials, Dintero with all three, an error with only some", () => {
  assert.deepEqual(modeFromEnv({}), { kind: "mock" });
  const real = modeFromEnv({ DINTERO_ACCOUNT_ID: "T87654321", DINTERO_CLIENT_ID: "id", DINTERO_CLIENT_SECRET: "secret" });
  assert.equal(real.kind, "dintero");
  assert.equal(real.accountId, "T87654321");
  assert.equal(real.baseUrl, undefined);
  assert.throws(() => modeFromEnv({ DINTERO_ACCOUNT_ID: "T87654321", DINTERO_CLIENT_ID: "id" }), /missing: DINTERO_CLIENT_SECRET/);
});

test("serves the page, the return page, the web build with the right content types, and nothing outside pkg/dist", async () => {
  await withServer({ dintero: scriptedClient() }, async ({ url }) => {
    for (const path of ["/", "/return?transaction_id=x"]) {
      const response = await fetch(url + path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get("content-type"), /^text\/html/);
      assert.match(await response.text(), /<main id="builder"/);
    }
    const expectations = {
      "/app.mjs": /^text\/javascript/,
      "/styles.css": /^text\/css/,
      "/pkg/dist/browser.mjs": /^text\/javascript/,
      "/pkg/dist/wasm/web.mjs": /^text\/javascript/,
      "/pkg/dist/wasm/dintero_payment_token_bg.wasm": /^application\/wasm$/,
    };
    for (const [path, type] of Object.entries(expectations)) {
      const response = await fetch(url + path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get("content-type"), type, path);
      await response.arrayBuffer();
    }
    for (const path of ["/pkg/dist/..%2fpackage.json", "/pkg/dist/%2e%2e/%2e%2e/Cargo.toml", "/pkg/package.json", "/server.mjs", "/pkg/dist/nope.mjs"]) {
      const response = await fetch(url + path);
      assert.equal(response.status, 404, path);
      await response.arrayBuffer();
    }
  });
});

test("POST /api/sessions passes the request and include_session to the client and returns what it created", async () => {
  const created = { id: "T12345678.abc", url: "https://checkout.test.dintero.com/v1/view/T12345678.abc", session: { id: "T12345678.abc" } };
  const client = scriptedClient({ created });
  await withServer({ dintero: client }, async ({ url }) => {
    const answer = await postJson(`${url}/api/sessions`, { request: REQUEST, includeSession: true });
    assert.equal(answer.status, 201);
    assert.deepEqual(answer.body, created);
    assert.deepEqual(client.calls, [["createPaymentTokenSession", REQUEST, { includeSession: true }]]);
    assert.equal(answer.lastResponse, null, "no header for a result without lastResponse");
  });
});

test("POST /api/sessions sends the result's lastResponse (request id, attempts) in a header, the body unchanged", async () => {
  const created = { id: "T12345678.abc", url: "https://checkout.test.dintero.com/v1/view/T12345678.abc" };
  Object.defineProperty(created, "lastResponse", { value: { requestId: "req-æ-1", status: 200, attempts: 2 }, enumerable: false });
  await withServer({ dintero: scriptedClient({ created }) }, async ({ url }) => {
    const answer = await postJson(`${url}/api/sessions`, { request: REQUEST });
    assert.deepEqual(answer.body, { ...created });
    assert.deepEqual(JSON.parse(answer.lastResponse), { requestId: "req-æ-1", status: 200, attempts: 2 });
  });
});

test("client errors reach the page as name, code, message and public fields; never the stack or cause", async () => {
  await withServer({ dintero: scriptedClient({ failWith: new DinteroApiError() }) }, async ({ url }) => {
    const answer = await postJson(`${url}/api/sessions`, { request: REQUEST });
    assert.equal(answer.status, 502);
    assert.deepEqual(answer.body.error, { name: "DinteroApiError", code: "bad_request", message: "Dintero answered 400: BAD_REQUEST", status: 400, requestId: "req-123" });
    const token = await fetch(`${url}/api/payment-token?transaction_id=T1.x`).then((r) => r.json());
    assert.equal(token.error.name, "DinteroApiError");
  });
  assert.deepEqual(describeError("plain"), { name: "Error", code: "unknown_error", message: "plain" });
});

test("bad demo requests are refused with 400 before reaching the client", async () => {
  const client = scriptedClient();
  await withServer({ dintero: client }, async ({ url }) => {
    const notJson = await postJson(`${url}/api/sessions`, "{ nope");
    assert.equal(notJson.status, 400);
    assert.equal(notJson.body.error.code, "invalid_demo_request");
    const wrongType = await postJson(`${url}/api/sessions`, JSON.stringify({ request: REQUEST }), "text/plain");
    assert.equal(wrongType.status, 400);
    const noRequest = await postJson(`${url}/api/sessions`, { something: 1 });
    assert.equal(noRequest.status, 400);
    const tooBig = await postJson(`${url}/api/sessions`, { request: REQUEST, padding: "x".repeat(1100 * 1024) });
    assert.equal(tooBig.status, 400);
    const noId = await fetch(`${url}/api/payment-token`);
    assert.equal(noId.status, 400);
    await noId.arrayBuffer();
    assert.deepEqual(client.calls, []);
  });
});

test("GET /api/payment-token returns what getPaymentToken read", async () => {
  const token = { paymentToken: "pt_123" };
  const client = scriptedClient({ token });
  await withServer({ dintero: client }, async ({ url }) => {
    const answer = await fetch(`${url}/api/payment-token?transaction_id=${encodeURIComponent("T12345678.tx/1")}`).then((r) => r.json());
    assert.deepEqual(answer, { transactionId: "T12345678.tx/1", result: token });
    assert.deepEqual(client.calls, [["getPaymentToken", "T12345678.tx/1"]]);
  });
});

test("with credentials: the page learns the mode and account id, never the client id or secret", async () => {
  const env = { DINTERO_ACCOUNT_ID: "T87654321", DINTERO_CLIENT_ID: "client-id-b7c1", DINTERO_CLIENT_SECRET: "secret-9f2e", DINTERO_BASE_URL: "http://127.0.0.1:9" };
  await withServer({ env }, async ({ url, mode }) => {
    assert.equal(mode, "dintero");
    const config = await fetch(`${url}/api/config`).then((r) => r.json());
    assert.equal(config.mode, "dintero");
    assert.equal(config.accountId, "T87654321");
    assert.equal(config.returnUrl, `${url}/return`);
    const everything = JSON.stringify(config) + (await fetch(url).then((r) => r.text()));
    assert.ok(!everything.includes("client-id-b7c1") && !everything.includes("secret-9f2e"));
  });
});

test("in mock mode the real client, from pkg/, refuses an invalid request with DinteroValidationError (422, issues)", async () => {
  await withServer({ env: {} }, async ({ url, mode, mockUrl, mock }) => {
    assert.equal(mode, "mock");
    assert.equal(mockUrl, mock.url);
    const config = await fetch(`${url}/api/config`).then((r) => r.json());
    assert.equal(config.mode, "mock");
    assert.equal(config.accountId, MOCK_ACCOUNT_ID);
    assert.ok(!JSON.stringify(config).includes(mock.clientSecret));
    const invalid = structuredClone(REQUEST);
    delete invalid.session.order.currency;
    const answer = await postJson(`${url}/api/sessions`, { request: invalid });
    assert.equal(answer.status, 422);
    assert.equal(answer.body.error.name, "DinteroValidationError");
    assert.equal(answer.body.error.code, "validation_failed");
    assert.ok(answer.body.error.issues.some((issue) => issue.path === "/session/order/currency" && issue.code === "required"));
    assert.equal(mock.requests.filter((r) => r.endpoint === "session").length, 0, "nothing was sent to the mock");
  });
});
