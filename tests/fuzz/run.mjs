// A longer fuzz run of the packed package for local use (the test command runs a short one):
//   node tests/fuzz/run.mjs --runs 100000 [--seed 7]
// Prints inputs per second; exits 1 with fast-check's report (seed and path to replay) on failure.
import { parseArgs } from "node:util";
import fc from "fast-check";
import { importPackage } from "../package/scratch-project.mjs";
import { fuzzPackage } from "../package/consumers/fuzz/hostile-fuzz.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "10000" }, seed: { type: "string", default: String(Date.now() % 1e9) } } });
const runs = Number(values.runs);
const seed = Number(values.seed);
const api = await importPackage();
console.log(`fuzzing with seed ${seed}, ${runs} inputs per property`);
const { failures, stats } = await fuzzPackage(api, fc, { seed, runs, log: console.log });
console.log(`${stats.inputs} inputs in ${(stats.ms / 1000).toFixed(1)} s: ${Math.round((stats.inputs * 1000) / stats.ms)} inputs/s`);
for (const failure of failures) console.error(failure);
process.exitCode = failures.length ? 1 : 0;
