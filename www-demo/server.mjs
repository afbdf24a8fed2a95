// The dintero-payment-token demo: a page that builds, validates and sends a payment token session
// request, then reads the token after the card is registered.
//
//   node www-demo/server.mjs                 (after ./scripts/build.sh; or run ./scripts/demo.sh)
//
// Without credentials it starts the embedded mock Dintero (tests/mock-dintero/server.mjs) and needs no
// account. With DINTERO_ACCOUNT_ID, DINTERO_CLIENT_ID and DINTERO_CLIENT_SECRET set it talks to Dintero
// (DINTERO_BASE_URL optionally overrides the API base URL). PORT sets the port (default 8787).
// Credentials stay in this process: the browser only sees the account id and the mode.
import http from "node:http";
import { createRequire } from "node:module";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { randomBytes } from "node:crypto";
import { createCallbackDesk } from "./callbacks.mjs";
import { chargeCard, deleteCard } from "./card-actions.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const pkgDir = join(root, "pkg");
const pkgDist = join(pkgDir, "dist");

/** The account id of the embedded mock (its client id and secret are whatever the mock generates). */
export const MOCK_ACCOUNT_ID = "T12345678";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".d.ts": "text/plain; charset=utf-8",
};

/** The demo's own files, by URL path. */
const PAGE_FILES = {
  "/": "index.html",
  "/index.html": "index.html",
  "/return": "index.html",
  "/app.mjs": "app.mjs",
  "/form.mjs": "form.mjs",
  "/json-view.mjs": "json-view.mjs",
  "/callback-view.mjs": "callback-view.mjs",
  "/card-steps.mjs": "card-steps.mjs",
  "/styles.css": "styles.css",
  "/favicon.svg": "favicon.svg",
};

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Which Dintero to use, from the environment: the mock unless all three credentials are set.
 * Throws when only some are set, so a typo never silently falls back to the mock.
 */
export function modeFromEnv(env) {
  const names = ["DINTERO_ACCOUNT_ID", "DINTERO_CLIENT_ID", "DINTERO_CLIENT_SECRET"];
  const present = names.filter((name) => env[name]);
  if (present.length === 0) return { kind: "mock" };
  if (present.length < names.length) {
    const missing = names.filter((name) => !env[name]);
    throw new Error(`set all of ${names.join(", ")} to use Dintero (missing: ${missing.join(", ")}), or none to use the mock`);
  }
  return {
    kind: "dintero",
    accountId: env.DINTERO_ACCOUNT_ID,
    clientId: env.DINTERO_CLIENT_ID,
    clientSecret: env.DINTERO_CLIENT_SECRET,
    baseUrl: env.DINTERO_BASE_URL || undefined,
  };
}

/** Loads the package's Node build from pkg/ through its `exports` map, as a user's `require` would. */
function loadPackage() {
  const packageJson = join(pkgDir, "package.json");
  let api;
  try {
    api = createRequire(packageJson)("dintero-payment-token");
  } catch (error) {
    throw new Error(`cannot load the package from ${pkgDir} (run ./scripts/build.sh first): ${error.message}`);
  }
  if (typeof api.DinteroClient !== "function") {
    throw new Error(`the package in ${pkgDir} has no DinteroClient yet: rebuild it with ./scripts/build.sh`);
  }
  return api;
}

async function loadMock() {
  const file = join(root, "tests", "mock-dintero", "server.mjs");
  try {
    return await import(pathToFileURL(file).href);
  } catch (error) {
    throw new Error(`cannot load the mock Dintero from ${file}: ${error.message}`);
  }
}

/**
 * Starts the demo (and, in mock mode, the mock Dintero) on `host:port` (port 0 picks a free one).
 * `dintero` replaces the client built from the environment (tests use it to script answers; the page
 * then shows mode "mock" with no mock server). Returns `{ url, mode, mockUrl, mock, close }`.
 */
