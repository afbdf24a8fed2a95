// Hostile inputs from JavaScript: each yields issues or a typed error (never a trap or a hang),
// and the module still works for the next call.
import { test } from "node:test";
import assert from "node:assert/strict";
import { importPackage } from "../package/scratch-project.mjs";

const api = await importPackage();

const valid = {
  session: { order: { currency: "NOK", merchant_reference: "order-1" }, url: { return_url: "https://example.com/accept" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

function deeplyNested(levels) {
  const root = { session: {}, token_provider: {} };
  let node = root.session;
  for (let i = 0; i < levels; i++) node = node.next = {};
  return root;
}

function cyclic() {
  const o = { session: { order: {} }, token_provider: { token_types: [] } };
  o.session.order.parent = o;
  o.token_provider.token_types.push(o.token_provider.token_types);
  return o;
}

class Session {
  constructor() {
    this.order = { currency: "NOK" };
  }
}

const revoked = Proxy.revocable({}, {});
revoked.revoke();

const hostile = {
  null: null,
  undefined: undefined,
  number: 42,
  "NaN": NaN,
  array: [valid, valid],
  "10 MB string": "x".repeat(10 * 1024 * 1024),
  "10 MB string field": { ...valid, session: { ...valid.session, order: { ...valid.session.order, currency: "N".repeat(10 * 1024 * 1024) } } },
  "10,000 levels deep": deeplyNested(10000),
  cyclic: cyclic(),
  BigInt: { ...valid, session: { ...valid.session, order: { ...valid.session.order, currency: 578n } } },
  Symbol: { ...valid, token_provider: { ...valid.token_provider, payment_product_type: Symbol("payex") } },
  function: { ...valid, session: () => valid.session },
  Map: { ...valid, session: { ...valid.session, metadata: new Map([["ext_a", "b"]]) } },
  Date: { ...valid, session: { ...valid.session, expires_at: new Date() } },
  "class instance": { ...valid, session: new Session() },
  "throwing getter": { ...valid, get session() { throw new Error("getter"); } },
  "revoked proxy": { ...valid, session: revoked.proxy },
  "huge array": { ...valid, token_provider: { ...valid.token_provider, token_types: new Array(1_000_000).fill("payment_token") } },
};

for (const [name, input] of Object.entries(hostile)) {
  test(`hostile input: ${name}`, { timeout: 30_000 }, () => {
    const issues = api.validatePaymentTokenSession(input);
    assert.ok(Array.isArray(issues), "returns an array");
    assert.ok(issues.some((i) => i.severity === "error"), `reports an error: ${JSON.stringify(issues).slice(0, 300)}`);
    for (const issue of issues) {
      assert.equal(typeof issue.path, "string");
      assert.match(issue.code, /^[a-z0-9_]+$/);
      assert.equal(typeof issue.message, "string");
    }
    assert.throws(() => api.buildPaymentTokenSession(input), (err) => err instanceof api.DinteroValidationError && err.issues.length > 0);
    // The module still works for the next call.
    assert.deepEqual(api.buildPaymentTokenSession(valid), valid);
  });
}

test("issues name the offending path for non-JSON values", () => {
  const paths = (input) => api.validatePaymentTokenSession(input).map((i) => `${i.path} ${i.code}`);
  assert.ok(paths(hostile.BigInt).includes("/session/order/currency unsupported_value"));
  assert.ok(paths(hostile.Date).includes("/session/expires_at unsupported_value"));
  assert.ok(paths(hostile.cyclic).includes("/session/order/parent circular_reference"));
  assert.ok(paths(hostile.cyclic).includes("/token_provider/token_types/0 circular_reference"));
  assert.ok(paths(hostile["throwing getter"]).includes("/session unreadable_value"));
});
