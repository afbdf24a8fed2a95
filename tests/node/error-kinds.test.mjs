// The error classes come from their one declaration in Rust (src/error/kinds.rs): the renderer
// (scripts/error-classes.mjs) on a table with a new kind, and the INSTALLED package against the
// table of the build: every kind is an exported class extending its parent with its literal
// name, and a plain error object of that kind becomes an instance of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { readErrorKinds, renderErrorsJs, renderErrorClassesJs, renderErrorsDts } from "../../scripts/error-classes.mjs";
import { importPackage, consumerDir, repoRoot } from "../package/scratch-project.mjs";

// As wasm-bindgen prints it: indented by braces, trailing blanks trimmed.
const SAMPLE = [
  "export type Before = 1;",
  "//@kind\tinternal\tDinteroError\tError",
  "//@doc\t Base.",
  "//@code\tInternalError\tinternal_error",
  "//@kind\tapi\tDinteroApiError\tDinteroError",
  "//@doc\t Api { with a brace",
  "    //@code\tBadRequest\tbad_request",
  "    //@field\tstatus\tnumber",
  "    //@doc\t HTTP status.",
  "//@kind\tdeclined\tDinteroDeclinedError\tDinteroApiError",
  "//@code\tPaymentDeclined\tpayment_declined",
  "//@shares\tBadRequest",
  "//@field\tdeclineCode\tstring\toptional",
  "//@field\treasons\tstring[]\t\t[]",
  "//@field\tcause\tunknown\thidden",
  "export type After = 2;",
].join("\n");

test("a kind added to the table becomes a class, a mapping entry and a declaration", async () => {
  const { kinds, dts } = readErrorKinds(SAMPLE);
  assert.equal(dts, "export type Before = 1;\nexport type After = 2;");
  const dir = mkdtempSync(join(tmpdir(), "error-kinds-"));
  writeFileSync(join(dir, "errors.mjs"), renderErrorsJs(kinds));
  writeFileSync(join(dir, "error-classes.mjs"), renderErrorClassesJs(kinds).replace('"./errors.js"', '"./errors.mjs"'));
  const classes = await import(pathToFileURL(join(dir, "errors.mjs")).href);
  const { ERROR_CLASSES } = await import(pathToFileURL(join(dir, "error-classes.mjs")).href);
  assert.equal(ERROR_CLASSES.declined, classes.DinteroDeclinedError);
  const error = new ERROR_CLASSES.declined({ code: "payment_declined", message: "no", status: 402, cause: "why" });
  assert.ok(error instanceof classes.DinteroApiError && error instanceof classes.DinteroError && error instanceof Error);
  assert.equal(error.name, "DinteroDeclinedError");
  assert.deepEqual([error.code, error.status, error.reasons, error.cause], ["payment_declined", 402, [], "why"]);
  assert.ok(!Object.keys(error).includes("cause"), "hidden fields are not enumerable");
  assert.ok(!Object.hasOwn(new ERROR_CLASSES.declined({ code: "x", message: "m" }), "cause"));
  const declarations = renderErrorsDts(kinds);
  assert.match(declarations, /export declare class DinteroApiError extends DinteroError \{\n {2}readonly code: "bad_request" \| "payment_declined";/);
  assert.match(declarations, /class DinteroDeclinedError extends DinteroApiError \{\n {2}readonly code: "payment_declined" \| "bad_request";/);
  assert.match(declarations, /readonly declineCode\?: string;/);
  assert.match(declarations, /\/\*\* Api \{ with a brace \*\//);
});

test("a table whose classes do not form one tree is refused", () => {
  assert.throws(() => readErrorKinds("//@kind\ta\tA\tB\n//@code\tX\tx"), /unknown class B/);
  assert.throws(() => readErrorKinds("export type X = 1;"), /not found/);
  assert.throws(() => readErrorKinds("//@kind\ta\tA\tError\n//@shares\tNope"), /unknown code Nope/);
});

test("the installed package has exactly the classes of the Rust declaration", async () => {
  const api = await importPackage();
  const { kinds } = readErrorKinds(readFileSync(join(repoRoot, ".build", "nodejs", "dintero_payment_token.d.ts"), "utf8"));
  const exported = Object.keys(api).filter((name) => /^Dintero\w*Error$/.test(name));
  assert.deepEqual(exported.sort(), kinds.map((k) => k.name).sort());
  // The mapping and the classes as the ESM entries (browsers, workerd, Deno) load them; Node's
  // CommonJS entry inlines the same sources (dist/node.cjs), and its classes are the ones `api` has.
  const lib = (file) => import(pathToFileURL(join(consumerDir, "node_modules", "dintero-payment-token", "dist", "lib", file)).href);
  const { toDinteroError } = await lib("error-mapping.mjs");
  const classes = await lib("errors.mjs");
  const cjs = createRequire(join(consumerDir, "package.json"))("dintero-payment-token");
  for (const kind of kinds) {
    const Class = api[kind.name];
    assert.equal(Class, cjs[kind.name], `${kind.name}: one class for import and require in Node`);
    assert.equal(Class.prototype.name, kind.name);
    assert.equal(Object.getPrototypeOf(Class), kind.parent === "Error" ? Error : api[kind.parent], kind.name);
    assert.equal(Object.getPrototypeOf(classes[kind.name]), kind.parent === "Error" ? Error : classes[kind.parent], kind.name);
    const error = toDinteroError({ kind: kind.wire, code: kind.codes[0], message: "m" });
    assert.ok(error instanceof classes[kind.name], `${kind.wire} -> ${kind.name}`);
    assert.equal(error.constructor, classes[kind.name]);
  }
  // An unknown or inherited-property kind is the base class, never a prototype method.
  for (const kind of ["nope", "constructor", "__proto__", "toString"]) {
    assert.equal(toDinteroError({ kind, code: "internal_error", message: "m" }).constructor, classes.DinteroError);
  }
  assert.ok(kinds.some((k) => k.name === "DinteroSignatureError" && k.codes.includes("signature_expired")));
});
