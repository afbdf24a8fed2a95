// Validation, building and serialising of a payment token session request (the work happens in
// Rust; the TypeScript declarations and docs come from src/wasm/validation.rs). The options are
// checked here (bad ones are `invalid_options` errors listing each problem at its path).
import { callWasm } from "./runtime.js";
import { plainJsonText } from "./plain-json.js";
import { invalidOptions, readOptions } from "./options.js";

const OPTIONS = ["strict"];

/** `strict` from `{ strict?: boolean }`; throws DinteroValidationError (`invalid_options`) for anything else. */
function strictOption(given) {
  const options = readOptions(given);
  if (options === undefined || options === null) return false;
  const issues = [];
  if (typeof options !== "object" || Array.isArray(options)) {
    issues.push({ path: "", code: "invalid_type", message: "options must be an object" });
  } else {
    for (const key of Object.keys(options)) {
      if (!OPTIONS.includes(key)) {
        issues.push({ path: `/${key}`, code: "unknown_option", message: `unknown option \`${key}\`; known: ${OPTIONS.join(", ")}` });
      }
    }
    if (options.strict !== undefined && typeof options.strict !== "boolean") {
      issues.push({ path: "/strict", code: "invalid_type", message: "must be a boolean" });
    }
  }
  if (issues.length) throw invalidOptions(issues);
  return options.strict === true;
}

/**
 * Every issue in `input` (errors and warnings), each with a JSON Pointer `path` and a stable `code`.
 * With `{ strict: true }` warnings are reported as errors.
 */
export function validatePaymentTokenSession(input, options) {
  const strict = strictOption(options);
  const text = plainJsonText(input);
  if (text !== null) {
    const issues = callWasm((glue) => glue.validatePaymentTokenSessionJson(text, strict));
    if (issues !== undefined) return issues;
  }
  return callWasm((glue) => glue.validatePaymentTokenSession(input, { strict }));
}

/**
 * The exact payload that will be sent; throws DinteroValidationError listing every issue.
 * With `{ strict: true }` warnings block too.
 */
export function buildPaymentTokenSession(input, options) {
  const strict = strictOption(options);
  const text = plainJsonText(input);
  if (text !== null && callWasm((glue) => glue.buildPaymentTokenSessionJson(text, strict))) return JSON.parse(text);
  return callWasm((glue) => glue.buildPaymentTokenSession(input, { strict }));
}

/**
 * The JSON text of the payload that will be sent; throws DinteroValidationError listing every issue.
 * With `{ strict: true }` warnings block too.
 */
export function serializePaymentTokenSession(input, options) {
  const strict = strictOption(options);
  const text = plainJsonText(input);
  if (text !== null && callWasm((glue) => glue.buildPaymentTokenSessionJson(text, strict))) return text;
  return callWasm((glue) => glue.serializePaymentTokenSession(input, { strict }));
}
