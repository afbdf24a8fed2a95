// Cloudflare Workers consumer running the client scenario (mock URL and credentials come as bindings).
import * as api from "dintero-payment-token";
import { runClientScenario } from "./client-scenario.mjs";

export default {
  async fetch(request, env) {
    if (new URL(request.url).pathname === "/__ready") return new Response("ok");
    const result = await runClientScenario(api, {
      url: env.MOCK_URL,
      accountId: env.ACCOUNT_ID,
      clientId: env.CLIENT_ID,
      clientSecret: env.CLIENT_SECRET,
    });
    return Response.json(result);
  },
};
