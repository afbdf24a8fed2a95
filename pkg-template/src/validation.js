// Validation, building and serialising of a payment token session request (the work happens in
// Rust; the TypeScript declarations and docs come from src/wasm/validation.rs).
import { callWasm } from "./runtime.js";
import { plainJsonText } from "./plain-json.js";

/** Every issue in `input` (errors and warnings), each with a JSON Pointer `path` and a stable `code`. */
export function validatePaymentTokenSession(input) {
  const text = plainJsonText(input);
  if (text !== null) {
    const issues = callWasm((glue) => glue.validatePaymentTokenSessionJson(text));
    if (issues !== undefined) return issues;
  }
  return callWasm((glue) => glue.validatePaymentTokenSession(input));
}

/** The exact payload that will be sent; throws DinteroValidationError listing every issue. */
export function buildPaymentTokenSession(input) {
  const text = plainJsonText(input);
  if (text !== null && callWasm((glue) => glue.buildPaymentTokenSessionJson(text))) return JSON.parse(text);
  return callWasm((glue) => glue.buildPaymentTokenSession(input));
}

/** The JSON text of the payload that will be sent; throws DinteroValidationError listing every issue. */
export function serializePaymentTokenSession(input) {
  const text = plainJsonText(input);
  if (text !== null && callWasm((glue) => glue.buildPaymentTokenSessionJson(text))) return text;
  return callWasm((glue) => glue.serializePaymentTokenSession(input));
}
