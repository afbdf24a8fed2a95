// The charge fault matrix, run the same way in Node and in Deno (deno-charge.mjs) against the mock
// Dintero (tests/mock-dintero/charges.mjs), which records every charge and fails after recording it.
// Each case: set the mock's faults over HTTP, charge once, read the mock's ledger for the reference.

const FAULTS = [
  { name: "reset after the charge", after: ["reset"] },
  { name: "503 after the charge", after: ["503"] },
  { name: "timeout after the charge", after: [{ type: "slow", delayMs: 3000 }] },
  { name: "cut body after the charge", after: ["cut"] },
  { name: "401 then success", before: ["401"] },
  { name: "429 then success", before: ["429"] },
];
const TOGGLES = ["strict-merchant-reference", "strict-success-merchant-reference", "none"];

const DECLINES = [
  { name: "2024 DO_NOT_RETRY", error: { code: "51", message: "Do not honour", type: "DO_NOT_RETRY" }, retryable: false },
  { name: "2024 DAILY_LIMIT_EXCEEDED", error: { message: "limit", type: "DAILY_LIMIT_EXCEEDED" }, retryable: true },
  { name: "2026 DO_NOT_RETRY", error: { message: "no", type: ["DECLINED"], retry_policy: { retry_codes: ["DO_NOT_RETRY"] } }, retryable: false },
  { name: "2026 RETRY_AFTER_DELAY", error: { message: "later", type: ["ISSUER_ERROR"], retry_policy: { retry_codes: ["RETRY_AFTER_DELAY"], retry_after: "PT1H" } }, retryable: true },
  { name: "2026 RETRY_IMMEDIATELY", error: { message: "again", type: ["ERROR"], retry_policy: { retry_codes: ["RETRY_IMMEDIATELY"] } }, retryable: true },
];

let serial = 0;

/** A charge request for a fresh reference and token. */
function chargeRequest(reference, token) {
  return {
    session: {
      order: { amount: 29990, currency: "NOK", vat_amount: 6000, merchant_reference: reference },
      customer: { tokens: { "payex.creditcard": { payment_token: token } } },
      configuration: { auto_capture: true },
    },
    payment: { payment_product_type: "payex.creditcard", operation: "unscheduled_purchase" },
  };
}

async function control(url, body) {
  const res = await fetch(`${url}/__mock/charges`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`mock control: ${res.status}`);
  await res.text();
}

async function ledger(url, reference) {
  return (await fetch(`${url}/__mock/charges?merchant_reference=${encodeURIComponent(reference)}`)).json();
}

async function chargeOnce(api, client, url, { toggle, before = [], after = [], decline }) {
  serial += 1;
  const reference = `matrix-${serial}-${Math.random().toString(36).slice(2)}`;
  const token = `pt_secret_${serial}_${Math.random().toString(36).slice(2)}`;
  await control(url, { before, after, declines: decline ? { [token]: decline } : {} });
  const outcome = { reference };
  try {
    const tx = await client.payWithToken(chargeRequest(reference, token), { featureToggle: toggle });
    Object.assign(outcome, { ok: true, id: tx.id, status: tx.status, attempts: tx.lastResponse.attempts });
  } catch (error) {
    Object.assign(outcome, {
      ok: false,
      code: error.code,
      isDintero: error instanceof api.DinteroError,
      isNetwork: error instanceof api.DinteroNetworkError,
      declinedClass: error instanceof api.DinteroPaymentDeclinedError,
      unknownClass: error instanceof api.DinteroPaymentOutcomeUnknownError,
      retryable: error.retryable,
      retryCodes: error.retryCodes,
      retryPolicy: error.retryPolicy,
      errorType: error.errorType,
      txId: error.transaction?.id,
      merchantReference: error.merchantReference,
      leaked: `${error.message} ${JSON.stringify(error)} ${String(error)}`.includes(token),
    });
  }
  return { ...outcome, ledger: await ledger(url, reference), tokenLeakedInHooks: false, token };
}

/** Runs the matrix; returns one result per case. */
export async function runChargeScenario(api, { url, accountId, clientId, clientSecret }) {
  const seen = [];
  const hook = (event) => seen.push(JSON.stringify(event));
  const client = new api.DinteroClient({
    accountId, clientId, clientSecret, baseUrl: url, timeoutMs: 1000, maxRetries: 2, hookBodies: true,
    onRequest: hook, onResponse: hook, onRetry: hook, onError: (e) => seen.push(`${e.kind} ${e.error?.message} ${JSON.stringify(e.error)}`),
  });
  const results = [];
  for (const toggle of TOGGLES) {
    for (const fault of FAULTS) {
      results.push({ case: `${fault.name} / ${toggle}`, kind: "fault", ...(await chargeOnce(api, client, url, { toggle, ...fault })) });
    }
    for (const fault of FAULTS.slice(0, 4)) {
      const decline = DECLINES[0].error;
      results.push({ case: `decline lost: ${fault.name} / ${toggle}`, kind: "lost-decline", ...(await chargeOnce(api, client, url, { toggle, ...fault, decline })) });
    }
  }
  for (const decline of DECLINES) {
    results.push({ case: `decline ${decline.name}`, kind: "decline", expectRetryable: decline.retryable, ...(await chargeOnce(api, client, url, { decline: decline.error })) });
  }
  // Let the hooks (run on microtasks) finish, then check that no card token reached them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const hooks = seen.join("\n");
  for (const result of results) result.tokenLeakedInHooks = hooks.includes(result.token);
  return results;
}
