// The mock's charge side (imported by server.mjs): merchant-initiated charges of a stored card
// token and card-token deletion, with a ledger of every charge so tests can prove that no fault
// sequence charges twice.
//
//   POST   /v1/sessions/pay                      Bearer; `Dintero-Feature-Toggles` duplicate rules:
//                                                strict-merchant-reference refuses any second session with the
//                                                same merchant_reference (400), strict-success-merchant-reference
//                                                only one whose charge was authorized; without a toggle any repeat
//                                                charges again. Answers the transaction (AUTHORIZED, or FAILED
//                                                with events[].error for a declining card), HTTP 200 either way.
//   GET    /v1/transactions?merchant_reference=  Bearer; the transactions of that reference (an array)
//   DELETE /v1/card-tokens/{id}                  Bearer; id = card.payment_token_id / recurrence_token_id of a
//                                                registered card; optional {reason (<= 128), requestor}
//   POST   /__mock/charges                       test control (no auth): {declines: {<token>: error}, before: [fault],
//                                                after: [fault]} (so a test in another runtime drives the faults too)
//   GET    /__mock/charges?merchant_reference=   test control: {charges, authorized, cardTries}
//
// Faults after a charge (or a decline) is recorded, consumed in order by the pay endpoint:
//   "reset" (socket destroyed), "503", "slow" (answers after `delayMs`, default 5000), "cut" (half the body,
//   then the socket is destroyed). Faults before recording (nothing is charged): "401", "429" (Retry-After: 0).

/** The after-recording fault types. */
export const AFTER_CHARGE_FAULTS = ["reset", "503", "slow", "cut"];

/**
 * The charge endpoints over the server's `transactions` map.
 * @param {{ accountId: string, transactions: Map<string, object>, randomId: (n?: number) => string,
 *   send: Function, authorized: (req) => boolean }} server
 */
