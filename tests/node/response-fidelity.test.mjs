// Property test: whatever Dintero answers, the caller gets exactly `JSON.parse(body)`.
// Random spec-shaped bodies (seeded) with 17-digit floats, exponents, -0, escapes (surrogate pairs
// included), non-ASCII, unknown and duplicate members and big integers are served by the mock
// Dintero (`raw` faults)
// and read through the packed package: the created session (with and without includeSession),
// the transaction of getPaymentToken, and the fields of DinteroApiError. Node and Deno run the
// same scenario (tests/package/consumers/fidelity/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startMockDintero } from "../mock-dintero/server.mjs";
import { importPackage, consumerDir } from "../package/scratch-project.mjs";
import { runDeno } from "../package/runtimes.mjs";
import { exactDifference } from "../package/consumers/fidelity/exact-json.mjs";
import { runFidelityScenario } from "../package/consumers/fidelity/fidelity-scenario.mjs";
import { prng } from "../lib/prng.mjs";

/** Cases per runtime. */
const CASES = 600;

/** JSON text generators over a PRNG. Values are written as text, in forms JSON.stringify never produces. */
function bodies(random) {
  const int = (n) => Math.floor(random() * n);
  const pick = (items) => items[int(items.length)];
  const digits = (n) => Array.from({ length: n }, (_, i) => (i === 0 ? 1 + int(9) : int(10))).join("");
  const ws = () => pick(["", "", "", " ", "\n  ", "\t"]);

  const number = () =>
    pick([
      () => `${digits(1 + int(8))}.${digits(1 + int(9))}`.slice(0, 18), // 17 significant digits and fewer
      () => "93424038.51871291",
      () => (random() * 1e8).toPrecision(17),
      () => `${pick(["", "-"])}${digits(1)}.${digits(16)}e${pick(["", "+", "-"])}${int(300)}`,
      () => `${digits(1)}E${pick(["+", "-", ""])}${int(30)}`,
      () => pick(["-0", "-0.0", "0.0", "-0e0", "0E-5"]),
      () => digits(16 + int(10)), // integers beyond 2^53
      () => `-${digits(19 + int(5))}`,
      () => pick(["1e-400", "-1e-400", "4.9e-324", "1.7976931348623157e308", "2.2250738585072014e-308", "123e-20"]),
      () => String(int(100000)),
      () => `${int(1000)}.${pick(["0", "10", "5000000000000001", "1000000000000000055511151231257827"])}`,
    ])();

  const stringText = () => {
    const parts = [];
    for (let i = int(6); i >= 0; i -= 1) {
      parts.push(
        pick([
          () => pick(["ok", "Forsvinnignspølse", "Vissvossafår på neppebrød", "中文", "😀", "Ærlig talt", "نص"]),
          () => pick(["\\n", "\\t", "\\r", "\\b", "\\f", '\\"', "\\\\", "\\/"]),
          () => `\\u${int(0xd800).toString(16).padStart(4, "0")}`,
          () => `\\ud${pick("89ab")}${int(256).toString(16).padStart(2, "0")}\\udc${int(256).toString(16).padStart(2, "0")}`,
          () => pick(["\\u00e6", "\\u00C6", "\\ud83d\\ude00", "\\u0000", "\\u2028", "\\u2029"]),
          () => String.fromCodePoint(0x80 + int(0x2000)),
          () => "",
        ])(),
      );
    }
    return `"${parts.join("")}"`;
  };
  const key = () => pick([() => stringText(), () => `"${pick(["amount", "1", "0", "10", "__proto__", "constructor", "ext_x", "a b", ""])}"`])();

  const value = (depth) =>
    depth > 4
      ? pick([number, stringText, () => "true", () => "false", () => "null"])()
      : pick([
          number,
          number,
          stringText,
          () => pick(["true", "false", "null"]),
          () => `[${ws()}${Array.from({ length: int(4) }, () => value(depth + 1)).join(`,${ws()}`)}${ws()}]`,
          () => object(depth + 1, []),
        ])();

  /** An object: the `known` members (name, text) and a few unknown ones, in a random order; an unknown one sometimes twice. */
  const object = (depth, known) => {
    const unknown = Array.from({ length: int(depth < 2 ? 4 : 2) }, () => [key(), value(depth)]);
    const members = [...known, ...unknown];
    for (let i = members.length - 1; i > 0; i -= 1) {
      const j = int(i + 1);
      [members[i], members[j]] = [members[j], members[i]];
    }
    if (unknown.length && random() < 0.2) members.push([unknown[0][0], value(depth)]); // a duplicate: the last wins
    return `{${ws()}${members.map(([k, v]) => `${k}${ws()}:${ws()}${v}`).join(`,${ws()}`)}${ws()}}`;
  };
  const plain = (text) => JSON.stringify(text);
  const id = () => plain(`T11223344.${Array.from({ length: 22 }, () => pick([..."abcdefXYZ0123456789"])).join("")}`);

  const item = () =>
    object(3, [
      ['"amount"', number()],
      ['"quantity"', number()],
      ['"vat"', number()],
      ['"line_id"', stringText()],
      ['"description"', stringText()],
    ]);
  const session = () =>
    object(1, [
      ['"id"', id()],
      ['"order"', object(2, [['"amount"', number()], ['"currency"', '"NOK"'], ['"items"', `[${Array.from({ length: 1 + int(3) }, item).join(",")}]`]])],
      ['"metadata"', object(2, [['"ext_number_x"', number()], ['"ext_text"', stringText()]])],
      ['"expires_at"', plain("2030-01-01T00:00:00Z")],
    ]);
  return {
    session: () => {
      const known = [
        ['"id"', id()],
        ['"url"', plain("https://checkout.test.dintero.com/v1/view/T11223344.abc")],
        ['"publish"', `[${object(2, [['"channel"', '"sms"'], ['"type"', '"checkout-link"'], ['"status"', '"sent"']])}]`],
      ];
      if (random() < 0.6) known.push(['"session"', session()]);
      return object(0, known);
    },
    transaction: () =>
      object(0, [
        ['"id"', id()],
        ['"amount"', number()],
        ['"card"', object(1, [['"payment_token"', stringText()], ['"masked_pan"', plain("411111******1111")], ['"expiry_date"', plain("12/2030")]])],
        ['"events"', `[${object(2, [['"amount"', number()], ['"success"', "true"]])}]`],
      ]),
    error: () => {
      // Dintero's Error: `error.message` (required), `code`, `errors` (objects).
      const nested = () => object(3, [['"path"', stringText()], ['"value"', number()]]);
      const error = object(1, [
        ['"message"', stringText()],
        ['"code"', stringText()],
        ['"errors"', `[${Array.from({ length: int(4) }, nested).join(",")}]`],
      ]);
      return object(0, [['"error"', error]]);
    },
  };
}

