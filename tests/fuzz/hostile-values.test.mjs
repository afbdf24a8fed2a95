// The five promises broken by hostile JavaScript values (issue 15), each checked on the packed
// package, then a seeded fuzz run (tests/package/consumers/fuzz/hostile-fuzz.mjs) in Node (run.mjs,
// in a child process) and in Deno.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importPackage } from "../package/scratch-project.mjs";
import { runDeno } from "../package/runtimes.mjs";

const api = await importPackage();

/** Inputs per property in the test command; `node tests/fuzz/run.mjs --runs N` runs more. */
const CI_RUNS = 300;
const SEED = 20261202;

const valid = () => ({
  session: { order: { currency: "NOK", merchant_reference: "order-1" }, url: { return_url: "https://example.com/accept" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
});
const withTokenTypes = (tokenTypes) => {
  const request = valid();
  request.token_provider.token_types = tokenTypes;
  return request;
};
const codes = (input) => api.validatePaymentTokenSession(input).map((i) => `${i.path} ${i.code}`);

/** A fetch stub that records every call and answers 201 like Dintero. */
function recorder() {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url: String(url), body: init?.body });
    return new Response(JSON.stringify({ id: "T11223344.x", url: "https://checkout.dintero.com/v1/view/x" }), { status: 201, headers: { "content-type": "application/json" } });
  };
  return { calls, client: new api.DinteroClient({ accessToken: "tok", baseUrl: "http://127.0.0.1:9", maxRetries: 0, fetch }) };
}

async function rejectsWith(promise, Class, code) {
  await assert.rejects(promise, (error) => error instanceof Class && (code === undefined || error.code === code));
}

function timedMs(fn) {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

test("1. holes, undefined items and reported lengths count toward the 100,000-value limit, promptly", () => {
  const lengthProxy = new Proxy([], { get: (target, key) => (key === "length" ? 2 ** 32 - 1 : undefined) });
  for (const [name, tokenTypes] of [
    ["2^32-1 holes", new Array(2 ** 32 - 1)],
    ["a Proxy reporting 2^32-1", lengthProxy],
    ["100,001 undefined", new Array(100_001).fill(undefined)],
    ["100,001 holes", new Array(100_001)],
  ]) {
    const [found, ms] = timedMs(() => codes(withTokenTypes(tokenTypes)));
    assert.ok(found.includes("/token_provider/token_types too_large") || found.some((c) => c.endsWith(" too_large")), `${name}: ${found.slice(0, 3)}`);
    assert.ok(found.length < 10, `${name}: ${found.length} issues`);
    assert.ok(ms < 2000, `${name}: ${ms} ms`);
    assert.throws(() => api.buildPaymentTokenSession(withTokenTypes(tokenTypes)), api.DinteroValidationError);
  }
  // Within the limit, holes are nulls as JSON.stringify writes them.
  assert.ok(codes(withTokenTypes([, "payment_token"])).includes("/token_provider/token_types/0 invalid_type"));
});

test("2. a Proxy array whose get throws is unreadable_value at its path, and nothing is sent", async () => {
  const throwing = () => new Proxy(["payment_token"], { get() { throw new Error("trap"); } });
  assert.deepEqual(codes(withTokenTypes(throwing())), ["/token_provider/token_types unreadable_value"]);
  const elementThrows = new Proxy(["payment_token"], { get: (t, k) => { if (k === "0") throw new Error("trap"); return Reflect.get(t, k); } });
  assert.deepEqual(codes(withTokenTypes(elementThrows)), ["/token_provider/token_types/0 unreadable_value"]);
  assert.throws(() => api.buildPaymentTokenSession(withTokenTypes(throwing())), (e) => e instanceof api.DinteroValidationError && e.issues[0].code === "unreadable_value");
  const { calls, client } = recorder();
  await rejectsWith(client.createPaymentTokenSession(withTokenTypes(throwing())), api.DinteroValidationError, "validation_failed");
  assert.equal(calls.length, 0);
});

test("3. lone surrogates in values and keys are lone_surrogate issues, never U+FFFD", async () => {
  const value = valid();
  value.session.order.merchant_reference = "order-\ud800";
  assert.deepEqual(codes(value), ["/session/order/merchant_reference lone_surrogate"]);
  const key = valid();
  key.session.metadata = { ["ext_\udc00"]: "x" };
  assert.deepEqual(codes(key), ["/session/metadata/ext_\ufffd lone_surrogate"]);
  // A well-formed pair and a real U+FFFD pass unchanged.
  const fine = valid();
  fine.session.order.merchant_reference = "order-\ud83d\ude00-\ufffd";
  assert.deepEqual(codes(fine), []);
  assert.deepEqual(api.buildPaymentTokenSession(fine), fine);
  assert.throws(() => api.buildPaymentTokenSession(value), api.DinteroValidationError);
  const { calls, client } = recorder();
  await rejectsWith(client.createPaymentTokenSession(key), api.DinteroValidationError);
  await rejectsWith(client.createPaymentTokenSession(value), api.DinteroValidationError);
  assert.equal(calls.length, 0);
  await client.createPaymentTokenSession(fine);
  assert.equal(calls[0].body, JSON.stringify(fine));
});

test("4. options are checked before they are read: only DinteroValidationError escapes", async () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trap = (name) => new Proxy({ accessToken: "tok" }, { [name]() { throw new Error(name); } });
  const getter = Object.defineProperty({ accessToken: "tok" }, "baseUrl", { enumerable: true, get() { throw new Error("getter"); } });
  for (const [name, options] of [["revoked proxy", revoked.proxy], ["ownKeys trap", trap("ownKeys")], ["getOwnPropertyDescriptor trap", trap("getOwnPropertyDescriptor")], ["get trap", trap("get")], ["throwing getter", getter]]) {
    assert.throws(() => new api.DinteroClient(options), (e) => e instanceof api.DinteroValidationError && e.code === "invalid_options" && e.issues[0].code === "unreadable_value", name);
    await rejectsWith(api.createPaymentTokenSession(valid(), options), api.DinteroValidationError, "invalid_options");
    const { calls, client } = recorder();
    await rejectsWith(client.getPaymentToken("T11223344.x", options), api.DinteroValidationError, "invalid_options");
    await rejectsWith(client.createPaymentTokenSession(valid(), options), api.DinteroValidationError, "invalid_options");
    assert.equal(calls.length, 0, name);
  }
  const error = (() => { try { new api.DinteroClient(getter); } catch (e) { return e; } })();
  assert.deepEqual(error.issues.map((i) => i.path), ["/baseUrl"]);
  // `__proto__` is an option name like any other (unknown), not a prototype.
  const proto = JSON.parse('{"accessToken": "tok", "__proto__": {"baseUrl": "http://evil.example"}}');
  assert.throws(() => new api.DinteroClient(proto), (e) => e instanceof api.DinteroValidationError && e.issues.some((i) => i.path === "/__proto__"));
});

