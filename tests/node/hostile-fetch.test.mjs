// Hostile `fetch` implementations injected into the client (tests/package/consumers/hostile-fetch/):
// rejections that are not Errors, results that are not Responses, Responses of another realm,
// bodies that error half way. Run on the installed package in Node (with node:vm for another
// realm) and in workerd; every case is a typed error or a success, and the module keeps working.
import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { importPackage, consumerDir } from "../package/scratch-project.mjs";
import { startWorkerd } from "../package/runtimes.mjs";

/** Values made in a fresh node:vm realm: its Error, Promise and objects are not this realm's. */
function foreignRealm() {
  const context = vm.createContext({});
  return vm.runInContext(
    `({
      response: (body) => ({ status: 200, headers: new Map([["content-type", "application/json"]]), text: () => Promise.resolve(body) }),
      rejectingResponse: () => ({ status: 200, headers: { get: () => null }, text: () => Promise.reject(new Error("foreign failure")) }),
      error: (message) => new Error(message),
    })`,
    context,
  );
}

function assertChecks(result, runtime) {
  const failed = result.checks.filter((c) => !c.ok);
  assert.deepEqual(failed, [], `${runtime}: failed checks`);
  assert.ok(result.checks.length >= 25, `${runtime}: ran ${result.checks.length} checks`);
}

test("Node: hostile fetch implementations end in typed errors; the module keeps working", async () => {
  const api = await importPackage();
  const { runHostileFetchScenario } = await import(pathToFileURL(join(consumerDir, "hostile-fetch", "hostile-fetch-scenario.mjs")).href);
  const realm = foreignRealm();
  assert.equal(realm.error("x") instanceof Error, false, "the vm realm's Error is foreign");
  assertChecks(await runHostileFetchScenario(api, { foreignRealm: realm }), "node");
});

test("workerd: hostile fetch implementations end in typed errors; the module keeps working", async () => {
  const worker = await startWorkerd("hostile-fetch/worker.mjs");
  try {
    const res = await fetch(`${worker.url}/run`);
    assert.equal(res.status, 200, worker.log());
    assertChecks(await res.json(), "workerd");
  } finally {
    await worker.stop();
  }
});
