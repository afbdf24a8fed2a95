// Response fidelity in one runtime: every answer the mock serves (queued by
// tests/node/response-fidelity.test.mjs as `raw` faults, in this order) must reach the caller exactly
// as `JSON.parse(body)`: the created session, the transaction, and Dintero's error fields.
import { exactDifference } from "./exact-json.mjs";

const REQUEST = {
  session: { order: { currency: "NOK", merchant_reference: "fidelity" }, url: { return_url: "https://shop.example/return" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

/** Runs every case; returns `{ checked, failures }` (failures name the case and the first difference). */
export async function runFidelityScenario(api, { url, accessToken, cases }) {
  const client = new api.DinteroClient({ accessToken, baseUrl: url, maxRetries: 0 });
  const failures = [];
  let checked = 0;
  for (const [index, { kind, body }] of cases.entries()) {
    const expected = JSON.parse(body);
    let difference;
    try {
      if (kind === "session") {
        const created = await client.createPaymentTokenSession(REQUEST, { includeSession: index % 2 === 0 });
        difference = exactDifference(created, expected);
      } else if (kind === "transaction") {
        difference = exactDifference(await client.getPaymentToken("T11223344.fidelity"), expected);
      } else {
        await client.createPaymentTokenSession(REQUEST);
        difference = "no error thrown";
      }
    } catch (error) {
      if (kind !== "error") {
        difference = `threw ${error && error.name}: ${error && error.message}`;
      } else {
        const fields = { code: error.dinteroCode, message: error.dinteroMessage, errors: error.errors };
        const want = { code: expected.error.code, message: expected.error.message, errors: expected.error.errors };
        difference = exactDifference(fields, want);
      }
    }
    checked += 1;
    if (difference) failures.push({ index, kind, difference, body: body.slice(0, 400) });
  }
  return { checked, failures };
}
