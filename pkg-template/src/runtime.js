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

/** The current glue module; throws if no entry file installed one. */
function installedGlue() {
  if (!current) throw toDinteroError({ kind: "internal", code: "not_initialized", message: "the wasm module is not initialised" });
  return current.glue;
}

/** The error to throw for `error` from a wasm call; after a trap, Node gets a fresh instance first. */
function failure(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return toDinteroError(error);
  if (current && current.reload) current.glue = current.reload();
  return toDinteroError({ kind: "internal", code: "internal_error", message: `internal error in the wasm module: ${error.message}` });
}

/** Calls `fn(glue)`; plain error objects thrown by Rust become the matching error classes. */
export function callWasm(fn) {
  const glue = installedGlue();
  try {
    return fn(glue);
  } catch (error) {
    throw failure(error);
  }
}

/** Like `callWasm` for functions returning a promise. */
export async function callWasmAsync(fn) {
  const glue = installedGlue();
  try {
    return await fn(glue);
  } catch (error) {
    throw failure(error);
  }
}
