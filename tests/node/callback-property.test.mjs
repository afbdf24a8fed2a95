// Property test of verifyCallback against an independent oracle: Dintero's published algorithm run
// with node:crypto (tests/mock-dintero/callbacks.mjs), never the package's own signer. 1,200
// generated callbacks (random parameters in random encodings and order, duplicates, Unicode,
// ports, hosts, methods, plain objects and Fetch Requests) must all verify, and one tampered copy
// of each (a changed parameter, method, host, path, account, timestamp or signature digit) must
// be refused with signature_mismatch; in Node and in Deno. signCallback gives the oracle's headers.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { importPackage, consumerDir } from "../package/scratch-project.mjs";
import { runDeno } from "../package/runtimes.mjs";
import { signCallbackUrl } from "../mock-dintero/callbacks.mjs";
import { verifyCases } from "../package/consumers/callbacks/verify-cases.mjs";
import { seededRandom as prng } from "../seeded-random.mjs";

const CASES = 1200;
const SEED = 20;
const SECRETS = ["123", "s3cr3t-ÆØÅ", "a".repeat(100), "k€y with spaces"];
const HOSTS = ["example.com", "shop.example.no", "xn--bcher-kva.example", "127.0.0.1", "[::1]", "sub.domain.example.co.uk"];
const PORTS = ["", ":443", ":8443", ":3000"];
const METHODS = ["GET", "POST"];
const NAMES = ["transaction_id", "session_id", "sid", "merchant_reference", "time", "error", "event", "event_id", "method", "report_error", "B", "A", "a", "ø", "€", "x y", "~t", "q!", "😀"];
const CHARS = ["a", "Z", "0", " ", "+", "%", "&", "=", "~", "*", "-", ".", "_", "(", "!", "'", "/", "?", "#", "ø", "€", "😀", "\u00a0"];
const TAMPERS = ["parameter", "method", "host", "path", "account", "timestamp", "signature"];

