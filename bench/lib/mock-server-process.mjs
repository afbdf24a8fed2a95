// Runs the loopback mock Dintero in its own process (so its work is not billed to the client
// being measured): prints {"url", "accessToken", "source"} on stdout and serves until stdin closes.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./setup.mjs";

const projectMock = join(repoRoot, "tests", "mock-dintero", "server.mjs");
let startMockDintero;
let source = "tests/mock-dintero/server.mjs";
try {
  if (!existsSync(projectMock)) throw new Error("absent");
  ({ startMockDintero } = await import(pathToFileURL(projectMock).href));
  if (typeof startMockDintero !== "function") throw new Error("no startMockDintero export");
} catch (error) {
  ({ startMockDintero } = await import("./mock-server.mjs"));
  source = `bench/lib/mock-server.mjs (project mock unavailable: ${error.message})`;
}
const mock = await startMockDintero({ host: "127.0.0.1", port: 0 });
// The project's mock accepts only bearer tokens it issued or was told about.
const accessToken = "bench-access-token";
mock.grantToken?.(accessToken);
if (Array.isArray(mock.requests)) {
  // It also records every request; keep that from growing through thousands of calls.
  setInterval(() => mock.requests.splice(0), 1000).unref();
}
console.log(JSON.stringify({ url: mock.url, accessToken, source }));
process.stdin.resume();
process.stdin.on("end", async () => {
  await mock.close?.();
  process.exit(0);
});
