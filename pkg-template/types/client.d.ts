/** Identifies your system to Dintero; sent as the `Dintero-System-*` headers (each ≤ 120 ASCII characters, no control characters). */
export interface DinteroSystemOptions {
  /** `Dintero-System-Name`, e.g. `"woocommerce"`. */
  name?: string;
  /** `Dintero-System-Version`, e.g. `"5.4"`. */
  version?: string;
  /** `Dintero-System-Plugin-Name`, e.g. `"Dintero.Checkout.WooCommerce"`. */
  pluginName?: string;
  /** `Dintero-System-Plugin-Version`, e.g. `"2.3.4"`. */
  pluginVersion?: string;
}

/**
 * The `fetch` the client calls: the global one by default, or yours (for proxies, tracing or tests).
 * It is called with one complete `Request` (method, headers, body, an abort signal, `redirect: "manual"`),
 * plus `{ body }` repeating the body text for a POST (so `fetch` need not copy the Request's body stream),
 * and must resolve to a `Response`; anything else ends the attempt as a `DinteroNetworkError`.
 */
export type DinteroFetch = (input: Request, init?: RequestInit) => Promise<Response>;

/** Why an attempt is retried: a retryable HTTP status, a timeout, a network failure, or a 401 answered by fetching a new access token. */
export type DinteroRetryReason = "status" | "timeout" | "network" | "unauthorized";

/**
 * What every hook receives. Never a secret, a token, an `Authorization` header or (unless
 * `hookBodies: true`) a body. The token request (`POST /v1/accounts/{aid}/auth/token`) is reported
 * too; its bodies never are. Events are frozen.
 */
export interface DinteroEventBase {
  /** `GET` or `POST`. */
  method: "GET" | "POST";
  /** The URL path, without host and query, e.g. `/v1/sessions/payment-token`. */
  path: string;
  /** The attempt (1 for the first). For `onError`, the attempts made (0: nothing was sent). */
  attempt: number;
  /** The HTTP status, when there was a response. */
  status: number | null;
  /** Milliseconds the attempt took (`onRequest`: 0); for `onError`, since the call started. */
  durationMs: number;
  /** Dintero's request id (`request-id` header), when there was one. */
  requestId: string | null;
}

/** `onRequest`: an attempt is about to be sent. */
export interface DinteroRequestEvent extends DinteroEventBase {
  kind: "request";
  status: null;
  requestId: null;
  /** With `hookBodies: true` only (never for the token request): the JSON body sent. */
  body?: string;
}

/** `onResponse`: an attempt got a complete response (any status, retried or not). */
export interface DinteroResponseEvent extends DinteroEventBase {
  kind: "response";
  status: number;
  /** With `hookBodies: true` only (never for the token request): the body received. */
  body?: string;
}

/** `onRetry`: an attempt failed (or got a retryable status); the next one follows after `delayMs`. */
export interface DinteroRetryEvent extends DinteroEventBase {
  kind: "retry";
  /** Why the attempt is retried. */
  reason: DinteroRetryReason;
  /** Milliseconds until the next attempt (backoff with jitter, or `Retry-After`). */
  delayMs: number;
}

/** `onError`: a call failed; `error` is a {@link DinteroError} of the same class, code, message and fields as the one the call rejects with. */
export interface DinteroErrorEvent extends DinteroEventBase {
  kind: "error";
  error: DinteroError;
}

/** `onError`: one of your hooks (or the logger) threw or rejected with `error`; the call went on unchanged. */
export interface DinteroHookErrorEvent extends DinteroEventBase {
  kind: "hookError";
  /** The hook that failed. */
  hook: "onRequest" | "onResponse" | "onRetry" | "onError" | "logger";
  /** What it threw or rejected with. */
  error: unknown;
}

/** A hook: may return a promise; a throw or a rejection is reported (to `onError`, the logger or the console) and changes nothing. */
export type DinteroHook<E> = (event: E) => void | Promise<void>;

/** Where log lines go: `console` works, as do pino, winston and the like. Each method gets a line and the event's fields. */
export interface DinteroLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/**
 * How much is logged: `debug` (every attempt and response), `info` (2xx responses), `warn`
 * (retries, failed hooks), `error` (failed calls), `off`.
 */
export type DinteroLogLevel = "debug" | "info" | "warn" | "error" | "off";

/** How the response behind a result was obtained (`result.lastResponse`, non-enumerable: not in the result's JSON). */
export interface DinteroLastResponse {
  /** Dintero's request id (`request-id` header): quote it to Dintero support. `null` if none was sent. */
  readonly requestId: string | null;
  /** The HTTP status of the final response. */
  readonly status: number;
  /** Attempts the request took: 1 without retries (retries and a 401 token refresh count; the token request does not). */
  readonly attempts: number;
}

