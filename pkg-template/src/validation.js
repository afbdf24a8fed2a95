// Validation, building and serialising of a payment token session request (the work happens in
// Rust; the TypeScript declarations and docs come from src/wasm/validation.rs, which also reads
// and checks the options).
import { callWasm } from "./runtime.js";
import { plainJsonText } from "./plain-json.js";

/**
 * Every issue in `input` (errors and warnings), each with a JSON Pointer `path` and a stable `code`.
 * With `{ strict: true }` warnings are reported as errors.
 */
export function validatePaymentTokenSession(input, options) {
  const text = plainJsonText(input);
  if (text !== null) {
    const issues = callWasm((glue) => glue.validatePaymentTokenSessionJson(text, options));
    if (issues !== undefined) return issues;
  }
  return callWasm((glue) => glue.validatePaymentTokenSession(input, options));
}

/**
 * The exact payload that will be sent; throws DinteroValidationError listing every issue.
 * With `{ strict: true }` warnings block too.
 */
export function buildPaymentTokenSession(input, options) {
  const text = plainJsonText(input);
  if (text !== null && callWasm((glue) => glue.buildPaymentTokenSessionJson(text, options))) return JSON.parse(text);
  return callWasm((glue) => glue.buildPaymentTokenSession(input, options));
}

/**
 * The JSON text of the payload that will be sent; throws DinteroValidationError listing every issue.
 * With `{ strict: true }` warnings block too.
 */
export function serializePaymentTokenSession(input, options) {
  const text = plainJsonText(input);
  if (text !== null && callWasm((glue) => glue.buildPaymentTokenSessionJson(text, options))) return text;
  return callWasm((glue) => glue.serializePaymentTokenSession(input, options));
}
