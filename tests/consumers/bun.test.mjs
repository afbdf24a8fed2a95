// Bun (the npm `bun` package) as a server runtime: Bun.serve importing the package.
import { test } from "node:test";
import { join } from "node:path";
import { checkAgainstMock, freePort, installedVersion, postScenario, prepareProject, startServer } from "./harness.mjs";

const dir = await prepareProject("bun");

test(`Bun ${installedVersion(dir, "bun")} server`, async () => {
  const server = await startServer(join(dir, "node_modules", ".bin", "bun"), ["server.js"], { cwd: dir, port: await freePort() });
  try {
    await checkAgainstMock((config) => postScenario(server.url, config));
  } finally {
    await server.stop();
  }
});
