// Bun HTTP server: POST the mock Dintero's config, get the scenario's checks back.
import { runScenario } from "./scenario.mjs";

Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  async fetch(request) {
    if (request.method !== "POST") return new Response("ready");
    return Response.json(await runScenario(await request.json()));
  },
});