test("5. base URLs are read as WHATWG URL (fetch) reads them; the loopback rule uses the parsed host", () => {
  const base = (baseUrl) => {
    try {
      return new api.DinteroClient({ accessToken: "tok", baseUrl }).toJSON().baseUrl;
    } catch (error) {
      assert.ok(error instanceof api.DinteroValidationError);
      return error.issues.map((i) => i.code).join();
    }
  };
  for (const refused of ["http://127.08.0.1", "http://127.0.0.08", "https://127.08.0.1", "https://127.0.0.08", "http://127.0.0.256", "https://1.2.3.4.5"]) {
    assert.throws(() => new URL(refused), TypeError, `WHATWG refuses ${refused}`);
    assert.equal(base(refused), "invalid_url", refused);
  }
  assert.equal(base("http://0x7f.1:8080/"), "http://127.0.0.1:8080");
  assert.equal(base("http://2130706433"), "http://127.0.0.1");
  assert.equal(base("http://%6cocalhost:3000"), "http://localhost:3000");
  assert.equal(base("http://[0:0::1]"), "http://[::1]");
  assert.equal(base("http://0x80.0.0.1"), "insecure_url");
  assert.equal(base("http://[::ffff:127.0.0.1]"), "insecure_url");
  assert.equal(base("https://0x7f.1"), "https://127.0.0.1");
});

test("the entry points survive any argument: only the package's error classes, validate never throws", async () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const { client } = recorder();
  const settles = async (call) => {
    try {
      await call();
    } catch (error) {
      assert.ok(error instanceof api.DinteroError, `foreign ${error?.constructor?.name}: ${error?.message}`);
    }
  };
  for (const argument of [undefined, null, 1, "x", Symbol("s"), 1n, () => {}, revoked.proxy, new Proxy({}, { getPrototypeOf() { throw new Error("p"); } })]) {
    assert.ok(Array.isArray(api.validatePaymentTokenSession(argument)));
    assert.throws(() => api.buildPaymentTokenSession(argument), api.DinteroValidationError);
    await settles(() => new api.DinteroClient(argument));
    await settles(() => client.getPaymentToken(argument));
    await settles(() => client.getPaymentToken("T1.x", argument));
    await settles(() => client.createPaymentTokenSession(argument));
    await settles(() => client.createPaymentTokenSession(argument, argument));
    await settles(() => api.createPaymentTokenSession(argument, argument));
    await settles(() => api.validatePaymentTokenSession(valid(), argument));
    await settles(() => api.buildPaymentTokenSession(valid(), argument));
  }
});

test(`seeded fuzz of hostile values in Node (${CI_RUNS} inputs per property)`, { timeout: 300_000 }, async () => {
  // In a child process: a call that never returns is killed at the timeout instead of hanging the run.
  const run = join(dirname(fileURLToPath(import.meta.url)), "run.mjs");
  const output = await new Promise((resolve) => {
    execFile(process.execPath, [run, "--json", "--seed", String(SEED), "--runs", String(CI_RUNS)], { timeout: 240_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => resolve({ error, stdout, stderr }));
  });
  const last = output.stdout.trim().split("\n").pop();
  assert.ok(last && last.startsWith("{"), `the fuzz run did not finish (${output.error?.signal ?? output.error?.message}): ${output.stderr.slice(-2000)}`);
  const { failures, stats } = JSON.parse(last);
  console.log(`# fuzz (node): ${stats.inputs} inputs in ${stats.ms} ms, ${Math.round((stats.inputs * 1000) / stats.ms)} inputs/s`);
  assert.deepEqual(failures, []);
  assert.equal(stats.inputs, 3 * CI_RUNS);
});

test("seeded fuzz of hostile values in Deno", { timeout: 300_000 }, async () => {
  const output = await runDeno("fuzz/deno-fuzz.mjs", { args: [String(SEED), String(Math.round(CI_RUNS / 3))] });
  const result = JSON.parse(output.trim().split("\n").pop());
  console.log(`# fuzz (deno): ${result.stats.inputs} inputs in ${result.stats.ms} ms`);
  assert.deepEqual(result.failures, []);
  assert.ok(result.stats.inputs >= 3 * Math.round(CI_RUNS / 3));
});
