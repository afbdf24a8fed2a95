// The client scenario run inside edge runtimes (workerd, Deno) against the mock Dintero server.
// The driver (tests/node/client-edge.test.mjs) queues the mock faults this sequence expects:
//   session: 500, pass (the retry), slow 2 s (aborted), pass, then a 502 HTML page three times.
const REQUEST = {
  session: { order: { currency: "NOK", merchant_reference: "edge-1" }, url: { return_url: "https://shop.example/return" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

export async function runClientScenario(api, { url, accountId, clientId, clientSecret }) {
  const checks = [];
  const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail: ok ? undefined : String(detail) });
  const client = new api.DinteroClient({ accountId, clientId, clientSecret, baseUrl: url, timeoutMs: 1000, system: { name: "edge-test" } });

  const first = await client.createPaymentTokenSession(REQUEST).catch((e) => e);
  check("500 then success", typeof first.id === "string" && first.url.startsWith(`${url}/v1/view/`), first);

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

  const missing = await client.getPaymentToken(`${accountId}.missing`).catch((e) => e);
  check("unknown transaction is a 404 DinteroApiError", missing instanceof api.DinteroApiError && missing.status === 404, missing);

  const shown = JSON.stringify(client) + String(first.message ?? "") + String(badGateway.message) + JSON.stringify(badGateway);
  check("no secret in JSON or errors", !shown.includes(clientSecret), shown);
  return { checks };
}
