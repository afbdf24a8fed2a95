// Part 3: module load + instantiate time, each sample in a fresh `node` process
// (bench/lib/startup-probe.mjs); variants are interleaved so drifts of the machine hit all alike.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { benchDir, median } from "./setup.mjs";

export const VARIANTS = ["trivial", "ours", "ours-esm", "ajv", "zod", "zod+openapi-fetch", "ajv+openapi-fetch"];

/** Median of each probe field per variant, over `samples` fresh processes each. */
export function measureStartup(consumerDir, samples) {
  const runs = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (let i = 0; i < samples; i++) {
    for (const variant of VARIANTS) {
      const out = execFileSync(process.execPath, [join(benchDir, "lib", "startup-probe.mjs"), variant, consumerDir]).toString();
      runs[variant].push(JSON.parse(out.trim().split("\n").pop()));
    }
  }
  return Object.fromEntries(
    VARIANTS.map((variant) => {
      const list = runs[variant];
      const med = (key) => median(list.map((run) => run[key]));
      return [variant, { samples: list.length, loadMs: med("loadMs"), firstCallMs: med("firstCallMs"), coldMs: med("coldMs"), compileMs: med("compileMs"), instantiateMs: med("instantiateMs"), wasmMs: median(list.map((r) => r.compileMs + r.instantiateMs)), wasmMinMs: Math.min(...list.map((r) => r.compileMs + r.instantiateMs)), wasmCpuMs: med("wasmCpuMs"), loadCpuMs: med("loadCpuMs"), loadMinMs: Math.min(...list.map((r) => r.loadMs)), loaded: list[0].loaded }];
    }),
  );
}
