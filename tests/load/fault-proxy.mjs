// A fault-injecting HTTP proxy on 127.0.0.1 in front of the mock Dintero (tests/mock-dintero/),
// for the load test. The mock itself stays as it is; everything the load test needs on top of it
// lives here:
//   - faults drawn per request from a seeded random source (same seed, same schedule):
//     503, 429 with Retry-After, connection reset before the request is forwarded ("reset"),
//     connection reset after the mock answered ("lost-response": the request took effect, the
//     answer never arrives), a slow body (the answer dripped in parts within the timeout) and a
//     stalled body (dripped for longer than the client's timeout);
//   - access tokens that expire: a bearer token older than `tokenLifetimeMs` (counted from when
//     the mock issued it) gets a 401, as Dintero answers an expired token;
//   - a record of every request as received (endpoint, method, path, headers, body text, fault).
//
//   const proxy = await startFaultProxy({ target: mock.url, seed: 1, rates: { "503": 0.05 }, tokenLifetimeMs: 2000 });
//   proxy.url, proxy.requests, proxy.count("token"), await proxy.close()
import { createServer, request as httpRequest, Agent } from "node:http";
import { seededRandom } from "../seeded-random.mjs";

/** Fault types, in the order their rates are drawn. */
export const PROXY_FAULTS = ["503", "429", "reset", "lost-response", "slow-body", "stalled-body"];

/** The endpoint of a request path, as the mock names them (`token`, `session`, `transaction`, ...). */
export function endpointOf(method, path) {
  if (/\/v1\/accounts\/[^/]+\/auth\/token$/.test(path)) return "token";
  if (path.startsWith("/v1/sessions/payment-token")) return "session";
  if (path.startsWith("/v1/transactions/")) return "transaction";
  const rest = path.replace(/^\/v1\//, "").split(/[/?]/)[0];
  return `${method.toLowerCase()}:${rest}`;
}

/**
 * Starts the proxy.
 * @param {object} o
 * @param {string} o.target the mock's URL (http://127.0.0.1:port)
 * @param {number} [o.seed]
 * @param {Record<string, number>} [o.rates] probability of each fault in PROXY_FAULTS (per request)
 * @param {(endpoint: string) => boolean} [o.faultable] which endpoints get faults (default: all but `token`)
 * @param {number} [o.tokenLifetimeMs] bearer tokens older than this get a 401 (default: never)
 * @param {number} [o.retryAfterSeconds] the Retry-After of injected 429s (default 1)
 * @param {number} [o.slowBodyMs] how long a slow body takes (default 400; keep it under the client's timeout)
 * @param {number} [o.stalledBodyMs] how long a stalled body takes (default 3000; over the client's timeout)
 */
export async function startFaultProxy({
  target,
  seed = 1,
  rates = {},
  faultable = (endpoint) => endpoint !== "token",
  tokenLifetimeMs = Infinity,
  retryAfterSeconds = 1,
  slowBodyMs = 400,
  stalledBodyMs = 3000,
} = {}) {
  const random = seededRandom(seed);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const targetUrl = new URL(target);
  /** Token -> when the mock issued it (ms). */
  const tokenIssuedAt = new Map();
  const requests = [];
  const sockets = new Set();

  const draw = (endpoint) => {
    if (!faultable(endpoint)) return null;
    let r = random();
    for (const fault of PROXY_FAULTS) {
      const rate = rates[fault] ?? 0;
      if (r < rate) return fault;
      r -= rate;
    }
    return null;
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const endpoint = endpointOf(req.method, req.url);
      const entry = { at: Date.now(), endpoint, method: req.method, path: req.url, headers: { ...req.headers }, body, fault: null };
      requests.push(entry);
      handle(req, res, entry).catch(() => req.socket.destroy());
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req, res, entry) {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const issued = bearer ? tokenIssuedAt.get(bearer) : undefined;
    if (issued !== undefined && Date.now() - issued > tokenLifetimeMs) {
      entry.fault = "expired-token";
      res.writeHead(401, { "content-type": "application/json" });
      return res.end(JSON.stringify({ error: { code: "TOKEN_EXPIRED", message: "the access token has expired (proxy)" } }));
    }
    const fault = draw(entry.endpoint);
    entry.fault = fault;
    switch (fault) {
      case "503":
        res.writeHead(503, { "content-type": "application/json" });
        return res.end(JSON.stringify({ error: { code: "SERVICE_UNAVAILABLE", message: "injected 503" } }));
      case "429":
        res.writeHead(429, { "content-type": "application/json", "retry-after": String(retryAfterSeconds) });
        return res.end(JSON.stringify({ error: { code: "TOO_MANY_REQUESTS", message: "injected 429" } }));
      case "reset":
        return reset(req.socket);
    }
    const answer = await forward(req, entry.body);
    if (entry.endpoint === "token" && answer.status === 200) {
      try {
        tokenIssuedAt.set(JSON.parse(answer.body.toString("utf8")).access_token, Date.now());
      } catch {}
    }
    if (fault === "lost-response") return reset(req.socket);
    const headers = { ...answer.headers };
    delete headers["content-length"];
    delete headers["transfer-encoding"];
    delete headers.connection;
    delete headers["keep-alive"];
    res.writeHead(answer.status, headers);
    if (fault === "slow-body" || fault === "stalled-body") {
      return drip(res, answer.body, fault === "slow-body" ? slowBodyMs : stalledBodyMs);
    }
    res.end(answer.body);
  }

  function forward(req, body) {
    return new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: targetUrl.host };
      delete headers.connection;
      const outgoing = httpRequest(
        { agent, host: targetUrl.hostname, port: targetUrl.port, method: req.method, path: req.url, headers },
        (answer) => {
          const parts = [];
          answer.on("data", (c) => parts.push(c));
          answer.on("end", () => resolve({ status: answer.statusCode, headers: answer.headers, body: Buffer.concat(parts) }));
          answer.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  }

  return {
    url: `http://127.0.0.1:${await listen(server)}`,
    /** Every request as received: `{ at, endpoint, method, path, headers, body, fault }`. */
    requests,
    /** Requests received for `endpoint`. */
    count(endpoint) {
      return requests.filter((r) => r.endpoint === endpoint).length;
    },
    /** Faults applied, by type. */
    faultCounts() {
      const counts = {};
      for (const r of requests) if (r.fault) counts[r.fault] = (counts[r.fault] ?? 0) + 1;
      return counts;
    },
    close() {
      agent.destroy();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function reset(socket) {
  if (typeof socket.resetAndDestroy === "function") socket.resetAndDestroy();
  else socket.destroy();
}

/** Sends `body` in four parts spread over `ms`. */
function drip(res, body, ms) {
  const parts = 4;
  const size = Math.ceil(body.length / parts) || 1;
  let sent = 0;
  const step = () => {
    if (res.destroyed) return;
    const part = body.subarray(sent, sent + size);
    sent += part.length;
    if (sent >= body.length) return res.end(part);
    res.write(part);
    setTimeout(step, ms / parts);
  };
  setTimeout(step, ms / parts);
}

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server.address().port));
  });
}
