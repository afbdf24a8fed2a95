// Deno HTTP server: POST the mock Dintero's config, get the scenario's checks back.
import { runScenario } from "./scenario.mjs";

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) }, async (request) => {
  if (request.method !== "POST") return new Response("ready");
  return Response.json(await runScenario(await request.json()));
});
