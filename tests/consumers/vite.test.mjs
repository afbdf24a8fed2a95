// Vite production build (`vite build`), the built page checked in headless Chromium (validation in the page).
import { test } from "node:test";
import { join } from "node:path";
import { assertChecks, installedVersion, prepareProject, resultInChromium, run, seconds, serveStatic } from "./harness.mjs";

const dir = await prepareProject("vite");

test(`Vite ${installedVersion(dir, "vite")} production build, in Chromium`, async (t) => {
  const start = Date.now();
  await run(join(dir, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], { cwd: dir });
  t.diagnostic(`build: ${seconds(start)}`);
  const server = await serveStatic(join(dir, "dist"));
  try {
    assertChecks(await resultInChromium(server.url), 4);
  } finally {
    await server.close();
  }
});
