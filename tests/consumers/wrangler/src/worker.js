// Cloudflare Worker: POST the mock Dintero's config, get the scenario's checks back.
import { runScenario } from "../scenario.mjs";

export default {
  async fetch(request) {
    if (request.method !== "POST") return new Response("ready");
    return Response.json(await runScenario(await request.json()));
  },
};
