// Error classes of dintero-payment-token. Errors cross the wasm boundary as plain objects
// `{ kind, code, message, ... }` (see src/error.rs); error-mapping.js turns them into these classes.
// Each class's `name` is a string literal set on its prototype (see `named` at the end), not taken
// from the class name, which minifiers rename.

/** Base class of every error this package throws. */
export class DinteroError extends Error {
  constructor(fields) {
    super(fields.message);
    // The literal name given below to each class of this file; a user's subclass keeps its own.
    this.name = Object.hasOwn(new.target.prototype, "name") ? new.target.prototype.name : new.target.name;
    /** Stable snake_case identifier to branch on. */
    this.code = fields.code;
  }
}

/** The request payload or options are invalid; nothing was sent. `issues` lists every problem. */
export class DinteroValidationError extends DinteroError {
  constructor(fields) {
    super(fields);
    /** Every issue found, errors and warnings. */
    this.issues = fields.issues ?? [];
  }
}

/**
 * Dintero answered with an HTTP error status (after any retries). `status` is the HTTP status,
 * `dinteroCode` / `dinteroMessage` / `errors` come from Dintero's error body when it sent one,
 * `requestId` from the response headers, `attempts` counts the HTTP attempts made.
 */
export class DinteroApiError extends DinteroError {
  constructor(fields) {
    super(fields);
    /** HTTP status of the last response. */
    this.status = fields.status;
    /** Dintero's `error.code`, if any. */
    this.dinteroCode = fields.dinteroCode;
    /** Dintero's `error.message`, if any. */
    this.dinteroMessage = fields.dinteroMessage;
    /** Dintero's `error.errors` (nested validation errors), if any. */
    this.errors = fields.errors;
    /** Request id from the `request-id`, `x-request-id` or `dintero-request-id` response header. */
    this.requestId = fields.requestId;
    /** How many HTTP attempts were made. */
    this.attempts = fields.attempts;
    /** Seconds Dintero asked to wait (`Retry-After`), if it said so. */
    this.retryAfter = fields.retryAfter;
  }
}

/** Dintero refused the credentials or the access token (HTTP 401 or 403; 400 from the token endpoint). */
export class DinteroAuthenticationError extends DinteroApiError {}

/** Dintero answered 429 Too Many Requests after every retry; `retryAfter` says how long to wait (seconds). */
export class DinteroRateLimitError extends DinteroApiError {}

/** Dintero answered 2xx with a body that is not the expected JSON. Not retried. */
export class DinteroInvalidResponseError extends DinteroApiError {}

/** The request could not be sent or its response could not be read (refused, reset, DNS...), after every retry. */
export class DinteroNetworkError extends DinteroError {
  constructor(fields) {
    super(fields);
    /** How many HTTP attempts were made. */
    this.attempts = fields.attempts;
  }
}

/** No complete response arrived within `timeoutMs`, on every attempt. */
export class DinteroTimeoutError extends DinteroNetworkError {}

/** The caller's AbortSignal aborted the call; `cause` is the signal's reason. */
export class DinteroAbortError extends DinteroError {
  constructor(fields) {
    super(fields);
    if ("cause" in fields) {
      // Non-enumerable, like the `cause` Error's own constructor sets.
      Object.defineProperty(this, "cause", { value: fields.cause, configurable: true, writable: true, enumerable: false });
    }
    /** How many HTTP attempts were started before the abort. */
    this.attempts = fields.attempts;
  }
}

/**
 * A charge (`payWithToken`) was declined: Dintero answered with a transaction whose status is
 * `FAILED`, `DECLINED` or `AUTHORIZATION_VOIDED`. Extends {@link DinteroError} directly (not the
 * network errors), so code that retries timeouts never retries a charge by accident.
 */
export class DinteroPaymentDeclinedError extends DinteroError {
  constructor(fields) {
    super(fields);
    /** The declined transaction, exactly as Dintero sent it. */
    this.transaction = fields.transaction;
    /** The `merchant_reference` of the charge. */
    this.merchantReference = fields.merchantReference;
    /** The transaction's `status`. */
    this.transactionStatus = fields.transactionStatus;
    /** `events[].error.type` as sent: a string (2024, e.g. `DO_NOT_RETRY`) or an array (2026). */
    this.errorType = fields.errorType;
    /** `retry_policy.retry_codes` (2026), or `["DO_NOT_RETRY"]` for a 2024 `DO_NOT_RETRY` type. */
    this.retryCodes = fields.retryCodes ?? [];
    /** `events[].error.retry_policy` as sent (2026; its `retry_after` is ISO 8601), else `null`. */
    this.retryPolicy = fields.retryPolicy ?? null;
    /** Whether a later charge (with a new merchant reference) may succeed: `false` for `DO_NOT_RETRY`. */
    this.retryable = fields.retryable === true;
    /** HTTP status of the answer (200: Dintero reports declines as a transaction). */
    this.status = fields.status;
    /** Request id of the answer, if any. */
    this.requestId = fields.requestId;
    /** How many HTTP attempts the charge took. */
    this.attempts = fields.attempts;
  }
}

/**
 * A charge (`payWithToken`) may or may not have happened: an attempt failed after it may have
 * reached Dintero and looking `merchantReference` up could not tell. Do not charge again with a new
 * reference; look this one up later. Extends {@link DinteroError} directly.
 */
export class DinteroPaymentOutcomeUnknownError extends DinteroError {
  constructor(fields) {
    super(fields);
    /** The `merchant_reference` to look up. */
    this.merchantReference = fields.merchantReference;
    /** HTTP status of the last answer, if there was one. */
    this.status = fields.status;
    /** How many HTTP attempts the charge took. */
    this.attempts = fields.attempts;
  }
}

/** Gives `Class` the literal `name`, so `error.name` survives minification of the class name. */
function named(Class, name) {
  Object.defineProperty(Class.prototype, "name", { value: name, writable: true, enumerable: false, configurable: true });
}

named(DinteroError, "DinteroError");
named(DinteroValidationError, "DinteroValidationError");
named(DinteroApiError, "DinteroApiError");
named(DinteroAuthenticationError, "DinteroAuthenticationError");
named(DinteroRateLimitError, "DinteroRateLimitError");
named(DinteroInvalidResponseError, "DinteroInvalidResponseError");
named(DinteroNetworkError, "DinteroNetworkError");
named(DinteroTimeoutError, "DinteroTimeoutError");
named(DinteroAbortError, "DinteroAbortError");
named(DinteroPaymentDeclinedError, "DinteroPaymentDeclinedError");
named(DinteroPaymentOutcomeUnknownError, "DinteroPaymentOutcomeUnknownError");
