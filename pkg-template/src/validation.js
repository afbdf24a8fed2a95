// Validation and building of a payment token session request (the work happens in Rust).
import { callWasm } from "./runtime.js";
import { plainJsonText } from "./plain-json.js";
import { toDinteroError } from "./error-mapping.js";

const OPTIONS = ["strict"];

/** `strict` from `{ strict?: boolean }`; throws DinteroValidationError (`invalid_options`) for anything else. */
function strictOption(options) {
  if (options === undefined || options === null) return false;
  const issues = [];
  if (typeof options !== "object" || Array.isArray(options)) {
    issues.push({ path: "", code: "invalid_type", message: "options must be an object", severity: "error" });
  } else {
    for (const key of Object.keys(options)) {
      if (!OPTIONS.includes(key)) {
        issues.push({ path: `/${key}`, code: "unknown_option", message: `unknown option \`${key}\`; known: ${OPTIONS.join(", ")}`, severity: "error" });
      }
    }
    if (options.strict !== undefined && typeof options.strict !== "boolean") {
      issues.push({ path: "/strict", code: "invalid_type", message: "must be a boolean", severity: "error" });
    }
  }
  if (issues.length) {
    const message = `the options has ${issues.length} error(s); ${issues.map((i) => `${i.code} at \`${i.path}\`: ${i.message}`).join("; ")}`;
    throw toDinteroError({ kind: "validation", code: "invalid_options", message, issues });
  }
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
  return callWasm((glue) => glue.validatePaymentTokenSession(input, strict));
}

/**
 * The exact payload that will be sent; throws DinteroValidationError listing every issue.
 * With `{ strict: true }` warnings block too.
 */
export function buildPaymentTokenSession(input, options) {
  const strict = strictOption(options);
  const text = plainJsonText(input);
  if (text !== null && callWasm((glue) => glue.buildPaymentTokenSessionJson(text, strict))) return JSON.parse(text);
  return callWasm((glue) => glue.buildPaymentTokenSession(input, strict));
}