/** A result of the client: Dintero's answer, unchanged, plus the non-enumerable {@link DinteroLastResponse}. */
export type WithLastResponse<T> = T & { readonly lastResponse: DinteroLastResponse };

/** Per-call settings, overriding the client's for one call (same ranges). */
export interface DinteroRequestSettings {
  /** Timeout of each HTTP attempt of this call in milliseconds (1 – 600000). */
  timeoutMs?: number;
  /** Retries after the first attempt for this call (0 – 10). */
  maxRetries?: number;
}

/** Settings shared by both ways of authenticating. Unknown keys are rejected (typos are caught). */
export interface DinteroClientBaseOptions {
  /**
   * API base URL, without `/v1`. Default `https://checkout.dintero.com`. Must be `https`;
   * plain `http` is accepted only for loopback hosts (127.0.0.0/8, `::1`, `localhost`), e.g. a mock server.
   */
  baseUrl?: string;
  /** Timeout of each HTTP attempt in milliseconds (1 – 600000). Default 30000. */
  timeoutMs?: number;
  /**
   * Retries after the first attempt (0 – 10). Default 2. Only network failures, timeouts and HTTP
   * 408, 429, 500, 502, 503 and 504 are retried, with exponential backoff and jitter; `Retry-After`
   * is honoured up to 60 s (longer: the error is thrown at once with `retryAfter`).
   */
  maxRetries?: number;
  /** A `fetch` implementation to use instead of the global one. */
  fetch?: DinteroFetch;
  /** Sent as the `Dintero-System-*` headers. */
  system?: DinteroSystemOptions;
  /**
   * Treat validation warnings as errors: a request with any warning is refused with
   * {@link DinteroValidationError} and nothing is sent. Default `false` (only requests Dintero
   * would refuse, or sessions that could not work, are blocked).
   */
  strict?: boolean;
  /**
   * Called before each attempt (token request included).
   * @example onRequest: ({ method, path, attempt }) => metrics.increment("dintero.request", { path, attempt })
   */
  onRequest?: DinteroHook<DinteroRequestEvent>;
  /**
   * Called for each complete response, any status.
   * @example onResponse: ({ path, status, durationMs, requestId }) => span.setAttributes({ path, status, durationMs, requestId })
   */
  onResponse?: DinteroHook<DinteroResponseEvent>;
  /**
   * Called when an attempt is retried, with the reason and the delay.
   * @example onRetry: ({ path, attempt, reason, delayMs }) => log.warn(`retry ${attempt} of ${path}: ${reason}, in ${delayMs} ms`)
   */
  onRetry?: DinteroHook<DinteroRetryEvent>;
  /**
   * Called once when a call fails (with a copy of the error it rejects with), and when one of your hooks
   * or the logger throws or rejects (`kind: "hookError"`).
   */
  onError?: DinteroHook<DinteroErrorEvent | DinteroHookErrorEvent>;
  /** Adds bodies to `onRequest` / `onResponse` events (never the token request's). Default `false`. */
  hookBodies?: boolean;
  /** Where log lines go, e.g. `console`. Logging is off unless `logger` or `logLevel` is given. */
  logger?: DinteroLogger;
  /** Default `"info"` with a `logger`; `"off"` without (a `logLevel` alone logs to `console`). */
  logLevel?: DinteroLogLevel;
}

/** Authenticate with OAuth client credentials: the client fetches, caches and refreshes access tokens. */
export interface DinteroClientCredentialsOptions extends DinteroClientBaseOptions {
  /** Your Dintero account id: `T` + 8 digits for test, `P` + 8 digits for production (e.g. `"T11223344"`). */
  accountId: string;
  /** The API client id. */
  clientId: string;
  /** The API client secret. Never shown in errors, logs, `util.inspect` or `JSON.stringify`. */
  clientSecret: string;
  accessToken?: never;
  /**
   * A client secret must never reach a browser. The constructor throws in a browser-like global
   * (`window` and `document` exist) unless this is `true`.
   */
  dangerouslyAllowBrowser?: boolean;
}

/** Authenticate with an access token you obtained yourself; the token endpoint is never called. */
export interface DinteroAccessTokenOptions extends DinteroClientBaseOptions {
  /** A Dintero access token (without the `Bearer ` prefix). A 401 is not retried. */
  accessToken: string;
  /** Optional with an access token; checked when given. */
  accountId?: string;
  clientId?: never;
  clientSecret?: never;
  dangerouslyAllowBrowser?: boolean;
}

/** Options of {@link DinteroClient}: client credentials or an access token. */
export type DinteroClientOptions = DinteroClientCredentialsOptions | DinteroAccessTokenOptions;

