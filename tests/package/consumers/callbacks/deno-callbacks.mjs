// Deno: verifyCallback of the package (resolved through its `deno` condition) on the cases in
// the JSON file given as argument. Prints the outcomes as JSON.
import * as api from "dintero-payment-token";
import { verifyCases } from "./verify-cases.mjs";

const cases = JSON.parse(await Deno.readTextFile(Deno.args[0]));
console.log(JSON.stringify(await verifyCases(api, cases)));
