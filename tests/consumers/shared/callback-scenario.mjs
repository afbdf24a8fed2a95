// The after-the-shopper checks every consumer project runs (Next.js edge and node, workerd via
// wrangler, Bun, Deno, esbuild, webpack): Dintero's documented callback example verifies, a
// tampered copy and an expired one are refused, signCallback round-trips, a webhook Request
// verifies with its body left unread. Runtime-neutral: returns `{ name, ok, detail }` checks.
import { DinteroSignatureError, readReturnUrl, signCallback, verifyCallback, verifyWebhook } from "dintero-payment-token";

const EXAMPLE_URL = "https://example.com/callback?B=123&A=992";
const EXAMPLE_HEADER = "t=1582236537,v0-hmac-sha256=6bed2ab1b919d460ef7465a20dc6c97260dca73fab6647106ca525f0908df64a";
const OPTIONS = { secret: "123", accountId: "P00000000", now: 1582236537 * 1000 };

export async function runCallbackScenario() {
  const checks = [];
  const check = async (name, fn) => {
    try {
      const detail = await fn();
      checks.push({ name, ok: detail === true, detail: detail === true ? undefined : String(detail) });
    } catch (error) {
      checks.push({ name, ok: false, detail: `threw ${error && error.name}: ${error && error.message}` });
    }
  };
  const refusal = (promise) => promise.then(() => "accepted", (e) => (e instanceof DinteroSignatureError ? e.code : `${e.name}: ${e.message}`));
  await check("Dintero's example callback verifies (a Fetch Request)", async () => {
    const callback = await verifyCallback(new Request(EXAMPLE_URL, { headers: { "Dintero-Signature": EXAMPLE_HEADER } }), OPTIONS);
    return callback.signedAt === 1582236537 || JSON.stringify(callback);
  });
  await check("a tampered callback is signature_mismatch", async () => {
    const code = await refusal(verifyCallback({ method: "GET", url: "https://example.com/callback?B=123&A=993", headers: { "dintero-signature": EXAMPLE_HEADER } }, OPTIONS));
    return code === "signature_mismatch" || code;
  });
  await check("301 seconds later it is signature_expired", async () => {
    const code = await refusal(verifyCallback({ method: "GET", url: EXAMPLE_URL, headers: { "dintero-signature": EXAMPLE_HEADER } }, { ...OPTIONS, now: (1582236537 + 301) * 1000 }));
    return code === "signature_expired" || code;
  });
  await check("signCallback gives Dintero's header", async () => {
    const headers = await signCallback({ secret: "123", accountId: "P00000000", url: EXAMPLE_URL, now: OPTIONS.now });
    return headers["Dintero-Signature"] === EXAMPLE_HEADER || JSON.stringify(headers);
  });
  await check("a webhook Request verifies and keeps its body", async () => {
    const body = '{"event":"checkout_token_add"}';
    // HMAC-SHA1 of the body with the key "whsec".
    const signature = "8cd1f1cb6db0671e330dcbc50fa795338a1fad53";
    const request = new Request("https://shop.example/webhook", { method: "POST", body, headers: { "event-signature": signature } });
    const verified = await verifyWebhook(request, { secret: "whsec" });
    return (verified.payload.event === "checkout_token_add" && (await request.text()) === body) || JSON.stringify(verified);
  });
  await check("readReturnUrl reads the return parameters", async () => {
    const read = readReturnUrl("https://shop.example/return?transaction_id=T1&merchant_reference=o&error=cancelled");
    return (read.transactionId === "T1" && read.error === "cancelled") || JSON.stringify(read);
  });
  return checks;
}
