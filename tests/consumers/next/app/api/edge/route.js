// App Router route handler on the edge runtime: resolves the package's `edge-light` entry.
import { runScenario } from "../../../scenario.mjs";

export const runtime = "edge";

export async function POST(request) {
  return Response.json(await runScenario(await request.json()));
}
