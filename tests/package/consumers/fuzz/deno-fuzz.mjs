// Deno: the seeded fuzz run of hostile-fuzz.mjs against the package resolved through its `deno`
// condition. Arguments: seed, inputs per property. Prints `{ failures, stats }` as JSON.
import * as api from "dintero-payment-token";
import fc from "fast-check";
import { fuzzPackage } from "./hostile-fuzz.mjs";

const [seed, runs] = Deno.args.map(Number);
console.log(JSON.stringify(await fuzzPackage(api, fc, { seed, runs })));
