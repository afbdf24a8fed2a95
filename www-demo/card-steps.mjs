// The page's steps after "Card registered": "Charge the card" (and a declining card in mock mode) and
// "Delete the card", each through the demo server (www-demo/card-actions.mjs).

/** Renders the buttons into `area`; `el` builds elements, `view(error|json)` shows results. */
export function cardSteps({ el, area, transactionId, mode, showJson, showError }) {
  const output = el("div", { class: "card-steps-output", id: "card-steps-output", "aria-live": "polite" });
  const post = async (path, body) => {
    const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { ok: res.ok, status: res.status, body: await res.json() };
  };
  const run = (label, path, body, title) => async () => {
    output.replaceChildren(el("p", { class: "loading", text: `${label}…` }));
    const answer = await post(path, body).catch((e) => ({ ok: false, status: 0, body: { error: { name: "NetworkError", message: e.message } } }));
    output.replaceChildren(answer.ok ? showJson(title, answer.body) : showError(answer.body.error ?? answer.body, answer.status));
  };
  const charge = el("button", { type: "button", id: "charge-card", text: "Charge the card (299.90 NOK)" });
  charge.addEventListener("click", run("Charging with payWithToken()", "/api/charge", { transactionId }, "Charged: payWithToken() result"));
  const decline = el("button", { type: "button", id: "charge-declined", class: "secondary", text: "Charge a declining card", hidden: mode !== "mock" });
  decline.addEventListener("click", run("Charging a card that declines", "/api/charge", { transactionId, decline: true }, "Charge result"));
  const remove = el("button", { type: "button", id: "delete-card", class: "secondary", text: "Delete the card" });
  remove.addEventListener("click", run("Deleting with deletePaymentToken()", "/api/delete-card", { transactionId }, "Deleted: deletePaymentToken() result"));
  area.append(el("div", { class: "card-steps", id: "card-steps" }, el("h2", { text: "Use the token" }), el("div", { class: "result-actions" }, charge, decline, remove), output));
}
