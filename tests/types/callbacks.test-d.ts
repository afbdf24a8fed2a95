// Type tests of the after-the-shopper API (types from src/verify and src/wasm/callbacks.rs via tsify
// and wasm-bindgen). Checked with `tsc --strict --noEmit`; every `@ts-expect-error` line must fail.
import { DinteroSignatureError, readReturnUrl, signCallback, verifyCallback, verifyWebhook } from "dintero-payment-token";
import type { DinteroCallback, DinteroReturn, DinteroWebhookEvent } from "dintero-payment-token";

export async function handler(request: Request): Promise<Response> {
  try {
    const callback: DinteroCallback = await verifyCallback(request, { secret: ["new", "old"], accountId: "P11223344", toleranceSeconds: 300, now: new Date() });
    const id: string | null = callback.transactionId;
    const at: number = callback.signedAt;
    return new Response(`${id} ${at}`);
  } catch (error) {
    if (error instanceof DinteroSignatureError) {
      const code: "signature_missing" | "signature_malformed" | "signature_expired" | "signature_mismatch" = error.code;
      return new Response(code, { status: 400 });
    }
    throw error;
  }
}

export async function node(headers: Record<string, string | string[] | undefined>, body: Uint8Array): Promise<unknown> {
  await verifyCallback({ method: "GET", url: "https://shop.example/cb", headers }, { secret: "s", accountId: "T11223344" });
  const event: DinteroWebhookEvent = await verifyWebhook({ headers, body }, { secret: "s" });
  const signed: { "Dintero-Signature": string } = await signCallback({ secret: "s", accountId: "T11223344", url: new URL("https://shop.example/cb") });
  const read: DinteroReturn = readReturnUrl("https://shop.example/return?transaction_id=T1");
  // @ts-expect-error: accountId is required
  await verifyCallback({ method: "GET", url: "https://shop.example/cb", headers }, { secret: "s" });
  // @ts-expect-error: an unknown option is a type error
  await verifyWebhook({ headers, body }, { secret: "s", tolerance: 1 });
  return [event.payload, signed, read.error];
}
