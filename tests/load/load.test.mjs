// The short load and fault test, in the test command: every scenario of scenarios/index.mjs,
// 1,000 calls at 100 concurrent through the installed package against the mock Dintero behind
// the fault proxy on 127.0.0.1 (503s, 429s with Retry-After, connection resets before and after
// the mock answered, slow and stalled bodies, tokens expiring every 2 s), and the same load
// without faults as the baseline. Asserts only what cannot flake (see harness.mjs); prints the
// figures. The long version: `node tests/load/run.mjs --long`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { importPackage } from "../package/scratch-project.mjs";
import { describeRun } from "./harness.mjs";
import { runWithBaseline, SHORT_CALLS } from "./run.mjs";
import { scenarios } from "./scenarios/index.mjs";

const api = await importPackage();

for (const [key, scenario] of Object.entries(scenarios)) {
  test(`load: ${key}: ${SHORT_CALLS} calls at 100 concurrent with faults keep every invariant`, { timeout: 120_000 }, async (t) => {
    const { baseline, faulty } = await runWithBaseline(api, scenario, { calls: SHORT_CALLS, concurrency: 100 });
    for (const line of describeRun(faulty, baseline)) t.diagnostic(line);
    assert.ok(faulty.stats.faults["503"] > 0 && faulty.stats.faults["429"] > 0 && faulty.stats.faults.reset > 0, "the faults were injected");
    const failed = [...baseline.checks.map((c) => ({ ...c, name: `baseline: ${c.name}` })), ...faulty.checks].filter((c) => !c.ok);
    assert.deepEqual(failed, [], "invariants");
  });
}
