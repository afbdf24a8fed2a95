// Cloudflare Workers consumer, run by workerd: each request runs the scenario and answers its result.
import * as api from "dintero-payment-token";
import { runScenario } from "./scenario.mjs";

export default {
  async fetch() {
    return Response.json(runScenario(api));
  },
};
