// Next.js App Router route handlers on the edge and the nodejs runtime, one project built twice:
// with Turbopack (`next build`) and with webpack (`next build --webpack`), each served by `next start`.
import { test } from "node:test";
import { join } from "node:path";
import { checkAgainstMock, freePort, installedVersion, postScenario, prepareProject, run, seconds, startServer } from "./harness.mjs";

const dir = await prepareProject("next");
const next = join(dir, "node_modules", ".bin", "next");
const version = installedVersion(dir, "next");

for (const bundler of ["turbopack", "webpack"]) {
  const env = { NEXT_DIST_DIR: `.next-${bundler}`, NEXT_TELEMETRY_DISABLED: "1" };
  test(`Next.js ${version} (${bundler}): next build + next start`, async (t) => {
    let start = Date.now();
    await run(next, bundler === "webpack" ? ["build", "--webpack"] : ["build"], { cwd: dir, env, timeoutMs: 10 * 60_000 });
    t.diagnostic(`next build: ${seconds(start)}`);
    start = Date.now();
    const port = await freePort();
    const server = await startServer(next, ["start", "-H", "127.0.0.1", "-p", String(port)], { cwd: dir, env, port });
    try {
      for (const runtime of ["edge", "node"]) {
        await t.test(`${runtime} route`, () => checkAgainstMock((config) => postScenario(`${server.url}/api/${runtime}`, config)));
      }
    } finally {
      await server.stop();
    }
    t.diagnostic(`next start + both routes: ${seconds(start)}`);
  });
}
