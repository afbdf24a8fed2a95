// A/B harness for prototyping: validate+serialize throughput of several builds of the package
// (pkg/ directories) in ONE process, interleaved, as paired ratios against the first one.
//   node bench/lib/ab.mjs <pkgDirA> <pkgDirB> [...] [--rounds N]
// Each pkg dir is loaded through its CommonJS entry (dist/node.cjs). Prints a small table.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { fixture, median } from "./setup.mjs";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const ROUNDS = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 31;
const BATCH_MS = 30;
const builds = args.map((dir) => ({ dir, api: createRequire(import.meta.url)(resolve(dir, "dist", "node.cjs")) }));
const fixtures = { minimal: fixture("minimal-request.json"), full: fixture("full-request.json") };

let sink = 0;
function timeBatch(api, input, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += JSON.stringify(api.buildPaymentTokenSession(input)).length;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

for (const [name, input] of Object.entries(fixtures)) {
  const n = builds.map(({ api }) => {
    let count = 16;
    for (;;) {
      const took = timeBatch(api, input, count);
      if (took >= 100) return Math.max(1, Math.round((count * BATCH_MS) / took));
      count *= 2;
    }
  });
  const micros = builds.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < builds.length; k++) {
      const i = (round + k) % builds.length;
      micros[i].push((timeBatch(builds[i].api, input, n[i]) * 1000) / n[i]);
    }
  }
  console.log(`${name}:`);
  builds.forEach((build, i) => {
    const paired = micros[i].map((us, r) => us / micros[0][r]);
    console.log(`  ${median(micros[i]).toFixed(1).padStart(7)} µs/op  x${median(paired).toFixed(3)} vs first   ${build.dir}`);
  });
}
if (sink === 0) console.log("(no output?)");
