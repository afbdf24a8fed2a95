// The wasm instance behind the public functions, set once by the runtime's entry file.
import { toDinteroError } from "./error-mapping.js";

let current = null;

/**
 * Wraps a wasm-bindgen glue module. `reload` (Node only) returns a fresh instance; it is used if
 * the current one ever traps (a WebAssembly.RuntimeError), so one bad call cannot poison the next.
 */
export function installRuntime(glue, reload) {
  current = { glue, reload };
}

function recoverFrom(error) {
  if (error instanceof WebAssembly.RuntimeError && current && current.reload) {
    current.glue = current.reload();
  }
}

function internalError(error) {
  return toDinteroError({ kind: "internal", code: "internal_error", message: `internal error in the wasm module: ${error && error.message}` });
}

/** Calls `fn(glue)`; plain error objects thrown by Rust become the matching error classes. */
export function callWasm(fn) {
  if (!current) throw toDinteroError({ kind: "internal", code: "not_initialized", message: "the wasm module is not initialised" });
  try {
    return fn(current.glue);
  } catch (error) {
    recoverFrom(error);
    throw error instanceof WebAssembly.RuntimeError ? internalError(error) : toDinteroError(error);
  }
}

/** Like `callWasm` for functions returning a promise. */
export async function callWasmAsync(fn) {
  if (!current) throw toDinteroError({ kind: "internal", code: "not_initialized", message: "the wasm module is not initialised" });
  try {
    return await fn(current.glue);
  } catch (error) {
    recoverFrom(error);
    throw error instanceof WebAssembly.RuntimeError ? internalError(error) : toDinteroError(error);
  }
}

/** The current glue module (for code that must construct wasm-bindgen classes). */
export function currentGlue() {
  return current ? current.glue : null;
}
