// The wrapper validates plain JSON data through one JSON string (fast path) and anything else
// value by value (careful path). Both must report exactly the same issues.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runInNewContext } from "node:vm";
import { importPackage } from "../package/scratch-project.mjs";

const api = await importPackage();

const requests = {
  valid: {
    session: { order: { currency: "NOK", merchant_reference: "REF" }, url: { return_url: "https://example.com/accept" } },
    token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
  },
  "many problems": {
    session: {
      order: { currency: "nok", merchant_reference: "REF", store: { mcc: "58" } },
      url: { return_url: "/relative", callback_url: "http://localhost/cb?method=PUT", merchant_terms_url: "ftp://x" },
      customer: { email: "john@", phone_number: "+47 99" },
      expires_at: "2020-01-01T00:00:00Z",
      configuration: { channel: "in_store", theme: { primary: "red", text: "#000" } },
      metadata: { dintero: "x", order_id: 1, ext_ok: "y" },
      retrun_url: "typo",
    },
    token_provider: { payment_product_type: "bambora.creditcard", token_types: ["recurrence_token", "recurrence_token"], token_supported_auth_methods: ["3DS"] },
  },
  "missing everything": { session: { order: {} } },
};

// Objects from another realm (another global, e.g. an iframe or vm context) are plain data to
// the careful path but not to the fast path's prototype check, so they take the careful path.
const otherRealmCopy = runInNewContext("(text) => JSON.parse(text)");

for (const [name, request] of Object.entries(requests)) {
  test(`fast and careful paths agree: ${name}`, () => {
    const fast = api.validatePaymentTokenSession(request);
    const careful = api.validatePaymentTokenSession(otherRealmCopy(JSON.stringify(request)));
    assert.deepEqual(careful, fast);
    if (name !== "valid") assert.ok(fast.some((i) => i.severity === "error"));
  });
}

test("build returns the payload in the caller's key order, unchanged", () => {
  const request = { token_provider: { token_types: ["payment_token"], payment_product_type: "payex.creditcard" }, session: requests.valid.session };
  assert.equal(JSON.stringify(api.buildPaymentTokenSession(request)), JSON.stringify(request));
});
