// Load scenario: createPaymentTokenSession (70%) and getPaymentToken (30%) through one client.
// Faults go to the session and transaction endpoints; the token endpoint is left alone so that
// token requests count expiries only.

const SESSION = "session";

/** A valid request whose merchant_reference names the call (it identifies the body at the proxy). */
function requestFor(i) {
  return {
    session: {
      order: { currency: "NOK", merchant_reference: `load-${i}`, amount: 0 },
      url: { return_url: `https://shop.example/return?order=load-${i}` },
      metadata: { ext_call: i, ext_note: "næring 🙂 \"quoted\"" },
    },
    token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token", "recurrence_token"] },
  };
}

export const sessionScenario = {
  name: "createPaymentTokenSession + getPaymentToken",

  faultable: (endpoint) => endpoint === "session" || endpoint === "transaction",

  /** A few completed sessions, so getPaymentToken has transactions to read. */
  async setup({ mock, client }) {
    const transactionIds = [];
    for (let i = 0; i < 5; i++) {
      // Faults apply to setup too: try until one gets through.
      let created;
      for (let tries = 0; !created; tries++) {
        created = await client.createPaymentTokenSession(requestFor(`setup-${i}`)).catch((error) => {
          if (tries >= 20) throw error;
        });
      }
      const { transactionId } = await mock.completeSession(created.id);
      transactionIds.push(transactionId);
    }
    return { transactionIds };
  },

  call(i, { transactionIds }) {
    if (i % 10 < 7) {
      const request = requestFor(i);
      return {
        run: (client) => client.createPaymentTokenSession(request),
        sends: { key: `load-${i}`, endpoint: SESSION, body: JSON.stringify(request) },
      };
    }
    const id = transactionIds[i % transactionIds.length];
    return { run: (client) => client.getPaymentToken(id) };
  },

  /** The call a session request at the proxy belongs to (its merchant_reference). */
  bodyKey(request) {
    if (request.endpoint !== SESSION) return undefined;
    try {
      const ref = JSON.parse(request.body).session.order.merchant_reference;
      return String(ref).startsWith("load-setup-") ? undefined : ref;
    } catch {
      return "<unparseable>";
    }
  },

  async check({ outcomes, state }) {
    const wrong = outcomes.filter((o) => {
      if (o.error) return false;
      if (o.sends) return typeof o.value.id !== "string" || !o.value.url;
      return !state.transactionIds.includes(o.value.id) || typeof o.value.card?.payment_token !== "string";
    });
    return [{ name: "every success carries the answer of its own call", ok: wrong.length === 0, detail: wrong.slice(0, 3).map((o) => o.i).join(", ") }];
  },
};
