// Turns the plain error objects thrown by the wasm core (`{ kind, code, message, ... }`, see
// src/error.rs) into instances of the exported error classes. errors.js and error-classes.js are
// generated from src/error/kinds.rs at build time (scripts/error-classes.mjs).
import { DinteroError } from "./errors.js";
import { ERROR_CLASSES } from "./error-classes.js";

/** Turns a plain error object thrown by the wasm core into the matching error class. */
export function toDinteroError(value) {
  if (value instanceof Error) return value;
  if (value && typeof value === "object" && typeof value.kind === "string") {
    const Class = Object.hasOwn(ERROR_CLASSES, value.kind) ? ERROR_CLASSES[value.kind] : DinteroError;
    return new Class(value);
  }
  return new DinteroError({ code: "internal_error", message: String(value) });
}
