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

/** The `fetch` the client calls: the global one by default, or yours (for proxies, tracing or tests). */
export type DinteroFetch = (input: string, init: RequestInit) => Promise<Response>;

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
export interface CreatePaymentTokenSessionOptions {
  /** Ask Dintero to include the full session in the answer (`?include_session=true`). */
  includeSession?: boolean;
  /** Aborts the call at once, whatever it is waiting for; it then rejects with {@link DinteroAbortError}. */
  signal?: AbortSignal;
}

/** Options of one {@link DinteroClient.getPaymentToken} call. */
export interface GetPaymentTokenOptions {
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
   * @returns Dintero's answer: `id`, `url` (send the customer there), `publish`, and `session` when `includeSession` is set.
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
  ): Promise<PaymentTokenSessionCreated>;

  /**
   * Reads the transaction a completed session produced (its id arrives on `return_url` as
   * `?transaction_id=`): `GET /v1/transactions/{id}?includes=card.payment_token&includes=card.recurrence_token`.
   * The tokens are in `card.payment_token` / `card.recurrence_token`.
   *
   * @throws {DinteroValidationError} `invalid_arguments` for an id that is not 1–200 of `A-Z a-z 0-9 . _ -`.
   * @throws {DinteroApiError} e.g. 404 for an unknown transaction; and the other errors of {@link createPaymentTokenSession}.
   */
  getPaymentToken(transactionId: string, options?: GetPaymentTokenOptions): Promise<Transaction>;

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
): Promise<PaymentTokenSessionCreated>;
