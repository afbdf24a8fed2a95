// The load and fault test from the command line (the short version runs in the test command as
// load.test.mjs). Runs the scenario once without faults (the baseline) and once with them, checks
// the invariants and prints the figures.
//
//   node tests/load/run.mjs            # short: 1,000 calls
//   node tests/load/run.mjs --long     # long: 5,000 calls
//   node tests/load/run.mjs --calls 20000 --concurrency 100 --seed 7
import { importPackage } from "../package/scratch-project.mjs";
import { runLoad, describeRun } from "./harness.mjs";
import { scenarios } from "./scenarios/index.mjs";

export const SHORT_CALLS = 1000;
export const LONG_CALLS = 5000;

/** Runs the baseline and the faulty run of `scenario`; returns both. */
export async function runWithBaseline(api, scenario, options) {
  const baseline = await runLoad({ api, scenario, ...options, faults: null, tokenLifetimeSeconds: 3600 });
  const faulty = await runLoad({ api, scenario, ...options });
  return { baseline, faulty };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const calls = value("--calls", args.includes("--long") ? LONG_CALLS : SHORT_CALLS);
  const concurrency = value("--concurrency", 100);
  const seed = value("--seed", 23);
  const only = args.includes("--scenario") ? args[args.indexOf("--scenario") + 1] : null;
  const api = await importPackage();
  let failed = 0;
  for (const [key, scenario] of Object.entries(scenarios)) {
    if (only && key !== only) continue;
    const { baseline, faulty } = await runWithBaseline(api, scenario, { calls, concurrency, seed });
    for (const line of describeRun(faulty, baseline)) console.log(line);
    for (const c of [...baseline.checks.map((c) => ({ ...c, name: `baseline: ${c.name}` })), ...faulty.checks]) {
      console.log(`${c.ok ? "ok  " : "FAIL"} ${c.name}${c.ok ? "" : `: ${c.detail}`}`);
      if (!c.ok) failed += 1;
    }
  }
  process.exitCode = failed ? 1 : 0;
}
