// The wasm instance behind the public functions, set once by the runtime's entry file.
import { toDinteroError } from "./error-mapping.js";

let current = null;

/**
 * Installs a wasm-bindgen glue module (called once, by the entry file, when it loads). `reload`
 * (Node only) returns a fresh instance; it is used if the current one ever traps (a
 * WebAssembly.RuntimeError), so one bad call cannot poison the next.
 */
export function installRuntime(glue, reload) {
  current = { glue, reload };
}

/**
 * The current glue module. Every entry file installs it before its first export is reachable, so
 * this throws only if a bundler dropped the entry file's code or a file under dist/lib was imported
 * directly; the message says so.
 */
function installedGlue() {
  if (!current) {
    throw toDinteroError({
      kind: "internal",
      code: "not_initialized",
      message:
        "the wasm module of dintero-payment-token is not initialised: no entry file of the package ran " +
        "(dist/node.cjs, dist/browser.mjs, dist/workerd.mjs, dist/edge-light.mjs or dist/deno.mjs). " +
        'Import the package by its name ("dintero-payment-token"), not a file under dist/lib, and do not mark it ' +
        "side-effect free in your bundler configuration (its entry files initialise the module when loaded).",
    });
  }
  return current.glue;
}

/**
 * Whether `error` is a WebAssembly trap. Checked by name too: a trap raised in another realm (Next.js
 * runs edge code in a sandbox realm) is not an instance of this realm's WebAssembly.RuntimeError.
 */
function isWasmTrap(error) {
  return error instanceof WebAssembly.RuntimeError || (Object.prototype.toString.call(error) === "[object Error]" && error.name === "RuntimeError");
}

/** The error to throw for `error` from a wasm call; after a trap, Node gets a fresh instance first. */
function failure(error) {
  if (!isWasmTrap(error)) return toDinteroError(error);
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
