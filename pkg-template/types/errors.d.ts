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
   * `unprocessable_entity`, `rate_limited`, `server_error`, `unexpected_redirect`, `http_error`
   * or `invalid_response`.
   */
  readonly code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "request_timeout" | "conflict" | "unprocessable_entity" | "rate_limited" | "server_error" | "unexpected_redirect" | "http_error" | "invalid_response";
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

/** Dintero answered 2xx with a body that is not the expected JSON (not retried: the request may have succeeded). */
export declare class DinteroInvalidResponseError extends DinteroApiError {
  readonly code: "invalid_response";
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

/**
 * A charge (`payWithToken`) was declined: the transaction's status is `FAILED`, `DECLINED` or
 * `AUTHORIZATION_VOIDED` (Dintero answers declines with HTTP 200). Extends {@link DinteroError}
 * directly, not the network errors: code that retries timeouts never retries a charge by accident.
 *
 * @example
 * catch (err) {
 *   if (err instanceof DinteroPaymentDeclinedError && !err.retryable) await markCardUnusable(customer);
 * }
 */
export declare class DinteroPaymentDeclinedError extends DinteroError {
  readonly code: "payment_declined";
  /** The declined transaction, exactly as Dintero sent it. */
  readonly transaction: Transaction;
  /** The `merchant_reference` of the charge. */
  readonly merchantReference: string;
  /** The transaction's `status`. */
  readonly transactionStatus: string;
  /** `events[].error.type` as sent: one string in the 2024 API (e.g. `"DO_NOT_RETRY"`), an array in the 2026 API. */
  readonly errorType?: string | string[];
  /** `retry_policy.retry_codes` (2026), or `["DO_NOT_RETRY"]` for a 2024 `DO_NOT_RETRY` type; `[]` when Dintero gave none. */
  readonly retryCodes: Array<"DO_NOT_RETRY" | "RETRY_IMMEDIATELY" | "RETRY_AFTER_DELAY" | (string & {})>;
  /** `events[].error.retry_policy` as sent (2026): `retry_after` is an ISO 8601 duration, not seconds. `null` without one. */
  readonly retryPolicy: { retry_codes?: string[]; retry_after?: string; [member: string]: unknown } | null;
  /** Whether a later charge with a new `merchant_reference` may succeed: `false` for `DO_NOT_RETRY` and whenever Dintero does not say a retry may work. */
  readonly retryable: boolean;
  /** HTTP status of the answer (200 for a decline). */
  readonly status: number;
  /** Dintero's request id, if any. */
  readonly requestId?: string;
  /** HTTP attempts the charge took. */
  readonly attempts: number;
}

/**
 * A charge (`payWithToken`) may or may not have happened: an attempt failed after it may have
 * reached Dintero, and looking `merchantReference` up could not tell. Do not charge again with a
 * new reference: look this one up later (`GET /v1/transactions?merchant_reference=…`).
 */
export declare class DinteroPaymentOutcomeUnknownError extends DinteroError {
  readonly code: "payment_outcome_unknown";
  /** The `merchant_reference` to look up. */
  readonly merchantReference: string;
  /** HTTP status of the last answer, if there was one. */
  readonly status?: number;
  /** HTTP attempts the charge took. */
  readonly attempts?: number;
}
