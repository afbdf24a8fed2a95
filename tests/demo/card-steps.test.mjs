// The demo's card steps without a browser, against the embedded mock: "Charge the card" charges the
// stored token with auto_capture (the token never reaches the page), "Charge a declining card" shows a
// DinteroPaymentDeclinedError with retryable false, "Delete the card" deletes the token.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startDemoServer } from "../../www-demo/server.mjs";

const REQUEST = {
  session: { order: { currency: "NOK", merchant_reference: "order-1" }, url: { return_url: "http://127.0.0.1/return" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

test("charge, decline and delete through the demo server", async () => {
  const demo = await startDemoServer({ port: 0, env: {} });
  try {
    const post = async (path, body) => {
      const res = await fetch(`${demo.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: res.status, text: await res.text() };
    };
    const created = JSON.parse((await post("/api/sessions", { request: REQUEST })).text);
    const sessionId = created.response?.body?.id ?? created.id;
    const { transactionId } = await demo.mock.completeSession(sessionId);
    const token = demo.mock.transactions.get(transactionId).card.payment_token;

    const charged = await post("/api/charge", { transactionId });
    assert.equal(charged.status, 200, charged.text);
    const body = JSON.parse(charged.text);
    assert.equal(body.transaction.status, "CAPTURED");
    assert.equal(body.request.session.configuration.auto_capture, true);
    assert.ok(!charged.text.includes(token), "the card token never reaches the page");

    const declined = await post("/api/charge", { transactionId, decline: true });
    assert.equal(declined.status, 502);
    const error = JSON.parse(declined.text).error;
    assert.equal(error.name, "DinteroPaymentDeclinedError");
    assert.equal(error.code, "payment_declined");
    assert.equal(error.retryable, false);
    assert.deepEqual(error.retryCodes, ["DO_NOT_RETRY"]);
    assert.ok(!declined.text.includes(token));

    const deleted = await post("/api/delete-card", { transactionId });
    assert.equal(deleted.status, 200, deleted.text);
    assert.equal(JSON.parse(deleted.text).cardToken.status, "DELETED");
  } finally {
    await demo.close();
  }
});
