// Load scenario: payWithToken charges through one client, every call with its own
// merchant_reference; one card in ten declines with DO_NOT_RETRY. Faults go to the charge, the
// reference lookup and the transaction read, including `lost-response` (the mock recorded the
// charge, then the answer is lost). The invariant that matters: zero double charges, and a
// declined card is never tried twice for one reference.

const CARD = "load-card-authorizes";
const DECLINING_CARD = "load-card-declines";
const DECLINE = { code: "51", message: "Do not honour (mock)", type: "DO_NOT_RETRY" };

/** A valid charge whose merchant_reference names the call (it identifies the body at the proxy). */
function chargeFor(i) {
  const card = i % 10 === 9 ? DECLINING_CARD : CARD;
  return {
    session: {
      order: {
        amount: 29990,
        currency: "NOK",
        vat_amount: 6000,
        merchant_reference: `load-pay-${i}`,
        items: [{ id: "sub-1", line_id: "1", description: "Monthly plan", quantity: 1, amount: 29990, vat_amount: 6000, vat: 25 }],
      },
      customer: { tokens: { "payex.creditcard": { payment_token: card } } },
      configuration: { auto_capture: true },
    },
    payment: { payment_product_type: "payex.creditcard", operation: "unscheduled_purchase" },
  };
}

/** JSON text with object keys sorted: how the package writes a charge's body (from its model). */
function sortedJson(value) {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${sortedJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const payWithTokenScenario = {
  name: "payWithToken (zero double charges)",

  faultable: (endpoint) => endpoint === "post:sessions" || endpoint === "get:transactions" || endpoint === "transaction",

  async setup({ mock }) {
    mock.charging.declineToken(DECLINING_CARD, DECLINE);
    return {};
  },

  call(i) {
    const request = chargeFor(i);
    return {
      run: (client) => client.payWithToken(request),
      sends: { key: `load-pay-${i}`, endpoint: "post:sessions", body: sortedJson(request) },
    };
  },

  /** The call a charge at the proxy belongs to (its merchant_reference). */
  bodyKey(request) {
    if (request.endpoint !== "post:sessions") return undefined;
    try {
      return JSON.parse(request.body).session.order.merchant_reference;
    } catch {
      return "<unparseable>";
    }
  },

  async check({ mock, outcomes }) {
    const byReference = new Map();
    for (const charge of mock.charging.charges) {
      const list = byReference.get(charge.merchantReference) ?? [];
      list.push(charge);
      byReference.set(charge.merchantReference, list);
    }
    const doubleCharged = [...byReference].filter(([, list]) => list.filter((c) => c.status === "AUTHORIZED").length > 1);
    const triedTwice = [...byReference].filter(([, list]) => list.filter((c) => c.status === "FAILED").length > 1);
    // A resolved call returns its own reference's one charge; a decline is its own reference's.
    const wrong = outcomes.filter((o) => {
      const reference = o.sends.key;
      const recorded = byReference.get(reference) ?? [];
      if (!o.error) return o.value.merchant_reference !== reference || !recorded.some((c) => c.transactionId === o.value.id && c.status === "AUTHORIZED");
      if (o.error.code === "payment_declined") return o.error.transaction?.merchant_reference !== reference || !recorded.some((c) => c.status === "FAILED");
      if (o.error.code === "payment_outcome_unknown") return o.error.merchantReference !== reference;
      return false;
    });
    const unknown = outcomes.filter((o) => o.error?.code === "payment_outcome_unknown").length;
    return [
      { name: "zero double charges: at most one authorized charge per merchant_reference", ok: doubleCharged.length === 0, detail: doubleCharged.slice(0, 3).map(([r, l]) => `${r}: ${l.length}`).join(", ") },
      { name: "a declined card is never tried twice for one merchant_reference", ok: triedTwice.length === 0, detail: triedTwice.slice(0, 3).map(([r]) => r).join(", ") },
      { name: "every resolved charge or decline is its own call's (payment_outcome_unknown names its reference)", ok: wrong.length === 0, detail: wrong.slice(0, 3).map((o) => `call ${o.i}: ${o.error?.code ?? "ok"}`).join(", ") },
      { name: `outcome unknown for ${unknown} of ${outcomes.length} calls (printed, not a limit)`, ok: true },
    ];
  },
};
