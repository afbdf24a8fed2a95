// Deno consumer running the client scenario: deno run deno-client.mjs <mock url> <account> <client id> <secret>.
import * as api from "dintero-payment-token";
import { runClientScenario } from "./client-scenario.mjs";

const [url, accountId, clientId, clientSecret] = Deno.args;
console.log(JSON.stringify(await runClientScenario(api, { url, accountId, clientId, clientSecret })));
