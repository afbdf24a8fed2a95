// Turns the plain error objects thrown by the wasm core (`{ kind, code, message, ... }`, see
// src/error.rs) into instances of the exported error classes.
import {
  DinteroError,
  DinteroValidationError,
  DinteroApiError,
  DinteroAuthenticationError,
  DinteroRateLimitError,
  DinteroInvalidResponseError,
  DinteroNetworkError,
  DinteroTimeoutError,
  DinteroAbortError,
  DinteroPaymentDeclinedError,
  DinteroPaymentOutcomeUnknownError,
} from "./errors.js";

/** Error class for each `kind` of src/error.rs. */
const CLASSES = {
  validation: DinteroValidationError,
  api: DinteroApiError,
  authentication: DinteroAuthenticationError,
  rate_limit: DinteroRateLimitError,
  invalid_response: DinteroInvalidResponseError,
  network: DinteroNetworkError,
  timeout: DinteroTimeoutError,
  abort: DinteroAbortError,
  payment_declined: DinteroPaymentDeclinedError,
  payment_outcome_unknown: DinteroPaymentOutcomeUnknownError,
};

/** Turns a plain error object thrown by the wasm core into the matching error class. */
export function toDinteroError(value) {
  if (value instanceof Error) return value;
  if (value && typeof value === "object" && typeof value.kind === "string") {
    const Class = CLASSES[value.kind] ?? DinteroError;
    return new Class(value);
  }
  return new DinteroError({ code: "internal_error", message: String(value) });
}
