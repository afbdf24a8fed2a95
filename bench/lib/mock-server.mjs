// Fallback loopback mock of the two Dintero endpoints the client calls, used by the benchmark
// only when tests/mock-dintero/server.mjs (the project's mock) is not there. Same interface:
// startMockDintero({ host, port }) -> Promise<{ url, close }>.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { benchDir } from "./setup.mjs";

const created = readFileSync(join(benchDir, "fixtures", "session-created.json"));

export function startMockDintero({ host = "127.0.0.1", port = 0 } = {}) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const json = (status, body) => {
        res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      };
      if (req.method === "POST" && /\/sessions\/payment-token(\?|$)/.test(req.url)) {
        try {
          JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
          return json(400, JSON.stringify({ error: { message: "BAD_REQUEST", errors: [] } }));
        }
        return json(200, created);
      }
      if (req.method === "POST" && /\/accounts\/[^/]+\/auth\/token$/.test(req.url)) {
        return json(200, JSON.stringify({ access_token: "bench-token", token_type: "Bearer", expires_in: 86400 }));
      }
      return json(404, JSON.stringify({ error: { message: "NOT_FOUND" } }));
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
