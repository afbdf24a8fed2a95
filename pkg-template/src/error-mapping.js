// Turns the plain error objects thrown by the wasm core (`{ kind, code, message, ... }`, see
// src/error.rs) into instances of the exported error classes.
import { DinteroError, DinteroValidationError } from "./errors.js";

/** Error class for each `kind` of src/error.rs. */
const CLASSES = {
  validation: DinteroValidationError,
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
