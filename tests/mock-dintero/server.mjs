// A small, dependency-free mock of the Dintero Checkout API, for tests and the demo.
//
//   import { startMockDintero } from "./tests/mock-dintero/server.mjs";
//   const mock = await startMockDintero();            // { host = "127.0.0.1", port = 0 (any free port) }
//   const client = new DinteroClient({ accountId: mock.accountId, clientId: mock.clientId,
//                                      clientSecret: mock.clientSecret, baseUrl: mock.url });
//   ...
//   mock.requests            // every request received: { method, path, query, headers, body, json, fault, requestId }
//   mock.setFaults([{ endpoint: "session", type: "error", status: 500 }])   // see FAULTS below
//   await mock.close();
//
// Endpoints (the subset of https://checkout.dintero.com/v1 the package uses, plus a hosted page):
//   POST /v1/accounts/{aid}/auth/token   HTTP Basic client credentials + {"grant_type":"client_credentials","audience":...}
//   POST /v1/sessions/payment-token      Bearer token; JSON body checked for the required fields;
//                                        ?include_session=true adds `session` to the answer
//   GET  /v1/transactions/{id}           Bearer token; `?includes=card.payment_token&includes=card.recurrence_token`
//                                        decide which card tokens are included
//   POST /v1/sessions/pay, GET /v1/transactions?merchant_reference=…, DELETE /v1/card-tokens/{id}
//                                        charges of a stored token and token deletion, with a ledger and
//                                        faults after a charge is recorded: see charges.mjs
//   GET  /v1/view/{session id}           a minimal "register your card" page; submitting it creates a transaction
//                                        and redirects (303) to the session's return_url with
//                                        ?transaction_id=...&merchant_reference=... (or ?error=cancelled&...),
//                                        after calling the session's callback_url (signed with `signatureSecret`
//                                        when given; see callbacks.mjs), recorded in `callbacks`
// Every answer carries a `request-id` header. Errors use Dintero's shape {"error":{"code","message","errors"}}.
// The mock never writes to the console.
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import { deliverCallback, deliverWebhook } from "./callbacks.mjs";
import { chargeEndpoints } from "./charges.mjs";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A random base62 string of `length` characters. */
function randomId(length = 22) {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += BASE62[b % 62];
  return out;
}

/**
 * Faults, consumed in order for the endpoint they name (`endpoint`: "token", "session",
 * "transaction", "view" or "*"; default "session"); each applies `times` times (default 1):
 *   { type: "error", status, body?, contentType?, headers? }   any error status, Dintero-shaped JSON body by default
 *   { type: "html", status = 502 }                             an HTML error page (as a proxy would send)
 *   { type: "rate-limit", retryAfter = "1" }                   429 with Retry-After (seconds or an HTTP-date)
 *   { type: "slow", delayMs }                                  answers normally, after delayMs
 *   { type: "drop" }                                           destroys the socket without answering
 *   { type: "malformed-json" }                                 200 with a truncated JSON body
 *   { type: "expired-token" }                                  401 and the bearer token used is revoked
 *   { type: "pass" }                                           answers normally (orders faults across calls)
 *   { type: "raw", status = 200, body, contentType? }          answers exactly `body` (a string), e.g. a recorded answer
 */
export const FAULT_TYPES = ["error", "html", "rate-limit", "slow", "drop", "malformed-json", "expired-token", "pass", "raw"];

/**
 * Starts the mock on `host`:`port` (port 0 picks a free one).
 * @returns {Promise<{url: string, accountId: string, clientId: string, clientSecret: string,
 *   requests: object[], sessions: Map<string, object>, transactions: Map<string, object>,
 *   setFaults(faults: object[]): void, pendingFaults(): object[], issuedTokens(): string[], close(): Promise<void>}>}
 */