export async function startDemoServer({ host = "127.0.0.1", port = 8787, env = process.env, dintero: injected } = {}) {
  const mode = injected ? { kind: "mock" } : modeFromEnv(env);
  const api = injected ? {} : loadPackage();
  let mock = null;
  let clientOptions;
  let callbacks = null;
  if (injected) {
    clientOptions = null;
  } else if (mode.kind === "mock") {
    const { startMockDintero } = await loadMock();
    const signatureSecret = randomBytes(24).toString("base64url");
    mock = await startMockDintero({ host, port: 0, accountId: MOCK_ACCOUNT_ID, signatureSecret });
    callbacks = createCallbackDesk({ api, accountId: MOCK_ACCOUNT_ID, secret: signatureSecret });
    clientOptions = { accountId: mock.accountId, clientId: mock.clientId, clientSecret: mock.clientSecret, baseUrl: mock.url };
  } else {
    clientOptions = { accountId: mode.accountId, clientId: mode.clientId, clientSecret: mode.clientSecret };
    if (mode.baseUrl) clientOptions.baseUrl = mode.baseUrl;
  }
  const dintero = injected ?? new api.DinteroClient(clientOptions);

  const context = { api, dintero, mode, mock, mockUrl: mock ? mock.url : null, origin: "", callbacks };
  const server = http.createServer((req, res) => {
    handle(req, res, context).catch((error) => {
      console.error("demo: unexpected error", error);
      if (!res.headersSent) sendJson(res, 500, { error: { name: "Error", code: "demo_server_error", message: "unexpected error in the demo server" } });
      else res.destroy();
    });
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  context.origin = url;

  return {
    url,
    mode: mode.kind,
    mockUrl: context.mockUrl,
    /** The embedded mock Dintero (mock mode only), e.g. for tests to inspect what it recorded. */
    mock,
    async close() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(() => ok()));
      if (mock) await mock.close();
    },
  };
}

async function handle(req, res, context) {
  const url = new URL(req.url, "http://demo.invalid");
  const route = `${req.method} ${url.pathname}`;
  if (context.callbacks && (await context.callbacks.handle(req, res, url, context.origin))) return;

  if (route === "GET /api/config") return sendJson(res, 200, publicConfig(context));
  if (route === "POST /api/sessions") return createSession(req, res, context);
  if (route === "GET /api/payment-token") return readPaymentToken(url, res, context);
  if (route === "POST /api/charge") return cardAction(chargeCard, req, res, context);
  if (route === "POST /api/delete-card") return cardAction(deleteCard, req, res, context);
  if (url.pathname.startsWith("/api/")) return sendJson(res, 404, errorBody("not_found", `no API route ${route}`));

  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" });
    return res.end();
  }
  if (Object.hasOwn(PAGE_FILES, url.pathname)) return sendFile(req, res, join(here, PAGE_FILES[url.pathname]));
  if (url.pathname.startsWith("/pkg/dist/")) {
    const file = safeJoin(pkgDist, url.pathname.slice("/pkg/dist/".length));
    if (file) return sendFile(req, res, file);
  }
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  res.end("not found\n");
}

/** What the page may know: the mode, the account id and the return URL; never the client id or secret. */
function publicConfig({ mode, mockUrl, origin, api }) {
  return {
    mode: mode.kind,
    accountId: mode.kind === "mock" ? MOCK_ACCOUNT_ID : mode.accountId,
    mockUrl,
    returnUrl: `${origin}/return`,
    packageVersion: packageVersion(),
    exports: Object.keys(api).sort(),
  };
}

let cachedVersion;
function packageVersion() {
  if (cachedVersion === undefined) {
    try {
      cachedVersion = createRequire(join(pkgDir, "package.json"))("./package.json").version;
    } catch {
      cachedVersion = null;
    }
  }
  return cachedVersion;
}

async function createSession(req, res, { dintero, callbacks, origin }) {
  let body;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    return sendJson(res, 400, errorBody("invalid_demo_request", error.message));
  }
  if (!body || typeof body !== "object" || !("request" in body)) {
    return sendJson(res, 400, errorBody("invalid_demo_request", "expected a JSON object { request, includeSession }"));
  }
  try {
    const request = callbacks ? callbacks.withCallbackUrl(body.request, origin) : body.request;
    const created = await dintero.createPaymentTokenSession(request, { includeSession: body.includeSession === true });
    // The body is Dintero's answer as is; how it was obtained (request id, attempts) rides along
    // in a header, as `lastResponse` rides along the result without being part of its JSON.
    return sendJson(res, 201, created, lastResponseHeader(created?.lastResponse));
  } catch (error) {
    return sendJson(res, statusFor(error), { error: describeError(error) });
  }
}

