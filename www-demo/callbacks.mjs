// The demo's callback endpoint: the mock Dintero calls `/callback` (signed with the demo's signature
// secret) after the card is registered; the demo verifies it with `verifyCallback` and keeps what it
// saw, for the result page to show. `POST /api/callbacks/tampered` replays the last genuine callback
// with one parameter changed, to show a forged callback refused.
//
// Real Dintero cannot call 127.0.0.1, so this runs in mock mode only.

/** A callback desk for `api` (the package) and `accountId`, verifying with `secret`. */
export function createCallbackDesk({ api, accountId, secret }) {
  const seen = [];

  /** The session request with the demo's callback_url, unless it has one. */
  function withCallbackUrl(request, origin) {
    const url = request?.session?.url;
    if (!url || typeof url !== "object" || url.callback_url !== undefined) return request;
    return { ...request, session: { ...request.session, url: { ...url, callback_url: `${origin}/callback` } } };
  }

  /** Handles the desk's routes; false for any other. */
  async function handle(req, res, url, origin) {
    if (url.pathname === "/callback" && (req.method === "GET" || req.method === "POST")) {
      await receive(req, res, origin);
      return true;
    }
    if (req.method === "GET" && url.pathname === "/api/callbacks") {
      const id = url.searchParams.get("transaction_id");
      send(res, 200, { callbacks: seen.filter((entry) => entry.transactionId === id).map(({ headers, ...shown }) => shown) });
      return true;
    }
    if (req.method === "POST" && url.pathname === "/api/callbacks/tampered") {
      const id = url.searchParams.get("transaction_id");
      const genuine = seen.findLast((entry) => entry.transactionId === id && entry.verified);
      if (!genuine) {
        send(res, 404, { error: { code: "no_callback", message: "no verified callback for this transaction yet" } });
        return true;
      }
      const forged = new URL(genuine.url);
      forged.searchParams.set("merchant_reference", `${forged.searchParams.get("merchant_reference")}-forged`);
      const answer = await fetch(forged, { headers: genuine.headers });
      send(res, 200, { status: answer.status, refused: seen.at(-1) });
      return true;
    }
    return false;
  }

  /** Verifies one callback; answers 200 at once when genuine (Dintero retries anything else but 4xx). */
  async function receive(req, res, origin) {
    // The public URL Dintero called: behind a proxy this would be the public origin + req.url.
    const publicUrl = `${origin}${req.url}`;
    const transactionId = new URL(publicUrl).searchParams.get("transaction_id");
    const entry = { transactionId, url: publicUrl, method: req.method, receivedAt: new Date().toISOString() };
    try {
      const callback = await api.verifyCallback({ method: req.method, url: publicUrl, headers: req.headers }, { secret, accountId });
      seen.push({ ...entry, verified: true, callback, headers: { "dintero-signature": req.headers["dintero-signature"], "event-delivery": req.headers["event-delivery"] } });
      send(res, 200, { received: true });
    } catch (error) {
      if (!(error instanceof api.DinteroSignatureError)) throw error;
      seen.push({ ...entry, verified: false, error: { name: error.name, code: error.code, message: error.message } });
      send(res, 400, { error: { code: error.code } });
    }
  }

  return { withCallbackUrl, handle, seen };
}

function send(res, status, value) {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": body.length, "cache-control": "no-store" });
  res.end(body);
}
