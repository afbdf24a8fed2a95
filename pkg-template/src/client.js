// DinteroClient and the one-shot createPaymentTokenSession. A thin wrapper: validation, auth,
// token caching, timeouts, retries and error mapping all happen in Rust (src/client, src/wasm/client.rs).
// Every options object is read (once) and checked by the wasm side (src/wasm/options.rs), which
// owns the option names; this file passes them through untouched. The options (with the client
// secret) live in a #private field and inside the wasm object only; util.inspect, toJSON and
// every error show none of them.
import { callWasm, callWasmAsync } from "./runtime.js";
import { plainJsonText } from "./plain-json.js";
import { eventDispatcher } from "./hooks.js";

const NODE_INSPECT = Symbol.for("nodejs.util.inspect.custom");
const DENO_INSPECT = Symbol.for("Deno.customInspect");

/** Releases the wasm object of a client (used by the one-shot function). */
const disposers = new WeakMap();

/**
 * Dintero's answer with `lastResponse` (`{ requestId, status, attempts }`) attached as a
 * non-enumerable, read-only property: its JSON, keys and equality are unchanged. An answer that
 * has its own `lastResponse` field keeps it (data from Dintero is never replaced).
 */
function withLastResponse(settled) {
  const { body, lastResponse } = settled ?? {};
  if (body !== null && typeof body === "object" && !Object.prototype.hasOwnProperty.call(body, "lastResponse")) {
    Object.defineProperty(body, "lastResponse", { value: Object.freeze(lastResponse), enumerable: false, configurable: true, writable: false });
  }
  return body;
}

/**
 * A Dintero Checkout client: creates payment token sessions and reads the resulting tokens.
 * Reuse one instance: it caches the access token and shares one token request between
 * concurrent calls.
 */
export class DinteroClient {
  /** The options as the wasm side read them (a plain copy), to re-create the wasm object. */
  #options;
  #glue = null;
  #core = null;
  #summary;

  constructor(options) {
    this.#summary = callWasm((glue) => {
      const core = this.#coreOf(glue, options);
      this.#options = core.options();
      return core.summary();
    });
    disposers.set(this, () => this.#dispose());
  }

  /** The wasm object for `glue`; re-created if the wasm instance was replaced after a trap. */
  #coreOf(glue, options = this.#options) {
    if (this.#glue !== glue) {
      this.#core = new glue.ClientCore(options, eventDispatcher);
      this.#glue = glue;
    }
    return this.#core;
  }

  #dispose() {
    if (this.#core) this.#core.free();
    this.#core = null;
    this.#glue = null;
  }

  /**
   * Validates `request` (nothing is sent if invalid) and creates the session. The answer carries
   * a non-enumerable `lastResponse`: `{ requestId, status, attempts }`.
   */
  async createPaymentTokenSession(request, options) {
    // Fast path: plain JSON data crosses the wasm boundary as one string (see plain-json.js).
    const text = plainJsonText(request);
    if (text !== null) {
      const created = await callWasmAsync((glue) => this.#coreOf(glue).createPaymentTokenSessionJson(text, options));
      // null, with nothing sent: text serde_json cannot read (a lone surrogate), pass the value.
      if (created !== null) return withLastResponse(created);
    }
    return withLastResponse(await callWasmAsync((glue) => this.#coreOf(glue).createPaymentTokenSession(request, options)));
  }

  /**
   * Reads the transaction (with `card.payment_token` and `card.recurrence_token`) of a completed
   * session. The answer carries a non-enumerable `lastResponse`: `{ requestId, status, attempts }`.
   */
  async getPaymentToken(transactionId, options) {
    return withLastResponse(await callWasmAsync((glue) => this.#coreOf(glue).getPaymentToken(transactionId, options)));
  }

  /**
   * Validates `request` and charges the stored card token in it (`POST /v1/sessions/pay`). Resolves
   * with the transaction as Dintero sent it; rejects with DinteroPaymentDeclinedError for a declined
   * charge and DinteroPaymentOutcomeUnknownError when the charge may or may not have happened.
   */
  async payWithToken(request, options) {
    return withLastResponse(await callWasmAsync((glue) => this.#coreOf(glue).payWithToken(request, options)));
  }

  /** Deletes a stored card token (`DELETE /v1/card-tokens/{id}`); resolves with the card-token object. */
  async deletePaymentToken(tokenId, options) {
    return withLastResponse(await callWasmAsync((glue) => this.#coreOf(glue).deletePaymentToken(tokenId, options)));
  }

  /** Account id, base URL, auth kind, client id, timeout and retries: never a secret or a token. */
  toJSON() {
    return { ...this.#summary };
  }

  [NODE_INSPECT](depth, options, inspect) {
    return `DinteroClient ${typeof inspect === "function" ? inspect(this.#summary, options) : JSON.stringify(this.#summary)}`;
  }

  [DENO_INSPECT]() {
    return `DinteroClient ${JSON.stringify(this.#summary)}`;
  }
}

/**
 * Creates one payment token session with a client used once: `options` holds the client options
 * and the call options (split by the wasm side, which reports unknown ones).
 */
export async function createPaymentTokenSession(request, options) {
  const [clientOptions, callOptions] = callWasm((glue) => glue.oneShotOptions(options));
  const client = new DinteroClient(clientOptions);
  try {
    return await client.createPaymentTokenSession(request, callOptions);
  } finally {
    disposers.get(client)();
  }
}
