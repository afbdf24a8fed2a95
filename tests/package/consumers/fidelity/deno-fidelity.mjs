// Deno consumer of the response-fidelity scenario: deno run deno-fidelity.mjs <mock url> <access token> <cases file>.
import * as api from "dintero-payment-token";
import { runFidelityScenario } from "./fidelity-scenario.mjs";

const [url, accessToken, casesFile] = Deno.args;
const cases = JSON.parse(await Deno.readTextFile(casesFile));
console.log(JSON.stringify(await runFidelityScenario(api, { url, accessToken, cases })));
