// The `strict` option: warnings become errors in validatePaymentTokenSession, buildPaymentTokenSession
// (fast JSON path and careful value path) and the client; without it they never block.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { runInNewContext } from "node:vm";
import { importPackage } from "../package/scratch-project.mjs";
import { startMockDintero } from "../mock-dintero/server.mjs";

const api = await importPackage();

/** Spec-valid, with warnings only: a national phone number and a plain-http callback. */
const request = {
  session: {
    order: { currency: "NOK", merchant_reference: "order-1" },
    url: { return_url: "https://shop.example/return", callback_url: "http://shop.example/callback" },
    customer: { phone_number: "004799999999" },
  },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};
/** The same request made of another realm's objects, which the fast path's prototype check
 * refuses: the wrapper takes the careful, value-by-value path. */
const careful = runInNewContext("(text) => JSON.parse(text)")(JSON.stringify(request));

let mock;
before(async () => {
  mock = await startMockDintero();
});
after(async () => {
  await mock.close();
});

test("warnings do not block by default and carry a fix", () => {
  const issues = api.validatePaymentTokenSession(request);
  assert.deepEqual(issues.map((i) => [i.code, i.severity]), [
    ["callback_url_not_https", "warning"],
    ["invalid_phone_number", "warning"],
  ]);
  assert.match(issues[0].message, /would never arrive; use `https:\/\/shop\.example\/callback`/);
  assert.match(issues[1].message, /`\+4799999999`/);
  assert.deepEqual(api.buildPaymentTokenSession(request), request);
  assert.deepEqual(api.buildPaymentTokenSession(careful), request);
});

test("strict turns every warning into an error, on both paths", () => {
  for (const input of [request, careful]) {
    const issues = api.validatePaymentTokenSession(input, { strict: true });
    assert.deepEqual(issues.map((i) => [i.code, i.severity]), [
      ["callback_url_not_https", "error"],
      ["invalid_phone_number", "error"],
    ]);
    assert.ok(issues.every((i) => i.message.endsWith("(a warning, made an error by the `strict` option)")));
    assert.throws(() => api.buildPaymentTokenSession(input, { strict: true }), (error) => {
      assert.ok(error instanceof api.DinteroValidationError);
      assert.equal(error.code, "validation_failed");
      assert.equal(error.issues.length, 2);
      return true;
    });
    assert.ok(api.buildPaymentTokenSession(input, { strict: false }));
  }
});

test("bad options are refused", () => {
  for (const options of [{ strict: "yes" }, { Strict: true }, "strict", [true]]) {
    assert.throws(() => api.buildPaymentTokenSession(request, options), (error) => error.code === "invalid_options");
    assert.throws(() => api.validatePaymentTokenSession(request, options), (error) => error.code === "invalid_options");
  }
});

test("the client's strict option blocks warnings before anything is sent", async () => {
  const accessToken = mock.grantToken();
  const strict = new api.DinteroClient({ accessToken, baseUrl: mock.url, strict: true });
  const before = mock.requests.length;
  await assert.rejects(strict.createPaymentTokenSession(request), (error) => {
    assert.ok(error instanceof api.DinteroValidationError);
    assert.deepEqual(error.issues.map((i) => i.severity), ["error", "error"]);
    return true;
  });
  await assert.rejects(strict.createPaymentTokenSession(careful), (error) => error.code === "validation_failed");
  assert.equal(mock.requests.length, before, "nothing sent");
  const lenient = new api.DinteroClient({ accessToken, baseUrl: mock.url });
  const created = await lenient.createPaymentTokenSession(request);
  assert.match(created.id, /^T11223344\./);
  assert.throws(() => new api.DinteroClient({ accessToken, baseUrl: mock.url, strict: 1 }), (error) => error.code === "invalid_options");
});