export function chargeEndpoints({ accountId, transactions, randomId, send, authorized }) {
  /** Every pay session accepted: { merchantReference, transactionId, token, status }. */
  const charges = [];
  /** token -> event error object, for cards that decline. */
  const declines = new Map();
  /** How many times each token was presented to the acquirer. */
  const cardTries = new Map();
  /** Faults to apply after recording, and before it. */
  let after = [];
  let before = [];
  const deleted = new Set();

  function route(method, path) {
    let m;
    if (method === "POST" && path === "/v1/sessions/pay") return { endpoint: "pay", handler: pay, params: {} };
    if (method === "GET" && path === "/v1/transactions") return { endpoint: "transactions", handler: list, params: {} };
    if (method === "DELETE" && (m = path.match(/^\/v1\/card-tokens\/([^/]+)$/))) {
      return { endpoint: "card-token", handler: deleteToken, params: { id: decodeURIComponent(m[1]) } };
    }
    if (path === "/__mock/charges") return { endpoint: "control", handler: control, params: {} };
    return null;
  }

  const unauthorized = (res) => send(res, 401, { error: { code: "UNAUTHORIZED", message: "missing or invalid bearer token" } });

  function pay(req, res, { json }) {
    if (!authorized(req)) return unauthorized(res);
    const early = before.shift();
    if (early === "401") return unauthorized(res);
    if (early === "429") {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
      return res.end(JSON.stringify({ error: { code: "TOO_MANY_REQUESTS", message: "rate limited (mock)" } }));
    }
    const order = json?.session?.order;
    const reference = order?.merchant_reference;
    const productType = json?.payment?.payment_product_type;
    const token = json?.session?.customer?.tokens?.[productType];
    const cardToken = token?.payment_token ?? token?.recurrence_token;
    if (typeof reference !== "string" || !Number.isInteger(order?.amount) || typeof cardToken !== "string") {
      return send(res, 400, { error: { code: "BAD_REQUEST", message: "order.amount, order.merchant_reference and a token are required" } });
    }
    const toggles = String(req.headers["dintero-feature-toggles"] ?? "").split(",").map((t) => t.trim());
    const same = charges.filter((c) => c.merchantReference === reference);
    const duplicate = toggles.includes("strict-merchant-reference")
      ? same.length > 0
      : toggles.includes("strict-success-merchant-reference") && same.some((c) => c.status === "AUTHORIZED");
    if (duplicate) {
      return send(res, 400, { error: { code: "DUPLICATE_MERCHANT_REFERENCE", message: `merchant_reference ${reference} was used before` } });
    }
    cardTries.set(cardToken, (cardTries.get(cardToken) ?? 0) + 1);
    const error = deleted.has(cardToken) ? { code: "TOKEN_DELETED", message: "the card token was deleted", type: "DO_NOT_RETRY" } : declines.get(cardToken);
    const id = `${accountId}.${randomId(22)}`;
    const now = new Date().toISOString();
    const status = error ? "FAILED" : json.session?.configuration?.auto_capture ? "CAPTURED" : "AUTHORIZED";
    const transaction = {
      id,
      session_id: `${accountId}.${randomId(22)}`,
      created_at: now,
      merchant_reference: reference,
      amount: order.amount,
      currency: order.currency,
      payment_product: productType.split(".")[0],
      payment_product_type: productType,
      payment_operation: json.payment.operation,
      status,
      success: !error,
      actions: [{ source: "MOCK", code: error ? "DECLINED" : "AUTHORIZED", type: error ? "error" : "success" }],
      events: [
        { event: "INITIATE", transaction_status: "INITIATED", created_at: now, success: true },
        error
          ? { event: "AUTHORIZE", transaction_status: "FAILED", created_at: now, success: false, error }
          : { event: "AUTHORIZE", transaction_status: "AUTHORIZED", created_at: now, success: true, amount: order.amount },
      ],
    };
    transactions.set(id, transaction);
    charges.push({ merchantReference: reference, transactionId: id, token: cardToken, status: error ? "FAILED" : "AUTHORIZED" });
    const fault = after.shift();
    const body = JSON.stringify(transaction);
    switch (fault?.type) {
      case "reset":
        return req.socket.destroy();
      case "503":
        return send(res, 503, { error: { code: "SERVICE_UNAVAILABLE", message: "mock fault after the charge" } });
      case "slow": {
        const timer = setTimeout(() => res.destroyed || send(res, 200, transaction), fault.delayMs ?? 5000);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "cut":
        res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
        res.write(body.slice(0, Math.floor(body.length / 2)));
        return setTimeout(() => req.socket.destroy(), 20);
      default:
        return send(res, 200, transaction);
    }
  }

  function list(req, res, { url }) {
    if (!authorized(req)) return unauthorized(res);
    const reference = url.searchParams.get("merchant_reference");
    const found = [...transactions.values()].filter((t) => reference === null || t.merchant_reference === reference);
    send(res, 200, found);
  }

  function deleteToken(req, res, { json, params }) {
    if (!authorized(req)) return unauthorized(res);
    const { reason, requestor } = json ?? {};
    if ((reason !== undefined && (typeof reason !== "string" || reason.length > 128)) || (requestor !== undefined && !["CARDHOLDER", "MERCHANT"].includes(requestor))) {
      return send(res, 400, { error: { code: "BAD_REQUEST", message: "reason must be <= 128 characters, requestor CARDHOLDER or MERCHANT" } });
    }
    const tx = [...transactions.values()].find((t) => t.card && (t.card.payment_token_id === params.id || t.card.recurrence_token_id === params.id));
    if (!tx) return send(res, 404, { error: { code: "NOT_FOUND", message: `card token ${params.id} not found` } });
    const token = tx.card.payment_token_id === params.id ? tx.card.payment_token : tx.card.recurrence_token;
    deleted.add(token);
    const now = new Date().toISOString();
    send(res, 200, {
      id: params.id,
      type: tx.card.payment_token_id === params.id ? "payment_token" : "recurrence_token",
      status: "DELETED",
      card_brand: String(tx.card.brand ?? "visa").toLowerCase(),
      account_id: accountId,
      payment_product_type: tx.payment_product_type,
      masked_pan: tx.card.masked_pan,
      pan_expiry_date: tx.card.expiry_date,
      transaction_id: tx.id,
      created_at: tx.created_at,
      updated_at: now,
      deleted_at: now,
      deleted_by: requestor ?? "MERCHANT",
      deletion_reason: reason,
    });
  }

  function control(req, res, { json, url }) {
    if (req.method === "POST") {
      for (const [token, error] of Object.entries(json?.declines ?? {})) declines.set(token, error);
      after = (json?.after ?? []).map((f) => (typeof f === "string" ? { type: f } : f));
      before = [...(json?.before ?? [])];
      for (const f of after) if (!AFTER_CHARGE_FAULTS.includes(f.type)) return send(res, 400, { error: { message: `unknown fault ${f.type}` } });
      return send(res, 200, { ok: true });
    }
    const reference = url.searchParams.get("merchant_reference");
    const mine = charges.filter((c) => c.merchantReference === reference);
    send(res, 200, {
      charges: mine.length,
      authorized: mine.filter((c) => c.status === "AUTHORIZED").length,
      cardTries: mine.length ? (cardTries.get(mine[0].token) ?? 0) : 0,
      pendingFaults: after.length + before.length,
    });
  }

  return {
    route,
    charges,
    cardTries,
    deleted,
    /** Makes `token` decline with `error` (an events[].error object). */
    declineToken(token, error) {
      declines.set(token, error);
    },
    /** Queues faults applied after the next charges are recorded. */
    setAfterChargeFaults(list) {
      after = list.map((f) => (typeof f === "string" ? { type: f } : f));
    },
  };
}
