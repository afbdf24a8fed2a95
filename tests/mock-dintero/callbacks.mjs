// What the mock Dintero sends to the merchant after the shopper: signed `callback_url` calls and
// webhook deliveries, computed with node:crypto exactly as Dintero documents them (lifecycle.md
// sections 1-3), independently of the package under test.
//
//   signCallbackUrl({ secret, accountId, method, url, timestamp })  -> "t=…,v0-hmac-sha256=…"
//   await deliverCallback({ callbackUrl, secret, accountId, transaction, sessionId })
//   await deliverWebhook({ url, secret, event, payload })
import { createHmac, randomUUID } from "node:crypto";

/** The `Dintero-Signature` of a call to `url` (Dintero's published algorithm). */
export function signCallbackUrl({ secret, accountId, method = "GET", url, timestamp = Math.floor(Date.now() / 1000) }) {
  const { hostname, pathname, searchParams } = new URL(url);
  searchParams.sort();
  const payload = `${timestamp}\n${accountId}\n${method}\n${hostname}\n${pathname}\n${searchParams.toString()}`;
  return `t=${timestamp},v0-hmac-sha256=${createHmac("sha256", secret).update(payload, "utf8").digest("hex")}`;
}

/** `callbackUrl` with the parameters Dintero appends for a completed (or failed) session. */
export function callbackUrlFor(callbackUrl, { transaction, sessionId, merchantReference, error }) {
  const url = new URL(callbackUrl);
  const sidName = url.searchParams.get("sid_parameter_name") === "sid" ? "sid" : "session_id";
  if (transaction) url.searchParams.set("transaction_id", transaction.id);
  url.searchParams.set(sidName, sessionId);
  url.searchParams.set("merchant_reference", merchantReference);
  url.searchParams.set("time", transaction?.created_at ?? new Date().toISOString());
  if (error) url.searchParams.set("error", error);
  return url.toString();
}

/**
 * Calls the session's callback_url as Dintero does: GET (or POST with the transaction as JSON
 * when the URL has `method=POST`), with `Dintero-Signature` when a secret is set and an
 * `event-delivery` id. Resolves to `{ url, method, status, headers }` (status 0: not reachable).
 */
export async function deliverCallback({ callbackUrl, secret, accountId, transaction, sessionId, merchantReference, error, timeoutMs = 5000 }) {
  const url = callbackUrlFor(callbackUrl, { transaction, sessionId, merchantReference, error });
  const method = new URL(url).searchParams.get("method") === "POST" ? "POST" : "GET";
  const headers = { "event-delivery": randomUUID() };
  if (secret) headers["dintero-signature"] = signCallbackUrl({ secret, accountId, method, url });
  const init = { method, headers, signal: AbortSignal.timeout(timeoutMs) };
  if (method === "POST") {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(transaction ?? {});
  }
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    return { url, method, status: response.status, headers };
  } catch {
    return { url, method, status: 0, headers };
  }
}

/**
 * POSTs a webhook delivery as Dintero's subscriptions do: the JSON body, `event`,
 * `event-delivery` and `event-signature` (HMAC-SHA1 hex of the body's bytes). Resolves to
 * `{ status, body, headers }`.
 */
export async function deliverWebhook({ url, secret, event, payload, deliveryId = randomUUID() }) {
  const body = typeof payload === "string" ? payload : JSON.stringify({ event, event_delivery: deliveryId, ...payload });
  const headers = { "content-type": "application/json", event, "event-delivery": deliveryId };
  if (secret) headers["event-signature"] = createHmac("sha1", Buffer.from(secret)).update(body).digest("hex");
  const response = await fetch(url, { method: "POST", headers, body });
  await response.arrayBuffer();
  return { status: response.status, body, headers };
}
