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
  /** `GET`, `POST` or `DELETE`. */
  method: "GET" | "POST" | "DELETE";
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

/**
 * Options of {@link DinteroClient}: client credentials or an access token. The option interfaces
 * (`DinteroClientBaseOptions`, `DinteroClientCredentialsOptions`, `DinteroAccessTokenOptions`,
 * `CreatePaymentTokenSessionOptions`, `GetPaymentTokenOptions`, `DinteroRequestSettings`) are
 * generated from their declaration in src/client/options.rs.
 */
export type DinteroClientOptions = DinteroClientCredentialsOptions | DinteroAccessTokenOptions;

/** A stored card token as Dintero returns it (`DELETE`/`GET /v1/card-tokens/{id}`); unknown members are kept. */
export interface CardToken {
  id?: string;
  type?: string;
  status?: "ACTIVE" | "INACTIVE" | "SUSPENDED" | "CANCELLED" | "DELETED" | (string & {});
  card_brand?: string;
  account_id?: string;
  payment_product_type?: string;
  masked_pan?: string;
  pan_expiry_date?: string;
  created_at?: string;
  updated_at?: string;
  deleted_at?: string;
  deleted_by?: string;
  [member: string]: unknown;
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

  /**
   * Validates `request` (throws {@link DinteroValidationError} and sends nothing when invalid) and
   * charges the stored card token in it: `POST /v1/sessions/pay`, by default with
   * `Dintero-Feature-Toggles: strict-merchant-reference`. No fault sequence charges twice: after a
   * failure that may have followed the charge the client looks `merchant_reference` up
   * (`GET /v1/transactions?merchant_reference=…`) instead of guessing. A 401 and a 429 are retried
   * as for every call (nothing was charged).
   *
   * @returns the transaction exactly as Dintero sent it (any status other than a decline:
   *   `AUTHORIZED`, `CAPTURED` with `auto_capture`, `ON_HOLD`, `INITIATED`, ...), plus `lastResponse`.
   * @throws {DinteroPaymentDeclinedError} status `FAILED`, `DECLINED` or `AUTHORIZATION_VOIDED`
   *   (`retryable` is false for `DO_NOT_RETRY`).
   * @throws {DinteroPaymentOutcomeUnknownError} the charge may or may not have happened: look
   *   `merchantReference` up later; do not charge again with a new reference.
   * @throws {DinteroApiError} e.g. 400 for a `merchant_reference` used before; and the other errors of {@link createPaymentTokenSession}.
   *
   * @example
   * const tx = await dintero.payWithToken({
   *   session: {
   *     order: { amount: 29990, currency: "NOK", merchant_reference: "order-2" },
   *     customer: { tokens: { "payex.creditcard": { payment_token: card.payment_token } } },
   *     configuration: { auto_capture: true },
   *   },
   *   payment: { payment_product_type: "payex.creditcard", operation: "unscheduled_purchase" },
   * });
   */
  payWithToken(request: PayWithTokenRequest, options?: PayWithTokenOptions): Promise<WithLastResponse<Transaction>>;

  /**
   * Deletes a stored card token: `DELETE /v1/card-tokens/{tokenId}` (`tokenId`: the transaction's
   * `card.payment_token_id` or `card.recurrence_token_id`), with `{ reason, requestor }` when given.
   *
   * @returns the card-token object exactly as Dintero sent it, plus `lastResponse`.
   * @throws {DinteroValidationError} `invalid_arguments` for an id that is not 1–200 of `A-Z a-z 0-9 . _ -`,
   *   a `reason` over 128 characters or a `requestor` other than `CARDHOLDER` / `MERCHANT`.
   */
  deletePaymentToken(tokenId: string, options?: DeletePaymentTokenOptions): Promise<WithLastResponse<CardToken>>;

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
