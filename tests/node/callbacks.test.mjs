// verifyWebhook, readReturnUrl and the argument handling of verifyCallback / signCallback, through
// the INSTALLED package: webhooks delivered by the mock Dintero to a node:http server, a Fetch
// Request's body left unread, rotation, hostile arguments (revoked proxies, throwing getters, huge
// headers and bodies) that never trap the module, and secrets that never reach a message.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createHmac } from "node:crypto";
import { importPackage } from "../package/scratch-project.mjs";
import { deliverWebhook, signCallbackUrl } from "../mock-dintero/callbacks.mjs";

const SECRET = "whsec-Ünïcode-ø";
let api;
before(async () => {
  api = await importPackage();
});

const sha1 = (secret, body) => createHmac("sha1", secret).update(body).digest("hex");

test("a webhook delivered by the mock verifies from the raw body bytes; a changed byte is refused", async () => {
  const seen = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      try {
        seen.push(await api.verifyWebhook({ headers: req.headers, body: Buffer.concat(chunks) }, { secret: ["old", SECRET] }));
        res.writeHead(200).end();
      } catch (error) {
        seen.push(error);
        res.writeHead(error instanceof api.DinteroSignatureError ? 400 : 500).end();
      }
    });
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/webhook`;
  try {
    const payload = { account_id: "T11223344", token: { id: "tok", amount: 1.10 } };
    const delivered = await deliverWebhook({ url, secret: SECRET, event: "checkout_token_add", payload });
    assert.equal(delivered.status, 200);
    assert.equal(seen[0].event, "checkout_token_add");
    assert.equal(seen[0].deliveryId, delivered.headers["event-delivery"]);
    assert.deepEqual(seen[0].payload, JSON.parse(delivered.body));
    const forged = await deliverWebhook({ url, secret: "wrong", event: "checkout_token_add", payload });
    assert.equal(forged.status, 400);
    assert.equal(seen[1].code, "signature_mismatch");
    assert.ok(!seen[1].message.includes(SECRET) && !seen[1].message.includes("wrong"));
  } finally {
    server.close();
  }
});

test("verifyWebhook reads a Fetch Request's body from a clone, as bytes", async () => {
  const body = '{"event":"checkout_token_update","n":1.10,"s":"\\ud800"}';
  const request = new Request("https://shop.example/webhook", { method: "POST", body, headers: { "event-signature": sha1(SECRET, body), event: "checkout_token_update" } });
  const verified = await api.verifyWebhook(request, { secret: SECRET });
  assert.deepEqual(verified.payload, JSON.parse(body));
  assert.equal(await request.text(), body, "the caller can still read the body");
  assert.equal((await api.verifyWebhook({ headers: { "event-signature": sha1(SECRET, body) }, body }, { secret: SECRET })).event, null);
  await assert.rejects(api.verifyWebhook({ headers: { "event-signature": sha1(SECRET, body) }, body: body + " " }, { secret: SECRET }), { code: "signature_mismatch" });
  await assert.rejects(api.verifyWebhook({ headers: {}, body }, { secret: SECRET }), { name: "DinteroSignatureError", code: "signature_missing" });
  await assert.rejects(api.verifyWebhook({ headers: { "event-signature": "xyz" }, body }, { secret: SECRET }), { code: "signature_malformed" });
  const used = new Request("https://shop.example/webhook", { method: "POST", body });
  await used.text();
  await assert.rejects(api.verifyWebhook(used, { secret: SECRET }), { name: "DinteroValidationError", code: "invalid_arguments" });
  const huge = "x".repeat((4 << 20) + 1); // one byte over the 4 MiB body limit
  await assert.rejects(api.verifyWebhook(new Request("https://s/w", { method: "POST", body: huge, headers: { "event-signature": sha1(SECRET, huge) } }), { secret: SECRET }), (error) => error.issues[0].code === "too_large");
  await assert.rejects(api.verifyWebhook({ headers: { "event-signature": sha1(SECRET, "nope") }, body: "nope" }, { secret: SECRET }), (error) => error.issues[0].code === "invalid_format");
});

test("readReturnUrl reads what Dintero appends, as sent", () => {
  assert.deepEqual(api.readReturnUrl("https://shop.example/return?transaction_id=T11223344.abc&merchant_reference=order+1%2B&error=authorization"), {
    transactionId: "T11223344.abc",
    merchantReference: "order 1+",
    error: "authorization",
  });
  assert.deepEqual(api.readReturnUrl(new URL("https://shop.example/return?merchant_reference=o&error=somethingnew")), { transactionId: null, merchantReference: "o", error: "somethingnew" });
  assert.throws(() => api.readReturnUrl("/return?x"), (error) => error instanceof api.DinteroValidationError && error.issues[0].code === "invalid_url");
});

test("verifyCallback reads Node's IncomingHttpHeaders, any header case, joined repeated headers and the tolerance option", async () => {
  const url = "https://shop.example:8443/cb?transaction_id=T1&sid=s1&event=CAPTURE&event_id=3&time=2026-01-01T00%3A00%3A00Z&merchant_reference=o";
  const header = signCallbackUrl({ secret: "s", accountId: "T11223344", url, timestamp: 1_800_000_000 });
  const options = { secret: "s", accountId: "T11223344", now: 1_800_000_000_000 };
  const verified = await api.verifyCallback({ method: "GET", url, headers: { "Dintero-Signature": header, "event-delivery": ["d-1"] } }, options);
  assert.deepEqual(verified, { transactionId: "T1", sessionId: "s1", merchantReference: "o", time: "2026-01-01T00:00:00Z", error: null, event: "CAPTURE", eventId: "3", deliveryId: "d-1", signedAt: 1_800_000_000 });
  const rotated = `t=1800000000,v0-hmac-sha256=${"0".repeat(64)}`;
  assert.equal((await api.verifyCallback({ method: "get", url: new URL(url), headers: { "dintero-signature": [rotated, header.split(",")[1]] } }, options)).transactionId, "T1");
  await assert.rejects(api.verifyCallback({ method: "GET", url, headers: { "dintero-signature": header } }, { ...options, now: 1_800_000_011_000, toleranceSeconds: 10 }), { code: "signature_expired" });
  assert.equal((await api.verifyCallback({ method: "GET", url, headers: { "dintero-signature": header } }, { ...options, now: 1_800_000_010_999, toleranceSeconds: 10 })).transactionId, "T1");
});

test("bad options and arguments are DinteroValidationErrors naming each problem, never showing a secret", async () => {
  const error = await api.verifyCallback({ method: "GET", url: "https://a/", headers: {} }, { secret: ["super-secret", 7], accountId: "nope", toleranceSeconds: 1.5, now: "soon", tolerance: 1 }).catch((e) => e);
  assert.ok(error instanceof api.DinteroValidationError);
  assert.equal(error.code, "invalid_options");
  assert.deepEqual(error.issues.map((i) => `${i.path} ${i.code}`), ["/tolerance unknown_option", "/now invalid_type", "/secret/1 invalid_type", "/accountId invalid_account_id", "/toleranceSeconds out_of_range"]);
  assert.ok(!JSON.stringify(error).includes("super-secret") && !error.message.includes("super-secret"));
  await assert.rejects(api.verifyCallback({ method: "GET", url: "https://a/" }, { secret: "s", accountId: "T11223344" }), { code: "invalid_arguments" });
  await assert.rejects(api.signCallback({ secret: "s", accountId: "T11223344", url: "not a url" }), (e) => e.code === "invalid_options" && e.issues[0].path === "/url");
  await assert.rejects(api.verifyWebhook({ headers: {}, body: "{}" }, {}), (e) => e.code === "invalid_options" && e.issues[0].code === "required");
});

test("hostile arguments never trap the module", async () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwing = new Proxy({}, { get() { throw new Error("trap"); }, ownKeys() { throw new Error("trap"); } });
  const options = { secret: "s", accountId: "T11223344" };
  const hostile = [
    revoked.proxy,
    throwing,
    null,
    undefined,
    42n,
    Symbol("x"),
    () => {},
    { method: "GET", url: "https://a/", headers: revoked.proxy },
    { method: "GET", url: "https://a/", headers: throwing },
    { method: "GET", url: "https://a/", headers: { get() { throw new Error("get"); } } },
    { method: "GET", url: "https://a/", headers: { get: () => 42 } },
    { method: "GET", url: "https://a/", headers: { "dintero-signature": "t=1,".repeat(1 << 20) } },
    { method: "GET", url: "https://a/", headers: { "dintero-signature": Array(100000).fill("v0-hmac-sha256=00") } },
    { method: "GET", url: `https://a/?${"a=1&".repeat(30000)}`, headers: { "dintero-signature": `t=1,v0-hmac-sha256=${"0".repeat(64)}` } },
    { method: "G\r\nX", url: "https://a/", headers: {} },
    { method: { toString: () => "GET" }, url: { href: 5 }, headers: {} },
    { get method() { throw new Error("m"); }, url: "https://a/", headers: {} },
    { method: "GET", url: "https://a/" + "x".repeat(1 << 20), headers: {} },
  ];
  for (const request of hostile) {
    const error = await api.verifyCallback(request, options).catch((e) => e);
    assert.ok(error instanceof api.DinteroSignatureError || error instanceof api.DinteroValidationError, `${String(error)}`);
    const webhook = await api.verifyWebhook(request, { secret: "s" }).catch((e) => e);
    assert.ok(webhook instanceof api.DinteroError && webhook.code !== "internal_error", `${String(webhook)}`);
  }
  for (const options of [revoked.proxy, throwing, { secret: revoked.proxy, accountId: "T11223344" }, { secret: "s", accountId: "T11223344", now: revoked.proxy }, { secret: "x".repeat(2000), accountId: "T11223344" }, { secret: Array(20).fill("s"), accountId: "T11223344" }]) {
    const error = await api.verifyCallback({ method: "GET", url: "https://a/", headers: {} }, options).catch((e) => e);
    assert.ok(error instanceof api.DinteroValidationError, String(error));
  }
  assert.throws(() => api.readReturnUrl(revoked.proxy), api.DinteroValidationError);
  assert.throws(() => api.readReturnUrl({ get href() { throw new Error("h"); } }), api.DinteroValidationError);
  // Still working.
  const url = "https://example.com/callback?B=123&A=992";
  const header = signCallbackUrl({ secret: "123", accountId: "P00000000", url, timestamp: 1582236537 });
  assert.equal((await api.verifyCallback({ method: "GET", url, headers: { "dintero-signature": header } }, { secret: "123", accountId: "P00000000", now: 1582236537000 })).signedAt, 1582236537);
});
