// Node ESM consumer: `import` resolves the package's `node` + `import` condition.
import * as api from "dintero-payment-token";
import { runScenario } from "./scenario.mjs";

console.log(JSON.stringify(runScenario(api)));
