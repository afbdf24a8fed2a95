// How the packed package loads its wasm module, checked below the public API: the Node glue
// factory (bundler-friendly, fresh instances), the web glue with a WebAssembly.Module of another
// realm (what Next.js's edge sandbox hands over), and the error when no entry file ran.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { prepareConsumer } from "./scratch-project.mjs";

const dist = join(prepareConsumer(), "node_modules", "dintero-payment-token", "dist");

test("the Node glue has only static requires and embeds the .wasm; each createGlue() is a fresh instance", () => {
  const source = readFileSync(join(dist, "wasm", "node.cjs"), "utf8");
  assert.doesNotMatch(source, /\brequire\s*\(|__dirname|__filename/);
  const createGlue = createRequire(import.meta.url)(join(dist, "wasm", "node.cjs"));
  const [a, b] = [createGlue(), createGlue()];
  assert.notEqual(a.validatePaymentTokenSession, b.validatePaymentTokenSession);
  for (const glue of [a, b]) assert.ok(glue.validatePaymentTokenSession({}).length >= 2);
});

test("the web glue accepts a WebAssembly.Module from another realm", async () => {
  const bytes = readFileSync(join(dist, "wasm", "dintero_payment_token_bg.wasm"));
  const foreign = vm.runInNewContext("new WebAssembly.Module(bytes)", { bytes });
  assert.equal(foreign instanceof WebAssembly.Module, false);
  const glue = await import(pathToFileURL(join(dist, "wasm", "web.mjs")).href);
  glue.initSync({ module: foreign });
  assert.ok(glue.validatePaymentTokenSession({}).length >= 2);
});

test("without an entry file, calls throw not_initialized naming the entries and what to do", async () => {
  const lib = await import(pathToFileURL(join(dist, "lib", "index.mjs")).href);
  assert.throws(
    () => lib.validatePaymentTokenSession({}),
    (error) =>
      error instanceof lib.DinteroError &&
      error.name === "DinteroError" &&
      error.code === "not_initialized" &&
      error.message.includes("dist/node.cjs") &&
      error.message.includes('Import the package by its name ("dintero-payment-token")'),
  );
});
