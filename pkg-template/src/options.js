// Safe reading of the option objects callers pass (client options, call options). An object is
// read once, inside try/catch, into a plain snapshot: a revoked Proxy, a throwing getter or a
// throwing `ownKeys`/`getOwnPropertyDescriptor` trap gives a DinteroValidationError naming where,
// never a foreign exception, and nothing reads the caller's object again afterwards.
import { toDinteroError } from "./error-mapping.js";

/** The `invalid_options` DinteroValidationError listing `issues` (`{ path, code, message }`). */
export function invalidOptions(issues) {
  const all = issues.map((issue) => ({ ...issue, severity: "error" }));
  const message = `the options has ${all.length} error(s); ${all.map((i) => `${i.code} at \`${i.path}\`: ${i.message}`).join("; ")}`;
  return toDinteroError({ kind: "validation", code: "invalid_options", message, issues: all });
}

/**
 * A snapshot of the own enumerable string-keyed properties of `options` when it is an object
 * that is not an array (keys such as `__proto__` stay plain keys); any other value is returned as
 * is, for the caller to report. Throws `invalid_options` if reading the object throws.
 */
export function readOptions(options) {
  if (options === null || typeof options !== "object") return options;
  let keys;
  try {
    if (Array.isArray(options)) return options;
    keys = Object.keys(options);
  } catch {
    throw invalidOptions([{ path: "", code: "unreadable_value", message: "reading the options threw an exception (revoked Proxy? throwing trap?)" }]);
  }
  const snapshot = Object.create(null);
  const issues = [];
  for (const key of keys) {
    try {
      snapshot[key] = options[key];
    } catch {
      issues.push({ path: `/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, code: "unreadable_value", message: "reading this option threw an exception" });
    }
  }
  if (issues.length) throw invalidOptions(issues);
  return { ...snapshot };
}
