// verifyCallback, verifyWebhook, readReturnUrl and signCallback: after the shopper. The work, the
// argument and option reading and the TypeScript are in Rust (src/verify, src/wasm/callbacks.rs);
// this file makes the three verifiers return promises (a throw becomes a rejection) and reads a
// Fetch Request's body for verifyWebhook, from a clone and bounded, so the caller can still read it.
import { callWasm } from "./runtime.js";

/** Verifies a Dintero `callback_url` call (`Dintero-Signature`) and resolves to its parameters. */
export async function verifyCallback(request, options) {
  return callWasm((glue) => glue.verifyCallback(request, options));
}

/** Verifies a webhook delivery (`event-signature`) and resolves to `{ event, deliveryId, payload }`. */
export async function verifyWebhook(request, options) {
  const delivery = isFetchRequest(request) ? { headers: request.headers, body: await readBody(request) } : request;
  return callWasm((glue) => glue.verifyWebhook(delivery, options));
}

/** The parameters Dintero appended to `return_url` (not signed). */
export function readReturnUrl(url) {
  return callWasm((glue) => glue.readReturnUrl(url));
}

/** The headers Dintero would send with a callback to `url`, for tests of your handler. */
export async function signCallback(options) {
  return callWasm((glue) => glue.signCallback(options));
}

/** Whether `value` is a Fetch `Request` of any realm (a revoked Proxy is not). */
function isFetchRequest(value) {
  try {
    return Object.prototype.toString.call(value) === "[object Request]";
  } catch {
    return false;
  }
}

/**
 * The bytes of a clone of `request`'s body, read up to one byte past the limit (the Rust side
 * refuses a longer body), or `null` when it cannot be read (already read, aborted).
 */
async function readBody(request) {
  const limit = callWasm((glue) => glue.webhookBodyLimit());
  let reader;
  try {
    const stream = request.clone().body;
    if (!stream) return new Uint8Array(0);
    reader = stream.getReader();
    const chunks = [];
    let length = 0;
    while (length <= limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.byteLength;
    }
    const body = new Uint8Array(Math.min(length, limit + 1));
    let offset = 0;
    for (const chunk of chunks) {
      const part = chunk.subarray(0, body.length - offset);
      body.set(part, offset);
      offset += part.length;
    }
    return body;
  } catch {
    return null;
  } finally {
    if (reader) reader.cancel().catch(() => {});
  }
}
