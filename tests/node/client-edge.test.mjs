// The client in edge runtimes: workerd (Cloudflare Workers) and Deno run the same scenario
// (tests/package/consumers/client/client-scenario.mjs) against the mock Dintero server, with
// hooks and a logger: lastResponse, a retry seen by onRetry, a throwing hook that changes nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startMockDintero } from "../mock-dintero/server.mjs";
import { runDeno, startWorkerd } from "../package/runtimes.mjs";

let mock;
before(async () => {
  mock = await startMockDintero();
});
after(async () => {
  await mock.close();
});

/** The faults client-scenario.mjs expects, in order. */
function queueScenarioFaults() {
  mock.setFaults([
    { endpoint: "session", type: "error", status: 500 },
    { endpoint: "session", type: "pass" },
    { endpoint: "session", type: "slow", delayMs: 2000 },
    { endpoint: "session", type: "pass" },
    { endpoint: "session", type: "html", status: 502, times: 3 },
    { endpoint: "session", type: "error", status: 503 },
  ]);
}

function assertScenario(result, runtime, since) {
  const failed = result.checks.filter((c) => !c.ok);
  assert.deepEqual(failed, [], `${runtime}: failed checks`);
  assert.equal(result.checks.length, 14);
  assert.deepEqual(mock.pendingFaults(), [], `${runtime}: every fault was hit`);
  const requests = mock.requests.slice(since);
  assert.equal(requests.filter((r) => r.endpoint === "token").length, 1, `${runtime}: one token request`);
  for (const r of requests) {
    assert.match(r.headers["user-agent"] ?? "", /^dintero-payment-token\//, `${runtime}: explicit User-Agent on ${r.path}`);
  }
  assert.ok(requests.filter((r) => r.endpoint === "session").every((r) => r.headers["dintero-system-name"] === "edge-test"));
}

test("workerd: the client scenario", async () => {
  queueScenarioFaults();
  const since = mock.requests.length;
  const worker = await startWorkerd("client/worker.mjs", {
    bindings: { MOCK_URL: mock.url, ACCOUNT_ID: mock.accountId, CLIENT_ID: mock.clientId, CLIENT_SECRET: mock.clientSecret },
  });
  try {
    const res = await fetch(`${worker.url}/run`);
    assert.equal(res.status, 200, worker.log());
    assertScenario(await res.json(), "workerd", since);
  } finally {
    await worker.stop();
  }
});

test("Deno: the client scenario", async () => {
  queueScenarioFaults();
  const since = mock.requests.length;
  const output = await runDeno("client/deno-client.mjs", { args: [mock.url, mock.accountId, mock.clientId, mock.clientSecret] });
  assertScenario(JSON.parse(output.trim().split("\n").pop()), "deno", since);
});
