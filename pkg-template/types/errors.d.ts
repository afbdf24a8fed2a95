/** Base class of every error this package throws. */
export declare class DinteroError extends Error {
  /** Stable snake_case identifier to branch on (the `ErrorCode` union comes from the Rust `ErrorCode`). */
  readonly code: ErrorCode;
}

/**
 * The request payload (`validation_failed`), the client or call options (`invalid_options`) or a
 * method argument such as a transaction id (`invalid_arguments`) are invalid; nothing was sent.
 */
export declare class DinteroValidationError extends DinteroError {
  readonly code: "validation_failed" | "invalid_options" | "invalid_arguments";
  /** Every issue found, errors and warnings, in document order. */
  readonly issues: ValidationIssue[];
}

/**
 * Dintero answered with an HTTP error status (after any retries).
 *
 * Subclasses: {@link DinteroAuthenticationError} (401/403), {@link DinteroRateLimitError} (429),
 * {@link DinteroInvalidResponseError} (a 2xx with an unusable body).
 *
 * @example
 * try { await dintero.createPaymentTokenSession(request); }
 * catch (err) {
 *   if (err instanceof DinteroApiError) console.error(err.status, err.dinteroCode, err.requestId);
 * }
 */
export declare class DinteroApiError extends DinteroError {
  /**
   * `bad_request`, `unauthorized`, `forbidden`, `not_found`, `request_timeout`, `conflict`,
   * `unprocessable_entity`, `rate_limited`, `server_error`, `unexpected_redirect`, `http_error`,
   * `invalid_response` or `response_too_large`.
   */
  readonly code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "request_timeout" | "conflict" | "unprocessable_entity" | "rate_limited" | "server_error" | "unexpected_redirect" | "http_error" | "invalid_response" | "response_too_large";
  /** HTTP status of the last response. */
  readonly status: number;
  /** Dintero's `error.code` from the response body, when it sent one. */
  readonly dinteroCode?: string;
  /** Dintero's `error.message` from the response body, when it sent one. */
  readonly dinteroMessage?: string;
  /** Dintero's `error.errors`: nested validation errors, as sent. */
  readonly errors?: Array<Record<string, unknown>>;
  /** Request id from the `request-id`, `x-request-id` or `dintero-request-id` response header; quote it to Dintero support. */
  readonly requestId?: string;
  /** How many HTTP attempts were made (retries and the one retry after a 401 included). */
  readonly attempts: number;
  /** Seconds Dintero asked to wait before trying again (`Retry-After`), when it said so. */
  readonly retryAfter?: number;
}

/**
 * Dintero refused the credentials or the access token: HTTP 401 or 403 (and 400 from the token
 * endpoint). With client credentials a 401 from the API has already been retried once with a
 * fresh token. Check `clientId`, `clientSecret` and `accountId` (T… for test, P… for production).
 */
export declare class DinteroAuthenticationError extends DinteroApiError {
  readonly code: "unauthorized" | "forbidden" | "bad_request";
}

/** Dintero answered 429 Too Many Requests on every attempt; wait `retryAfter` seconds before trying again. */
export declare class DinteroRateLimitError extends DinteroApiError {
  readonly code: "rate_limited";
  readonly status: 429;
}

/**
 * Dintero answered 2xx with a body that is not the expected JSON (`invalid_response`), or answered
 * (any status) with a body over the 4 MiB response body limit (`response_too_large`: the rest was
 * not read). Not retried: the request may have succeeded.
 */
export declare class DinteroInvalidResponseError extends DinteroApiError {
  readonly code: "invalid_response" | "response_too_large";
}

/** The request could not be sent or its response could not be read (connection refused or reset, DNS, TLS...) on every attempt. */
export declare class DinteroNetworkError extends DinteroError {
  readonly code: "network_error" | "timeout";
  /** How many HTTP attempts were made. */
  readonly attempts: number;
}

/** No complete response arrived within `timeoutMs` on every attempt (each attempt was aborted at its timeout). */
export declare class DinteroTimeoutError extends DinteroNetworkError {
  readonly code: "timeout";
}

/** The caller's `AbortSignal` aborted the call; nothing more is sent and waiting stops at once. */
export declare class DinteroAbortError extends DinteroError {
  readonly code: "aborted";
  /** How many HTTP attempts had been started. */
  readonly attempts?: number;
  /** The signal's `reason` (whatever was passed to `controller.abort(reason)`). */
  readonly cause: unknown;
}
