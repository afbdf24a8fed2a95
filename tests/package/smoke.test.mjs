// Package smoke tests: the packed tarball, installed into a scratch project, used from Node ESM,
// Node CommonJS, strict TypeScript (ESM and CommonJS consumers), Deno and workerd.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { prepareConsumer, repoRoot } from "./scratch-project.mjs";
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

// The declarations type-check with every TypeScript line users are on (5.9 and the native 7.x), every
// module resolution a Node or bundler project uses, from ES module and CommonJS files, with
// `strict` and `exactOptionalPropertyTypes`.
const COMPILERS = { typescript: "node_modules/typescript/bin/tsc", typescript7: "node_modules/typescript7/bin/tsc" };
const RESOLUTIONS = { nodenext: "nodenext", node16: "node16", bundler: "preserve" };
const ENTRY = { mts: "types-esm.mts", cts: "types-cjs.cts" };

for (const [compiler, bin] of Object.entries(COMPILERS)) {
  const tsc = join(repoRoot, bin);
  const version = JSON.parse(readFileSync(join(repoRoot, "node_modules", compiler, "package.json"), "utf8")).version;
  for (const [resolution, module] of Object.entries(RESOLUTIONS)) {
    for (const kind of ["mts", "cts"]) {
      test(`TypeScript ${version}: moduleResolution ${resolution}, .${kind}, strict + exactOptionalPropertyTypes`, () => {
        const tsconfig = `tsconfig.${compiler}.${resolution}.${kind}.json`;
        const compilerOptions = { strict: true, exactOptionalPropertyTypes: true, noEmit: true, module, moduleResolution: resolution, target: "es2022", skipLibCheck: false, types: [] };
        writeFileSync(join(consumer, tsconfig), JSON.stringify({ compilerOptions, files: [ENTRY[kind]], include: [`types-tests/${kind}/*.${kind}`] }, null, 2));
        try {
          execFileSync(tsc, ["-p", tsconfig], { cwd: consumer, stdio: "pipe" });
        } catch (error) {
          assert.fail(`tsc ${version} -p ${tsconfig} failed:\n${error.stdout}${error.stderr}`);
        }
      });
    }
  }
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
