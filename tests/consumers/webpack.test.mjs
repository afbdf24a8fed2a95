// webpack 5 production builds: a browser bundle checked in headless Chromium (validation in the
// page) and a `target: "node"` bundle run alone in an empty directory (no node_modules).
import { test } from "node:test";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { checkAgainstMock, assertChecks, installedVersion, prepareProject, resultInChromium, run, runBundleAlone, seconds, serveStatic } from "./harness.mjs";

const dir = await prepareProject("webpack");
const version = installedVersion(dir, "webpack");
const start = Date.now();
await run(join(dir, "node_modules", ".bin", "webpack"), ["--config", "webpack.config.mjs"], { cwd: dir });
const buildTime = seconds(start);

test(`webpack ${version} browser production build, in Chromium`, async (t) => {
  t.diagnostic(`both builds: ${buildTime}`);
  copyFileSync(join(dir, "index.html"), join(dir, "dist", "browser", "index.html"));
  const server = await serveStatic(join(dir, "dist", "browser"));
  try {
    assertChecks(await resultInChromium(server.url), 4);
  } finally {
    await server.close();
  }
});

test(`webpack ${version} target: "node" bundle, run without node_modules`, async () => {
  await checkAgainstMock((config) => runBundleAlone(join(dir, "dist", "node", "app.js"), config));
});
