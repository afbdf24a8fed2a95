// Deno consumer running the charge fault matrix: deno run deno-charge.mjs <mock url> <account> <client id> <secret>.
import * as api from "dintero-payment-token";
import { runChargeScenario } from "./charge-scenario.mjs";

const [url, accountId, clientId, clientSecret] = Deno.args;
console.log(JSON.stringify(await runChargeScenario(api, { url, accountId, clientId, clientSecret })));
