// App Router route handler on the nodejs runtime: resolves the package's `node` entry.
import { runScenario } from "../../../scenario.mjs";

export const runtime = "nodejs";

export async function POST(request) {
  return Response.json(await runScenario(await request.json()));
}
