// Package smoke tests: the packed tarball, installed into a scratch project, used from Node ESM,
// Node CommonJS, strict TypeScript (ESM and CommonJS consumers), Deno and workerd.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { binDir, prepareConsumer } from "./scratch-project.mjs";
import { runDeno, startWorkerd } from "./runtimes.mjs";

const consumer = prepareConsumer();

function assertScenario(output, runtime) {
  const result = JSON.parse(output.trim().split("\n").pop());
  const failed = result.checks.filter((c) => !c.ok);
  assert.deepEqual(failed, [], `${runtime}: failed checks`);
  assert.ok(result.checks.length >= 5, `${runtime}: ran ${result.checks.length} checks`);
}

test("Node ESM import", () => {
  assertScenario(execFileSync("node", ["node-esm.mjs"], { cwd: consumer }).toString(), "node esm");
});

test("Node CommonJS require", () => {
  assertScenario(execFileSync("node", ["node-cjs.cjs"], { cwd: consumer }).toString(), "node cjs");
});

test("ESM and CommonJS share one set of error classes", () => {
  const out = execFileSync(
    "node",
    ["--input-type=module", "-e", `
      import { createRequire } from "node:module";
      import * as esm from "dintero-payment-token";
      const cjs = createRequire(import.meta.url)("dintero-payment-token");
      let err; try { esm.buildPaymentTokenSession({}); } catch (e) { err = e; }
      console.log(String(err instanceof cjs.DinteroValidationError && cjs.DinteroError === esm.DinteroError));`],
    { cwd: consumer },
  ).toString();
  assert.equal(out.trim(), "true");
});

for (const tsconfig of ["tsconfig.esm.json", "tsconfig.cjs.json", "tsconfig.bundler.json"]) {
  test(`TypeScript strict type-check (${tsconfig})`, () => {
    try {
      execFileSync(join(binDir, "tsc"), ["-p", tsconfig], { cwd: consumer, stdio: "pipe" });
    } catch (error) {
      assert.fail(`tsc -p ${tsconfig} failed:\n${error.stdout}${error.stderr}`);
    }
  });
}

test("Deno (deno condition)", async () => {
  assertScenario(await runDeno("deno.mjs"), "deno");
});

test("Cloudflare workerd (workerd condition)", async () => {
  const worker = await startWorkerd("workerd/worker.mjs");
  try {
    const res = await fetch(worker.url);
    assert.equal(res.status, 200, worker.log());
    assertScenario(await res.text(), "workerd");
  } finally {
    await worker.stop();
  }
});