function generate() {
  const random = prng(SEED);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const text = (max) => Array.from({ length: Math.floor(random() * max) }, () => pick(CHARS)).join("");
  // One of the ways a query value reaches a URL: form encoding, encodeURIComponent, every byte
  // %-encoded, or raw (left for the URL parser to escape).
  const encode = (value) => {
    switch (Math.floor(random() * 4)) {
      case 0:
        return new URLSearchParams([["", value]]).toString().slice(1);
      case 1:
        return encodeURIComponent(value);
      case 2:
        return [...new TextEncoder().encode(value)].map((b) => `%${random() < 0.5 ? b.toString(16).padStart(2, "0") : b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
      default:
        return value.replace(/[%&#+=]/g, (c) => encodeURIComponent(c));
    }
  };
  const cases = [];
  for (let i = 0; i < CASES; i++) {
    const params = Array.from({ length: Math.floor(random() * 7) }, () => [pick(NAMES), text(8)]);
    if (random() < 0.7) params.push(["transaction_id", `T11223344.${text(6).replace(/[^a-zA-Z0-9]/g, "x") || "id"}`]);
    params.sort(() => random() - 0.5);
    const query = params.map(([name, value]) => `${encode(name)}=${encode(value)}`).join("&");
    const path = `/${Array.from({ length: 1 + Math.floor(random() * 3) }, () => encodeURIComponent(text(6)) || "cb").join("/")}`;
    const url = `https://${pick(HOSTS)}${pick(PORTS)}${path}${query || random() < 0.5 ? `?${query}` : ""}`;
    const method = pick(METHODS);
    const accountId = `${pick(["P", "T"])}${String(Math.floor(random() * 1e8)).padStart(8, "0")}`;
    const secret = pick(SECRETS);
    const timestamp = 1_700_000_000 + Math.floor(random() * 1e8);
    const header = signCallbackUrl({ secret, accountId, method, url, timestamp });
    const now = (timestamp + Math.floor(random() * 601) - 300) * 1000 + Math.floor(random() * 1000) * (random() < 0.5 ? 0 : 1);
    const secrets = random() < 0.3 ? ["rotated-out", secret] : secret;
    const options = { secret: secrets, accountId, now };
    const headers = { "dintero-signature": header, "event-delivery": `d-${i}` };
    const genuine = { request: { method, url, headers }, asRequest: random() < 0.5, options, expected: new URL(url).searchParams.get("transaction_id") };
    cases.push(genuine);
    cases.push(tamper(genuine, TAMPERS[i % TAMPERS.length], { secret, accountId, method, url, timestamp, random, pick }));
  }
  return cases;
}

/** `genuine` with one thing changed that the oracle signs differently. */
function tamper(genuine, kind, { secret, accountId, method, url, timestamp, random, pick }) {
  const request = { ...genuine.request, headers: { ...genuine.request.headers } };
  const options = { ...genuine.options };
  const parsed = new URL(url);
  switch (kind) {
    case "parameter": {
      const names = [...parsed.searchParams.keys()];
      if (names.length === 0) parsed.searchParams.set("merchant_reference", "added");
      else {
        const name = pick(names);
        parsed.searchParams.set(name, `${parsed.searchParams.get(name)}x`);
      }
      request.url = parsed.toString();
      break;
    }
    case "method":
      request.method = method === "GET" ? "POST" : "GET";
      break;
    case "host":
      parsed.hostname = parsed.hostname === "example.com" ? "example.org" : "example.com";
      request.url = parsed.toString();
      break;
    case "path":
      parsed.pathname = `${parsed.pathname}x`;
      request.url = parsed.toString();
      break;
    case "account":
      options.accountId = `${accountId[0]}${String((Number(accountId.slice(1)) + 1) % 1e8).padStart(8, "0")}`;
      break;
    case "timestamp": {
      const moved = timestamp + (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 30));
      const digest = request.headers["dintero-signature"].split("v0-hmac-sha256=")[1];
      request.headers["dintero-signature"] = `t=${moved},v0-hmac-sha256=${digest}`;
      options.now = moved * 1000;
      break;
    }
    case "signature": {
      const header = request.headers["dintero-signature"];
      const at = header.length - 1 - Math.floor(random() * 64);
      const digit = header[at] === "0" ? "1" : "0";
      request.headers["dintero-signature"] = header.slice(0, at) + digit + header.slice(at + 1);
      break;
    }
  }
  // The oracle confirms the change is one Dintero's signature covers.
  const t = Number(/t=(\d+)/.exec(request.headers["dintero-signature"])[1]);
  const resigned = signCallbackUrl({ secret, accountId: options.accountId, method: request.method, url: request.url, timestamp: t });
  assert.notEqual(resigned, request.headers["dintero-signature"], `tampering (${kind}) changed nothing the signature covers: ${url}`);
  return { request, asRequest: genuine.asRequest, options, tampered: kind };
}

let api;
let cases;
before(async () => {
  api = await importPackage();
  cases = generate();
});

function check(outcomes, runtime) {
  assert.equal(outcomes.length, cases.length);
  let genuine = 0;
  let refused = 0;
  cases.forEach((c, i) => {
    const { outcome, transactionId } = outcomes[i];
    if (c.tampered) {
      assert.equal(outcome, "DinteroSignatureError:signature_mismatch", `${runtime}: tampered (${c.tampered}) case ${i} was ${outcome}: ${JSON.stringify(c.request)}`);
      refused++;
    } else {
      assert.equal(outcome, "ok", `${runtime}: genuine case ${i} was refused: ${outcome}: ${JSON.stringify(c.request)} ${JSON.stringify(c.options)}`);
      assert.equal(transactionId, c.expected);
      genuine++;
    }
  });
  assert.ok(genuine >= 1000 && refused >= 1000, `${genuine} genuine, ${refused} tampered`);
}

test("Node: every genuine callback verifies and every tampered one is refused", async () => {
  check(await verifyCases(api, cases), "node");
});

test("Deno: the same cases give the same outcomes", async () => {
  const file = join(consumerDir, "callback-cases.json");
  writeFileSync(file, JSON.stringify(cases));
  check(JSON.parse(await runDeno("callbacks/deno-callbacks.mjs", { args: [file] })), "deno");
});

test("signCallback gives the oracle's headers", async () => {
  for (const c of cases.filter((c) => !c.tampered).slice(0, 300)) {
    const secret = Array.isArray(c.options.secret) ? c.options.secret[1] : c.options.secret;
    const t = Number(/t=(\d+)/.exec(c.request.headers["dintero-signature"])[1]);
    const headers = await api.signCallback({ secret, accountId: c.options.accountId, method: c.request.method, url: c.request.url, now: new Date(t * 1000 + 999) });
    assert.deepEqual(headers, { "Dintero-Signature": c.request.headers["dintero-signature"] });
  }
});

test("Dintero's documented example verifies, and 301 seconds later it has expired", async () => {
  const request = {
    method: "GET",
    url: "https://example.com/callback?B=123&A=992",
    headers: { "Dintero-Signature": "t=1582236537,v0-hmac-sha256=6bed2ab1b919d460ef7465a20dc6c97260dca73fab6647106ca525f0908df64a" },
  };
  const options = { secret: "123", accountId: "P00000000" };
  const verified = await api.verifyCallback(request, { ...options, now: 1582236537 * 1000 });
  assert.equal(verified.signedAt, 1582236537);
  await assert.rejects(api.verifyCallback(request, { ...options, now: new Date((1582236537 + 301) * 1000) }), (error) => {
    assert.ok(error instanceof api.DinteroSignatureError && error instanceof api.DinteroError);
    assert.equal(error.code, "signature_expired");
    assert.ok(!error.message.includes("123"));
    return true;
  });
});
