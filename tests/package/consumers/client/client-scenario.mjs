// The client scenario run inside edge runtimes (workerd, Deno) against the mock Dintero server.
// The driver (tests/node/client-edge.test.mjs) queues the mock faults this sequence expects:
//   session: 500, pass (the retry), slow 2 s (aborted), pass, a 502 HTML page three times, a 503.
// The client has hooks and a logger throughout; its onRequest hook always throws, which must
// change nothing.
const REQUEST = {
  session: { order: { currency: "NOK", merchant_reference: "edge-1" }, url: { return_url: "https://shop.example/return" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

export async function runClientScenario(api, { url, accountId, clientId, clientSecret }) {
  const checks = [];
  const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail: ok ? undefined : String(detail) });
  const events = [];
  const logLines = [];
  const record = (event) => {
    events.push(event);
  };
  const client = new api.DinteroClient({
    accountId,
    clientId,
    clientSecret,
    baseUrl: url,
    timeoutMs: 1000,
    system: { name: "edge-test" },
    onRequest: () => {
      throw new Error("onRequest always throws");
    },
    onResponse: record,
    onRetry: record,
    onError: record,
    logger: { debug() {}, info() {}, warn: (line) => logLines.push(line), error: (line) => logLines.push(line) },
    logLevel: "warn",
  });

  const first = await client.createPaymentTokenSession(REQUEST).catch((e) => e);
  check("500 then success", typeof first.id === "string" && first.url.startsWith(`${url}/v1/view/`), first);
  const meta = first.lastResponse ?? {};
  check(
    "lastResponse: request id, status and 2 attempts, not in the JSON",
    /^mock-/.test(meta.requestId) && meta.status === 200 && meta.attempts === 2 && !JSON.stringify(first).includes("lastResponse"),
    JSON.stringify(meta),
  );
  const retry = events.find((e) => e.kind === "retry");
  check(
    "onRetry saw the 500",
    retry && retry.reason === "status" && retry.status === 500 && retry.attempt === 1 && retry.delayMs > 0 && retry.path === "/v1/sessions/payment-token",
    JSON.stringify(retry),
  );
  const responses = events.filter((e) => e.kind === "response").map((e) => e.status);
  check("onResponse saw the token, the 500 and the 200", JSON.stringify(responses) === "[200,500,200]", JSON.stringify(responses));
  const hookErrors = events.filter((e) => e.kind === "hookError");
  check(
    "the throwing onRequest was reported to onError once per attempt",
    hookErrors.length === 3 && hookErrors.every((e) => e.hook === "onRequest" && String(e.error.message) === "onRequest always throws"),
    JSON.stringify(hookErrors.map((e) => e.hook)),
  );

  const controller = new AbortController();
  setTimeout(() => controller.abort("stop"), 50);
  const aborted = await client.createPaymentTokenSession(REQUEST, { signal: controller.signal }).catch((e) => e);
  check("abort with a string reason", aborted instanceof api.DinteroAbortError && aborted.cause === "stop", aborted);

  const withSession = await client.createPaymentTokenSession(REQUEST, { includeSession: true }).catch((e) => e);
  check("works after the abort, includeSession", withSession.session && withSession.session.id === withSession.id, withSession);

  const invalid = await client.createPaymentTokenSession({ session: {} }).catch((e) => e);
  check("validation error", invalid instanceof api.DinteroValidationError && invalid.issues.length > 0, invalid);

  const badGateway = await client.createPaymentTokenSession(REQUEST).catch((e) => e);
  check(
    "502 HTML three times",
    badGateway instanceof api.DinteroApiError && badGateway.status === 502 && badGateway.attempts === 3,
    badGateway,
  );

  const failed = events.filter((e) => e.kind === "error" && e.status === 502);
  check(
    "onError got the 502 failure once",
    failed.length === 1 && failed[0].attempt === 3 && failed[0].error instanceof api.DinteroApiError && failed[0].requestId === badGateway.requestId,
    JSON.stringify(failed),
  );

  const once = await client.createPaymentTokenSession(REQUEST, { maxRetries: 0, timeoutMs: 2000 }).catch((e) => e);
  check("per-call maxRetries: 0", once instanceof api.DinteroApiError && once.status === 503 && once.attempts === 1, once);

  const missing = await client.getPaymentToken(`${accountId}.missing`).catch((e) => e);
  check("unknown transaction is a 404 DinteroApiError", missing instanceof api.DinteroApiError && missing.status === 404, missing);
  check(
    "the logger got the retries (warn) and failures (error)",
    logLines.some((l) => /attempt 1 failed \(HTTP 500\); retrying/.test(l)) && logLines.some((l) => /failed with HTTP 502/.test(l)),
    logLines.join("\n"),
  );

  const shown =
    JSON.stringify(client) + String(first.message ?? "") + String(badGateway.message) + JSON.stringify(badGateway) + JSON.stringify(events) + logLines.join("\n");
  check("no secret in JSON or errors", !shown.includes(clientSecret), shown);
  return { checks };
}
