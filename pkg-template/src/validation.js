// Validation and building of a payment token session request (the work happens in Rust).
import { callWasm } from "./runtime.js";

/** Every issue in `input` (errors and warnings), each with a JSON Pointer `path` and a stable `code`. */
export function validatePaymentTokenSession(input) {
  return callWasm((glue) => glue.validatePaymentTokenSession(input));
}

/** The exact payload that will be sent; throws DinteroValidationError listing every issue. */
export function buildPaymentTokenSession(input) {
  return callWasm((glue) => glue.buildPaymentTokenSession(input));
}
