// Cloudflare Workers consumer running the hostile-fetch scenario (no other realm in workerd).
import * as api from "dintero-payment-token";
import { runHostileFetchScenario } from "./hostile-fetch-scenario.mjs";

export default {
  async fetch(request) {
    if (new URL(request.url).pathname === "/__ready") return new Response("ok");
    return Response.json(await runHostileFetchScenario(api));
  },
};
