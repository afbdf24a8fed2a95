// Next.js App Router route handlers on the edge and the nodejs runtime, one project built twice:
// with Turbopack (`next build`) and with webpack (`next build --webpack`), each served by `next start`,
// on the current Next.js (next/) and on the earlier pin (next-16.2.12/, the same app).
//
// Next.js 16.5.0 with webpack fails to build any edge route handler (ENOENT on
// route_client-reference-manifest.js while collecting page data), with or without this package:
// the last test shows it with a minimal project that does not use the package. On that version the
// webpack build leaves the edge route out (a `_`-prefixed folder is private in the App Router) and
// serves the nodejs route only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkAgainstMock, freePort, installedVersion, postScenario, prepareProject, run, seconds, startServer } from "./harness.mjs";

/** Next.js versions whose `next build --webpack` cannot build an edge route handler. */
const WEBPACK_EDGE_BROKEN = new Set(["16.5.0"]);

const projects = [await prepareProject("next"), await prepareProject("next-16.2.12", { base: "next" })];

for (const dir of projects) {
  const next = join(dir, "node_modules", ".bin", "next");
  const version = installedVersion(dir, "next");
  for (const bundler of ["turbopack", "webpack"]) {
    const env = { NEXT_DIST_DIR: `.next-${bundler}`, NEXT_TELEMETRY_DISABLED: "1" };
    const withoutEdge = bundler === "webpack" && WEBPACK_EDGE_BROKEN.has(version);
    const runtimes = withoutEdge ? ["node"] : ["edge", "node"];
    test(`Next.js ${version} (${bundler}): next build + next start, ${runtimes.join(" and ")} routes`, async (t) => {
      const edge = join(dir, "app", "api", "edge");
      const hidden = join(dir, "app", "api", "_edge");
      let start = Date.now();
      if (withoutEdge) renameSync(edge, hidden);
      try {
        await run(next, bundler === "webpack" ? ["build", "--webpack"] : ["build"], { cwd: dir, env, timeoutMs: 10 * 60_000 });
      } finally {
        if (withoutEdge) renameSync(hidden, edge);
      }
      t.diagnostic(`next build: ${seconds(start)}`);
      start = Date.now();
      const port = await freePort();
      const server = await startServer(next, ["start", "-H", "127.0.0.1", "-p", String(port)], { cwd: dir, env, port });
      try {
        for (const runtime of runtimes) {
          // On the edge runtime, a wrapper that passes only `new Request(input, init)` on to Next's
          // fetch loses the User-Agent whatever the package does (tests/node/fetch-wrappers.test.mjs
          // shows it with nextEdgeRouteFetch): only the merging kind runs there.
          const wrappers = runtime === "edge" ? ["merging its headers into init"] : undefined;
          await t.test(`${runtime} route`, () => checkAgainstMock((config) => postScenario(`${server.url}/api/${runtime}`, config), { wrappers }));
        }
      } finally {
        await server.stop();
      }
      t.diagnostic(`next start + routes: ${seconds(start)}`);
    });
  }
}

for (const version of WEBPACK_EDGE_BROKEN) {
  test(`Next.js ${version} --webpack fails to build an edge route handler in a minimal project without this package (a Next.js bug)`, async () => {
    const installed = projects.find((dir) => installedVersion(dir, "next") === version);
    assert.ok(installed, `no consumer project has Next.js ${version}`);
    const dir = join(installed, "..", `next-${version}-minimal-edge`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "app", "api", "edge"), { recursive: true });
    symlinkSync(join(installed, "node_modules"), join(dir, "node_modules"));
    cpSync(join(installed, "next.config.mjs"), join(dir, "next.config.mjs"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "next-minimal-edge", private: true, type: "module" }));
    writeFileSync(join(dir, "app", "api", "edge", "route.js"), 'export const runtime = "edge";\nexport function GET() {\n  return Response.json({ ok: true });\n}\n');
    const build = run(join(dir, "node_modules", ".bin", "next"), ["build", "--webpack"], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: "1" }, timeoutMs: 10 * 60_000 });
    await assert.rejects(build, /route_client-reference-manifest\.js[\s\S]*Failed to collect page data for \/api\/edge/,
      `Next.js ${version} --webpack now builds an edge route: remove it from WEBPACK_EDGE_BROKEN and from the README`);
  });
}
