// The seeded fuzz run of the packed package in Node (tests/package/consumers/fuzz/hostile-fuzz.mjs).
// The test command runs a short one in a child process (so that a hang is killed, not waited on);
// for a longer local run:
//   node tests/fuzz/run.mjs --runs 100000 [--seed 7]
// Prints inputs per second and fast-check's report (seed and path to replay) for each failure;
// exits 1 on failure. `--json` prints `{ failures, stats }` as the last line instead.
import { parseArgs } from "node:util";
import fc from "fast-check";
import { importPackage } from "../package/scratch-project.mjs";
import { fuzzPackage } from "../package/consumers/fuzz/hostile-fuzz.mjs";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "10000" }, seed: { type: "string", default: String(Date.now() % 1e9) }, json: { type: "boolean", default: false } },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const api = await importPackage();
const log = values.json ? () => {} : console.log;
log(`fuzzing with seed ${seed}, ${runs} inputs per property`);
const result = await fuzzPackage(api, fc, { seed, runs, log });
const { failures, stats } = result;
if (values.json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`${stats.inputs} inputs in ${(stats.ms / 1000).toFixed(1)} s: ${Math.round((stats.inputs * 1000) / stats.ms)} inputs/s`);
  for (const failure of failures) console.error(failure);
}
process.exitCode = failures.length ? 1 : 0;
