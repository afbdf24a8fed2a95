// DinteroClient and the one-shot createPaymentTokenSession. A thin wrapper: validation, auth,
// token caching, timeouts, retries and error mapping all happen in Rust (src/client, src/wasm/client.rs).
// The options (with the client secret) live in a #private field and inside the wasm object only;
// util.inspect, toJSON and every error show none of them.
import { callWasm, callWasmAsync } from "./runtime.js";
import { DinteroAbortError } from "./errors.js";
import { toDinteroError } from "./error-mapping.js";
import { plainJsonText } from "./plain-json.js";
import { invalidOptions, readOptions } from "./options.js";
import { eventDispatcher } from "./hooks.js";

const NODE_INSPECT = Symbol.for("nodejs.util.inspect.custom");
const DENO_INSPECT = Symbol.for("Deno.customInspect");
const CALL_OPTIONS = ["includeSession", "signal", "timeoutMs", "maxRetries"];
const GET_OPTIONS = ["signal", "timeoutMs", "maxRetries"];

/** Releases the wasm object of a client (used by the one-shot function). */
const disposers = new WeakMap();

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Rejects unknown call options (e.g. a snake_case `include_session`) with a DinteroValidationError. */
function checkCallOptions(given, allowed) {
  const options = readOptions(given);
  if (options === undefined || options === null) return {};
  const issues = isPlainObject(options)
    ? Object.keys(options)
        .filter((key) => !allowed.includes(key))
        .map((key) => ({ path: `/${key}`, code: "unknown_option", message: `unknown option \`${key}\`; known: ${allowed.join(", ")}` }))
    : [{ path: "", code: "invalid_type", message: "options must be an object" }];
  if (issues.length) throw invalidOptions(issues);
  return options;
}

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

/** Gives a DinteroAbortError the signal's reason as `cause` (non-enumerable, like Error's own). */
function withAbortCause(error, signal) {
  if (error instanceof DinteroAbortError && signal) {
    Object.defineProperty(error, "cause", { value: signal.reason, configurable: true, writable: true, enumerable: false });
  }
  return error;
}

/**
 * A Dintero Checkout client: creates payment token sessions and reads the resulting tokens.
 * Reuse one instance: it caches the access token and shares one token request between
 * concurrent calls.
 */
export class DinteroClient {
  #options;
  #fetch;
  /** `{ onRequest, onResponse, onRetry, onError, logger }` as given (checked by the wasm constructor). */
  #hooks;
  /** Delivers the client's events to the hooks and the logger (hooks.js); undefined when none. */
  #emit;
  #glue = null;
  #core = null;
  #summary;

  constructor(given) {
    const options = readOptions(given);
    const { fetch, onRequest, onResponse, onRetry, onError, logger, ...rest } = isPlainObject(options) ? options : { fetch: undefined };
    this.#options = isPlainObject(options) ? rest : options;
    this.#fetch = fetch;
    this.#hooks = { onRequest, onResponse, onRetry, onError, logger };
    this.#emit = eventDispatcher(this.#hooks, rest.logLevel);
    this.#summary = callWasm((glue) => this.#coreOf(glue).summary());
    disposers.set(this, () => this.#dispose());
  }

  /** The wasm object for `glue`; re-created if the wasm instance was replaced after a trap. */
  #coreOf(glue) {
    if (this.#glue !== glue) {
      this.#core = new glue.ClientCore(this.#options, this.#fetch, this.#hooks, this.#emit);
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
    const { includeSession, signal, timeoutMs, maxRetries } = checkCallOptions(options, CALL_OPTIONS);
    const settings = { timeoutMs, maxRetries };
    try {
      // Fast path: plain JSON data crosses the wasm boundary as one string (see plain-json.js).
      const text = plainJsonText(request);
      if (text !== null) {
        const created = await callWasmAsync((glue) => this.#coreOf(glue).createPaymentTokenSessionJson(text, includeSession, signal, settings));
        if (created !== null) return withLastResponse(created); // null: text serde_json cannot read, pass the value
      }
      return withLastResponse(await callWasmAsync((glue) => this.#coreOf(glue).createPaymentTokenSession(request, includeSession, signal, settings)));
    } catch (error) {
      throw withAbortCause(error, signal);
    }
  }

  /**
   * Reads the transaction (with `card.payment_token` and `card.recurrence_token`) of a completed
   * session. The answer carries a non-enumerable `lastResponse`: `{ requestId, status, attempts }`.
   */
  async getPaymentToken(transactionId, options) {
    const { signal, timeoutMs, maxRetries } = checkCallOptions(options, GET_OPTIONS);
    try {
      return withLastResponse(await callWasmAsync((glue) => this.#coreOf(glue).getPaymentToken(transactionId, signal, { timeoutMs, maxRetries })));
    } catch (error) {
      throw withAbortCause(error, signal);
    }
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
 * (`accessToken` or `accountId` + `clientId` + `clientSecret`, `baseUrl`, `timeoutMs`,
 * `maxRetries`, hooks, `logger`...) and the call options (`includeSession`, `signal`).
 */
export async function createPaymentTokenSession(request, given) {
  const options = readOptions(given);
  const { includeSession, signal, ...clientOptions } = isPlainObject(options) ? options : {};
  const client = new DinteroClient(isPlainObject(options) ? clientOptions : options);
  try {
    return await client.createPaymentTokenSession(request, { includeSession, signal });
  } finally {
    disposers.get(client)();
  }
}
