// Deno consumer: the import resolves the package's `deno` condition from node_modules.
import * as api from "dintero-payment-token";
import { runScenario } from "./scenario.mjs";

console.log(JSON.stringify(runScenario(api)));