/** `count` cases from `seed`, cycling session / transaction / error. */
function generateCases(seed, count) {
  const make = bodies(prng(seed));
  const kinds = ["session", "transaction", "error"];
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length];
    return { kind, body: make[kind]() };
  });
}

let mock;
before(async () => {
  mock = await startMockDintero();
});
after(async () => {
  await mock.close();
});

function queue(cases) {
  mock.setFaults(
    cases.map(({ kind, body }) => ({
      endpoint: kind === "transaction" ? "transaction" : "session",
      type: "raw",
      status: kind === "error" ? 400 : 200,
      body,
    })),
  );
}

test("the generated bodies are JSON with the shapes the client checks", () => {
  const cases = generateCases(7, 300);
  for (const { kind, body } of cases) {
    const parsed = JSON.parse(body);
    if (kind === "error") assert.equal(typeof parsed.error.message, "string");
    else assert.equal(typeof parsed.id, "string");
  }
  const all = cases.map((c) => c.body).join("");
  for (const feature of ["93424038.51871291", "-0", "e+", "E-", "\\u", "😀", "1e-400", "__proto__"]) {
    assert.ok(all.includes(feature), `the generator produces ${feature}`);
  }
  assert.match(all, /[:,[]\s*-?\d{20,}[,}\]\s]/, "integers beyond 2^64");
  assert.equal(exactDifference(JSON.parse('{"a":-0}'), { a: 0 }), "/a: -0 instead of 0");
  assert.match(exactDifference({ b: 1, a: 2 }, { a: 2, b: 1 }), /keys/);
});

test("Node: every answer reaches the caller exactly as JSON.parse(body)", async () => {
  const api = await importPackage();
  const cases = generateCases(11, CASES);
  queue(cases);
  const result = await runFidelityScenario(api, { url: mock.url, accessToken: mock.grantToken(), cases });
  assert.deepEqual(result.failures, []);
  assert.equal(result.checked, CASES);
  assert.deepEqual(mock.pendingFaults(), []);
});

test("Deno: every answer reaches the caller exactly as JSON.parse(body)", async () => {
  const cases = generateCases(12, CASES);
  await importPackage(); // prepares the consumer project
  const file = join(consumerDir, "fidelity-cases.json");
  writeFileSync(file, JSON.stringify(cases));
  queue(cases);
  const output = await runDeno("fidelity/deno-fidelity.mjs", { args: [mock.url, mock.grantToken(), file] });
  const result = JSON.parse(output.trim().split("\n").pop());
  assert.deepEqual(result.failures, []);
  assert.equal(result.checked, CASES);
  assert.deepEqual(mock.pendingFaults(), []);
});