/** Options of one {@link DinteroClient.createPaymentTokenSession} call. */
export interface CreatePaymentTokenSessionOptions extends DinteroRequestSettings {
  /** Ask Dintero to include the full session in the answer (`?include_session=true`). */
  includeSession?: boolean;
  /** Aborts the call at once, whatever it is waiting for; it then rejects with {@link DinteroAbortError}. */
  signal?: AbortSignal;
}

/** Options of one {@link DinteroClient.getPaymentToken} call. */
export interface GetPaymentTokenOptions extends DinteroRequestSettings {
  /** Aborts the call at once; it then rejects with {@link DinteroAbortError}. */
  signal?: AbortSignal;
}

/** What `toJSON()` and `util.inspect` show of a client: never a secret or a token. */
export interface DinteroClientSummary {
  accountId: string | null;
  baseUrl: string;
  auth: "clientCredentials" | "accessToken";
  clientId?: string;
  timeoutMs: number;
  maxRetries: number;
}

/**
 * A Dintero Checkout client for payment token sessions. Create one and reuse it: it caches the
 * access token until shortly before `expires_in`, lets concurrent calls share one token request,
 * and after a 401 fetches a new token and retries once.
 *
 * Session creation has no idempotency key: a retried POST (after a timeout or a 5xx) may create a
 * second session. That is harmless for payment token sessions (nothing is reserved; unused sessions expire).
 *
 * @example
 * const dintero = new DinteroClient({ accountId: "T11223344", clientId, clientSecret });
 * const { id, url } = await dintero.createPaymentTokenSession({
 *   session: { order: { currency: "NOK", merchant_reference: "order-1" }, url: { return_url: "https://shop.example/return" } },
 *   token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
 * });
 * // send the customer to `url`; on return read ?transaction_id=... and then:
 * const tx = await dintero.getPaymentToken(transactionId);
 * const token = tx.card?.payment_token;
 *
 * @throws {DinteroValidationError} `invalid_options` when the options are invalid.
 */
export declare class DinteroClient {
  constructor(options: DinteroClientOptions);

  /**
   * Validates `request` (throws {@link DinteroValidationError} and sends nothing when invalid),
   * then `POST /v1/sessions/payment-token`.
   *
   * @returns Dintero's answer: `id`, `url` (send the customer there), `publish`, and `session` when `includeSession` is set;
   *   plus the non-enumerable `lastResponse` (`requestId`, `status`, `attempts`).
   * @throws {DinteroValidationError} invalid request (or options).
   * @throws {DinteroAuthenticationError} credentials or token refused.
   * @throws {DinteroRateLimitError} still rate limited after the retries.
   * @throws {DinteroApiError} any other HTTP error status (`status`, `dinteroCode`, `errors`, `requestId`, `attempts`).
   * @throws {DinteroInvalidResponseError} a 2xx whose body is not the expected JSON.
   * @throws {DinteroTimeoutError} every attempt timed out.
   * @throws {DinteroNetworkError} every attempt failed to connect or to read the response.
   * @throws {DinteroAbortError} `signal` aborted.
   */
  createPaymentTokenSession(
    request: PaymentTokenSessionRequest,
    options?: CreatePaymentTokenSessionOptions,
  ): Promise<WithLastResponse<PaymentTokenSessionCreated>>;

  /**
   * Reads the transaction a completed session produced (its id arrives on `return_url` as
   * `?transaction_id=`): `GET /v1/transactions/{id}?includes=card.payment_token&includes=card.recurrence_token`.
   * The tokens are in `card.payment_token` / `card.recurrence_token`.
   *
   * @throws {DinteroValidationError} `invalid_arguments` for an id that is not 1–200 of `A-Z a-z 0-9 . _ -`.
   * @throws {DinteroApiError} e.g. 404 for an unknown transaction; and the other errors of {@link createPaymentTokenSession}.
   */
  getPaymentToken(transactionId: string, options?: GetPaymentTokenOptions): Promise<WithLastResponse<Transaction>>;

  /** Account id, base URL, auth kind, client id, timeout and retries. Never a secret or a token. */
  toJSON(): DinteroClientSummary;
}

/**
 * Creates one payment token session without keeping a client: `options` are the
 * {@link DinteroClientOptions} plus the call options. Prefer a {@link DinteroClient} when you
 * create sessions repeatedly with client credentials (it caches the access token).
 *
 * @example
 * const { url } = await createPaymentTokenSession(request, { accessToken, baseUrl: "https://checkout.dintero.com" });
 */
export declare function createPaymentTokenSession(
  request: PaymentTokenSessionRequest,
  options: DinteroClientOptions & CreatePaymentTokenSessionOptions,
): Promise<WithLastResponse<PaymentTokenSessionCreated>>;