export async function startMockDintero({
  host = "127.0.0.1",
  port = 0,
  accountId = "T11223344",
  clientId = "mock-client-id",
  clientSecret = `mock-secret-${randomId(16)}`,
  tokenLifetimeSeconds = 3600,
  signatureSecret = null,
} = {}) {
  const callbacks = [];
  const requests = [];
  const sessions = new Map();
  const transactions = new Map();
  const tokens = new Set();
  const issued = [];
  let faults = [];
  let url = "";
  const charging = chargeEndpoints({ accountId, transactions, randomId, send, authorized: (req) => authorized(req) });

  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      handle(req, res, body).catch((error) => {
        if (!res.headersSent) send(res, 500, { error: { code: "MOCK_FAILURE", message: String(error && error.message) } });
      });
    });
  });

  async function handle(req, res, body) {
    const parsed = new URL(req.url, "http://mock.invalid");
    const route = routeOf(req.method, parsed.pathname);
    let json;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    const entry = {
      method: req.method,
      path: parsed.pathname,
      query: queryObject(parsed.searchParams),
      headers: { ...req.headers },
      body,
      json,
      endpoint: route.endpoint,
      fault: null,
      at: Date.now(),
    };
    requests.push(entry);
    entry.requestId = `mock-${randomId(12)}`;
    res.setHeader("request-id", entry.requestId);

    const fault = takeFault(route.endpoint);
    if (fault) {
      entry.fault = fault.type;
      const handled = await applyFault(fault, req, res);
      if (handled) return;
    }
    return route.handler(req, res, { body, json, url: parsed, params: route.params, entry });
  }

  function routeOf(method, path) {
    const charge = charging.route(method, path);
    if (charge) return charge;
    let m;
    if (method === "POST" && (m = path.match(/^\/v1\/accounts\/([^/]+)\/auth\/token$/))) {
      return { endpoint: "token", handler: tokenEndpoint, params: { aid: decodeURIComponent(m[1]) } };
    }
    if (method === "POST" && path === "/v1/sessions/payment-token") return { endpoint: "session", handler: sessionEndpoint, params: {} };
    if (method === "GET" && (m = path.match(/^\/v1\/transactions\/([^/]+)$/))) {
      return { endpoint: "transaction", handler: transactionEndpoint, params: { id: decodeURIComponent(m[1]) } };
    }
    if ((m = path.match(/^\/v1\/view\/([^/]+)$/))) {
      const params = { id: decodeURIComponent(m[1]) };
      if (method === "GET") return { endpoint: "view", handler: viewPage, params };
      if (method === "POST") return { endpoint: "view", handler: viewSubmit, params };
    }
    return { endpoint: "other", handler: notFound, params: {} };
  }

  function takeFault(endpoint) {
    const index = faults.findIndex((f) => f.endpoint === endpoint || f.endpoint === "*");
    if (index < 0) return null;
    const fault = faults[index];
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.splice(index, 1);
    return fault;
  }

  /** Applies a fault; returns true when it answered (or dropped) the request. */
  async function applyFault(fault, req, res) {
    switch (fault.type) {
      case "error": {
        const status = fault.status ?? 500;
        const payload = fault.body ?? JSON.stringify({ error: { code: `MOCK_${status}`, message: `mock fault: HTTP ${status}` } });
        res.writeHead(status, { "content-type": fault.contentType ?? "application/json", ...(fault.headers ?? {}) });
        res.end(payload);
        return true;
      }
      case "html":
        res.writeHead(fault.status ?? 502, { "content-type": "text/html" });
        res.end("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
        return true;
      case "rate-limit":
        res.writeHead(429, { "content-type": "application/json", "retry-after": String(fault.retryAfter ?? "1") });
        res.end(JSON.stringify({ error: { code: "TOO_MANY_REQUESTS", message: "rate limited (mock)" } }));
        return true;
      case "slow":
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, fault.delayMs ?? 1000);
          res.on("close", () => {
            clearTimeout(timer);
            resolve();
          });
        });
        if (res.destroyed || res.writableEnded) return true;
        return false;
      case "drop":
        req.socket.destroy();
        return true;
      case "malformed-json":
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"id": "T11223344.truncated", "url": ');
        return true;
      case "expired-token": {
        const token = bearerOf(req);
        if (token) tokens.delete(token);
        send(res, 401, { error: { code: "TOKEN_EXPIRED", message: "the access token has expired (mock)" } });
        return true;
      }
      case "pass":
        return false;
      case "raw":
        res.writeHead(fault.status ?? 200, { "content-type": fault.contentType ?? "application/json; charset=utf-8" });
        res.end(fault.body);
        return true;
      default:
        throw new Error(`unknown mock fault type ${fault.type}`);
    }
  }

  function tokenEndpoint(req, res, { json, params }) {
    const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
    if (params.aid !== accountId) return send(res, 404, { error: { code: "NOT_FOUND", message: `unknown account ${params.aid}` } });
    if (req.headers.authorization !== expected) {
      return send(res, 401, { error: { code: "invalid_client", message: "client authentication failed" } });
    }
    if (!isJson(req)) return send(res, 415, { error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "expected application/json" } });
    const audience = `https://api.dintero.com/v1/accounts/${accountId}`;
    if (!json || json.grant_type !== "client_credentials" || json.audience !== audience) {
      return send(res, 400, {
        error: { code: "invalid_request", message: `expected {"grant_type":"client_credentials","audience":"${audience}"}` },
      });
    }
    const token = `mock-token-${randomId(32)}`;
    tokens.add(token);
    issued.push(token);
    send(res, 200, { access_token: token, token_type: "Bearer", expires_in: tokenLifetimeSeconds });
  }

  function sessionEndpoint(req, res, { json, url: parsed }) {
    if (!authorized(req)) return send(res, 401, { error: { code: "UNAUTHORIZED", message: "missing or invalid bearer token" } });
    if (!isJson(req)) return send(res, 415, { error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "expected application/json" } });
    const errors = shapeErrors(json);
    if (errors.length) return send(res, 400, { error: { code: "BAD_REQUEST", message: "the request body is invalid", errors } });
    const id = `${accountId}.${randomId(22)}`;
    const createdAt = new Date().toISOString();
    const session = {
      id,
      created_at: createdAt,
      expires_at: json.session.expires_at ?? new Date(Date.now() + 86400000).toISOString(),
      order: json.session.order,
      url: json.session.url,
      customer: json.session.customer,
      configuration: json.session.configuration ?? {},
      metadata: json.session.metadata,
      payment_operation: "generate_payment_token",
      token_provider: json.token_provider,
      events: [{ id: randomId(12), name: "INITIATED", created_at: createdAt }],
    };
    sessions.set(id, session);
    const answer = { id, url: `${url}/v1/view/${id}`, publish: [] };
    if (parsed.searchParams.get("include_session") === "true") answer.session = session;
    send(res, 200, answer);
  }

  function transactionEndpoint(req, res, { url: parsed, params }) {
    if (!authorized(req)) return send(res, 401, { error: { code: "UNAUTHORIZED", message: "missing or invalid bearer token" } });
    const transaction = transactions.get(params.id);
    if (!transaction) return send(res, 404, { error: { code: "NOT_FOUND", message: `transaction ${params.id} not found` } });
    const includes = parsed.searchParams.getAll("includes");
    const card = { ...transaction.card };
    if (!includes.includes("card.payment_token")) delete card.payment_token;
    if (!includes.includes("card.recurrence_token")) delete card.recurrence_token;
    send(res, 200, { ...transaction, card });
  }

  function viewPage(req, res, { params }) {
    const session = sessions.get(params.id);
    if (!session) return sendHtml(res, 404, "<h1>Session not found</h1>");
    sendHtml(
      res,
      200,
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Register your card (mock Dintero)</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin:.75rem 0 .25rem}input{width:100%;padding:.5rem;font-size:1rem}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem}.muted{color:#666;font-size:.9rem}</style></head>
<body><h1>Register your card</h1>
<p class="muted">Mock Dintero checkout — session <code>${escapeHtml(session.id)}</code>,
order <code>${escapeHtml(session.order.merchant_reference)}</code>, tokens: ${escapeHtml(session.token_provider.token_types.join(", "))}</p>
<form method="post" action="/v1/view/${encodeURIComponent(session.id)}">
<label for="card">Card number</label><input id="card" name="card_number" value="4111 1111 1111 1111" autocomplete="off">
<label for="expiry">Expiry (MM/YYYY)</label><input id="expiry" name="expiry" value="12/2030">
<button type="submit" name="action" value="register">Register card</button>
<button type="submit" name="action" value="cancel">Cancel</button>
</form></body></html>`,
    );
  }

  async function viewSubmit(req, res, { body, params }) {
    const session = sessions.get(params.id);
    if (!session) return sendHtml(res, 404, "<h1>Session not found</h1>");
    const form = new URLSearchParams(body);
    const target = new URL(session.url.return_url);
    if (form.get("action") === "cancel") {
      target.searchParams.set("error", "cancelled");
    } else {
      const digits = (form.get("card_number") ?? "").replace(/\D/g, "") || "4111111111111111";
      const types = session.token_provider.token_types ?? [];
      const id = `${accountId}.${randomId(22)}`;
      transactions.set(id, {
        id,
        session_id: session.id,
        created_at: new Date().toISOString(),
        payment_product: session.token_provider.payment_product_type.split(".")[0],
        payment_product_type: session.token_provider.payment_product_type,
        payment_operation: "generate_payment_token",
        amount: 0,
        currency: session.order.currency,
        merchant_reference: session.order.merchant_reference,
        status: "AUTHORIZED",
        customer: session.customer,
        card: {
          brand: digits.startsWith("5") ? "MasterCard" : "Visa",
          masked_pan: `${digits.slice(0, 6)}******${digits.slice(-4)}`,
          expiry_date: form.get("expiry") ?? "12/2030",
          type: "Credit Card",
          ...(types.includes("payment_token") ? { payment_token: `pt_${randomId(24)}`, payment_token_id: randomId(40) } : {}),
          ...(types.includes("recurrence_token") ? { recurrence_token: `rt_${randomId(24)}`, recurrence_token_id: randomId(40) } : {}),
        },
        url: { redirect_url: session.url.return_url, callback_url: session.url.callback_url },
        events: [{ event: "INITIATE", transaction_status: "AUTHORIZED", created_at: new Date().toISOString(), success: true }],
      });
      session.transaction_id = id;
      target.searchParams.set("transaction_id", id);
    }
    target.searchParams.set("merchant_reference", session.order.merchant_reference);
    if (session.url.callback_url) {
      const transaction = session.transaction_id ? transactions.get(session.transaction_id) : null;
      const error = form.get("action") === "cancel" ? "cancelled" : null;
      if (transaction || new URL(session.url.callback_url).searchParams.get("report_error") === "true") {
        const { merchant_reference: merchantReference } = session.order;
        callbacks.push(await deliverCallback({ callbackUrl: session.url.callback_url, secret: signatureSecret, accountId, transaction, sessionId: session.id, merchantReference, error }));
      }
    }
    res.writeHead(303, { location: target.toString() });
    res.end();
  }

  function notFound(req, res) {
    send(res, 404, { error: { code: "NOT_FOUND", message: `no mock route for ${req.method} ${req.url}` } });
  }

  function authorized(req) {
    const token = bearerOf(req);
    return token !== null && tokens.has(token);
  }

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const hostPart = address.family === "IPv6" ? `[${address.address}]` : address.address;
  url = `http://${hostPart}:${address.port}`;

  return {
    url,
    accountId,
    clientId,
    clientSecret,
    requests,
    sessions,
    transactions,
    /** Every callback_url call made: `{ url, method, status, headers }` (see callbacks.mjs). */
    callbacks,
    /** POSTs a webhook delivery signed with `secret` (see callbacks.mjs `deliverWebhook`). */
    deliverWebhook,
    /** The charge ledger and controls (see charges.mjs): charges, cardTries, declineToken, setAfterChargeFaults. */
    charging,
    /** Replaces the fault queue (see FAULT_TYPES). */
    setFaults(list) {
      faults = list.map((f) => {
        if (!FAULT_TYPES.includes(f.type)) throw new Error(`unknown mock fault type ${f.type}`);
        return { endpoint: "session", times: 1, ...f, remaining: f.times ?? 1 };
      });
    },
    /** Faults not consumed yet. */
    pendingFaults() {
      return faults.map(({ remaining, ...f }) => ({ ...f, remaining }));
    },
    /** Every access token issued so far (for leak checks). */
    issuedTokens() {
      return [...issued];
    },
    /** Grants a valid bearer token without the token endpoint (for accessToken clients). */
    grantToken(token = `mock-token-${randomId(32)}`) {
      tokens.add(token);
      issued.push(token);
      return token;
    },
    /** Simulates the card registration of the hosted page and returns the transaction id. */
    async completeSession(sessionId, { cancel = false } = {}) {
      const response = await fetch(`${url}/v1/view/${encodeURIComponent(sessionId)}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ action: cancel ? "cancel" : "register", card_number: "4111111111111111" }),
        redirect: "manual",
      });
      const location = new URL(response.headers.get("location"));
      return { location: location.toString(), transactionId: location.searchParams.get("transaction_id") };
    },
    /** Stops the server, closing keep-alive connections. */
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function bearerOf(req) {
  const header = req.headers.authorization ?? "";
  return header.startsWith("Bearer ") ? header.slice(7) : null;
}

function isJson(req) {
  return /^application\/json\b/i.test(req.headers["content-type"] ?? "");
}

/** The required fields of a payment token session body, as Dintero-style nested errors. */
function shapeErrors(json) {
  const errors = [];
  const need = (ok, path, message) => {
    if (!ok) errors.push({ path, message });
  };
  const isString = (v) => typeof v === "string" && v.length > 0;
  need(json && typeof json === "object" && !Array.isArray(json), "", "body must be a JSON object");
  if (errors.length) return errors;
  const { session, token_provider: provider } = json;
  need(session && typeof session === "object", "session", "is required");
  need(provider && typeof provider === "object", "token_provider", "is required");
  if (session && typeof session === "object") {
    need(isString(session.order?.currency), "session.order.currency", "is required");
    need(isString(session.order?.merchant_reference), "session.order.merchant_reference", "is required");
    need(isString(session.url?.return_url), "session.url.return_url", "is required");
  }
  if (provider && typeof provider === "object") {
    need(isString(provider.payment_product_type), "token_provider.payment_product_type", "is required");
    need(Array.isArray(provider.token_types) && provider.token_types.length > 0, "token_provider.token_types", "is required");
  }
  return errors;
}

function queryObject(searchParams) {
  const out = {};
  for (const [key, value] of searchParams) (out[key] ??= []).push(value);
  return out;
}

function send(res, status, payload) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}

function sendHtml(res, status, html) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(html);
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
