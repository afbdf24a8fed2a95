// The result page's callback panel: what the demo server's /callback saw for this transaction
// (www-demo/callbacks.mjs), and a button that sends a tampered copy, which must be refused.

/** A panel for `transactionId`, filled asynchronously; `el` is the page's element helper. */
export function callbackPanel(transactionId, el) {
  const list = el("ul", { class: "callback-list", id: "callback-list" }, el("li", { class: "loading", text: "Waiting for Dintero's callback…" }));
  const tamper = el("button", { type: "button", class: "button button-ghost", id: "send-tampered", text: "Send a tampered callback", hidden: true });
  const panel = el("section", { class: "callback-panel", id: "callback-panel", "aria-live": "polite" }, el("h2", { text: "Callback to callback_url" }), list, tamper);

  const row = (entry) =>
    entry.verified
      ? el("li", { class: "callback-ok", "data-verified": "true" }, el("strong", { text: "✓ Signature verified" }), " — ", el("code", { text: "verifyCallback()" }), ` accepted ${entry.method} /callback (transaction `, el("code", { text: entry.callback.transactionId }), `, signed at ${new Date(entry.callback.signedAt * 1000).toISOString()})`)
      : el("li", { class: "callback-refused", "data-verified": "false" }, el("strong", { text: "✗ Refused" }), " — ", el("code", { text: entry.error.code }), `: ${entry.error.message}`);

  async function refresh() {
    const answer = await fetch(`/api/callbacks?transaction_id=${encodeURIComponent(transactionId)}`).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    if (!answer) {
      list.replaceChildren(el("li", { text: "This demo has no callback endpoint (real Dintero cannot call 127.0.0.1)." }));
      return;
    }
    list.replaceChildren(...(answer.callbacks.length ? answer.callbacks.map(row) : [el("li", { class: "muted", text: "No callback arrived." })]));
    tamper.hidden = !answer.callbacks.some((entry) => entry.verified);
    panel.dataset.state = answer.callbacks.some((entry) => entry.verified) ? "verified" : "none";
  }

  tamper.addEventListener("click", async () => {
    tamper.disabled = true;
    await fetch(`/api/callbacks/tampered?transaction_id=${encodeURIComponent(transactionId)}`, { method: "POST" }).then((r) => r.json()).catch(() => null);
    await refresh();
    tamper.disabled = false;
  });
  return { panel, ready: refresh() };
}