async function readPaymentToken(url, res, { dintero }) {
  const transactionId = url.searchParams.get("transaction_id");
  if (!transactionId) return sendJson(res, 400, errorBody("invalid_demo_request", "the transaction_id query parameter is required"));
  try {
    const result = await dintero.getPaymentToken(transactionId);
    return sendJson(res, 200, { transactionId, result });
  } catch (error) {
    return sendJson(res, statusFor(error), { error: describeError(error) });
  }
}

/** Runs a card step of card-actions.mjs on the request's JSON body. */
async function cardAction(action, req, res, context) {
  try {
    const { status, body } = await action(await readJsonBody(req), context);
    return sendJson(res, status, body);
  } catch (error) {
    return sendJson(res, statusFor(error), { error: describeError(error) });
  }
}

/** 422 for errors of the request itself (nothing was sent), 502 for everything that came from upstream. */
function statusFor(error) {
  if (error && error.name === "DinteroValidationError") return 422;
  return 502;
}

/**
 * A thrown error as JSON for the page: its class name, code and message and its own public fields
 * (`issues`, `status`, `requestId`, ...). Stack traces and causes stay on the server.
 */
export function describeError(error) {
  if (!(error instanceof Error)) return { name: "Error", code: "unknown_error", message: String(error) };
  const described = { name: error.name, code: error.code ?? null, message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (key === "stack" || key === "cause" || key in described) continue;
    const json = toJsonSafe(value);
    if (json !== undefined) described[key] = json;
  }
  if (!described.code) console.error("demo: unexpected error", error);
  return described;
}

function toJsonSafe(value) {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorBody(code, message) {
  return { error: { name: "DemoServerError", code, message } };
}

async function readJsonBody(req) {
  const type = req.headers["content-type"] || "";
  if (!/^application\/json\b/i.test(type)) throw new Error("the body must be application/json");
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error(`the body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    throw new Error(`the body is not valid JSON: ${error.message}`);
  }
}

/** `base` + the URL-encoded relative `path`, or null when it would leave `base`. */
function safeJoin(base, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const full = resolve(base, decoded);
  return full.startsWith(base + sep) ? full : null;
}

async function sendFile(req, res, file) {
  let info;
  try {
    info = await stat(file);
  } catch {
    info = null;
  }
  if (!info || !info.isFile()) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    return res.end("not found\n");
  }
  const type = file.endsWith(".d.ts") ? CONTENT_TYPES[".d.ts"] : CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
  const body = await readFile(file);
  res.writeHead(200, {
    "content-type": type,
    "content-length": body.length,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The header the page reads the request id and attempt count of a created session from. */
export const LAST_RESPONSE_HEADER = "x-dintero-last-response";

/** `{ [LAST_RESPONSE_HEADER]: JSON }` (ASCII-only) for a result's `lastResponse`, or no header. */
function lastResponseHeader(lastResponse) {
  if (!lastResponse || typeof lastResponse !== "object") return {};
  const { requestId = null, status = null, attempts = null } = lastResponse;
  const json = JSON.stringify({ requestId, status, attempts }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return { [LAST_RESPONSE_HEADER]: json };
}

function sendJson(res, status, value, headers = {}) {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": body.length,
    "cache-control": "no-store",
  });
  res.end(body);
}

async function main() {
  const port = process.env.PORT === undefined || process.env.PORT === "" ? 8787 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const demo = await startDemoServer({ port });
  const against = demo.mode === "mock" ? `the embedded mock Dintero (${demo.mockUrl})` : "Dintero";
  console.log(`dintero-payment-token demo, talking to ${against}\n\n  Open ${demo.url}/\n`);
  const stop = async () => {
    await demo.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`demo: ${error.message}`);
    process.exit(1);
  });
}
