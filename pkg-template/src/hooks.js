// The hooks (onRequest, onResponse, onRetry, onError) and the logger of DinteroClient. The Rust
// client reports each attempt, response, retry and failed call (src/client/events.rs, never a
// secret); this file delivers those events to the user's functions, on a later microtask, where
// nothing they do (throw, reject, mutate the event, call the client again) can change a call.
import { toDinteroError } from "./error-mapping.js";

const PREFIX = "dintero-payment-token:";

const later = typeof queueMicrotask === "function" ? queueMicrotask : (fn) => Promise.resolve().then(fn);

function isFunction(value) {
  return typeof value === "function";
}

/** The level and the line a logger gets for `event`. */
function logLine(event) {
  const { method, path, attempt, status, durationMs, requestId } = event;
  const id = requestId ? `, request id ${requestId}` : "";
  switch (event.kind) {
    case "request":
      return ["debug", `${PREFIX} ${method} ${path} attempt ${attempt}`];
    case "response":
      return [status >= 200 && status < 300 ? "info" : "debug", `${PREFIX} ${method} ${path} -> ${status} in ${Math.round(durationMs)} ms (attempt ${attempt}${id})`];
    case "retry": {
      const why = { status: `HTTP ${status}`, timeout: "timed out", network: "network error", unauthorized: "HTTP 401, fetching a new access token" }[event.reason] ?? event.reason;
      return ["warn", `${PREFIX} ${method} ${path} attempt ${attempt} failed (${why}); retrying in ${event.delayMs} ms${id ? ` (${id.slice(2)})` : ""}`];
    }
    case "error":
      return ["error", `${PREFIX} ${event.error.message}`];
    default:
      return ["warn", `${PREFIX} the ${event.hook} hook failed: ${describe(event.error)}`];
  }
}

/** A short description of whatever a hook threw. */
function describe(thrown) {
  try {
    return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  } catch {
    return "(an unprintable value)";
  }
}

/** What the logger gets besides the line: the event without bodies or the error object. */
function logDetails(event) {
  const { body, error, ...details } = event;
  if (error && event.kind === "error") details.code = error.code;
  return details;
}

/**
 * The function the wasm client calls with each event (`src/wasm/event_sink.rs`), or `undefined`
 * when there is nothing to deliver to (then no event is even built). Called by the wasm
 * constructor with the options it checked: `handlers` maps each event kind to
 * `{ hook, handler }` (the option's name and the user's function), `logging` is
 * `{ hook, target, levels }` (the option's name, the logger, and its methods that get lines, by
 * `logLevel`) or `null`.
 */
export function eventDispatcher(handlers, logging) {
  if (!logging && !Object.keys(handlers).length) return undefined;
  const onError = handlers.error?.handler;

  /** Reports a failed hook (or logger) exactly once: to onError, else the logger, else the console. */
  function hookFailed(hook, thrown, event) {
    const { body, ...about } = event;
    const report = Object.freeze({ ...about, kind: "hookError", hook, error: thrown });
    if (hook !== handlers.error?.hook && onError) {
      guarded(handlers.error.hook, onError, report, (error) => hookFailed(handlers.error.hook, error, event));
    } else if (logging && hook !== logging.hook) {
      log(report);
    } else {
      try {
        globalThis.console.error(`${PREFIX} the ${hook} hook failed:`, thrown);
      } catch {
        // Nowhere left to report it.
      }
    }
  }

  /** Calls `fn(event)`; a throw or a rejected promise goes to `failed` (once), never further. */
  function guarded(name, fn, event, failed) {
    try {
      const result = fn(event);
      if (result !== null && (typeof result === "object" || isFunction(result)) && isFunction(result.then)) {
        result.then(undefined, failed);
      }
    } catch (error) {
      failed(error);
    }
  }

  function log(event) {
    const [level, line] = logLine(event);
    if (!logging.levels.includes(level)) return;
    try {
      logging.target[level](line, logDetails(event));
    } catch (error) {
      if (event.kind !== "hookError") hookFailed(logging.hook, error, event);
    }
  }

  function deliver(raw) {
    const event = Object.freeze(raw.kind === "error" ? { ...raw, error: toDinteroError(raw.error) } : raw);
    if (logging) log(event);
    const entry = Object.hasOwn(handlers, event.kind) ? handlers[event.kind] : undefined;
    if (entry) guarded(entry.hook, entry.handler, event, (error) => hookFailed(entry.hook, error, event));
  }

  return (raw) => {
    later(() => deliver(raw));
  };
}
