// Deno as a server runtime: Deno.serve importing the package (its `deno` entry) from node_modules.
import { test } from "node:test";
import { join } from "node:path";
import { checkAgainstMock, freePort, installedVersion, postScenario, prepareProject, startServer } from "./harness.mjs";

const dir = await prepareProject("deno");

test(`Deno ${installedVersion(dir, "deno")} server`, async () => {
  const deno = join(dir, "node_modules", ".bin", "deno");
  const args = ["run", "--quiet", "--no-prompt", "--allow-net=127.0.0.1", "--allow-read", "--allow-env", "server.js"];
  const server = await startServer(deno, args, { cwd: dir, port: await freePort(), env: { DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(dir, ".deno") } });
  try {
    await checkAgainstMock((config) => postScenario(server.url, config));
  } finally {
    await server.stop();
  }
});
