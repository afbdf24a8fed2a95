// The hooks (onRequest, onResponse, onRetry, onError) and the logger of DinteroClient. The Rust
// client reports each attempt, response, retry and failed call (src/client/events.rs, never a
// secret); this file delivers those events to the user's functions, on a later microtask, where
// nothing they do (throw, reject, mutate the event, call the client again) can change a call.
import { toDinteroError } from "./error-mapping.js";

/** `logLevel` values, most verbose first. */
const LEVELS = ["debug", "info", "warn", "error", "off"];
const HOOK_OF_KIND = { request: "onRequest", response: "onResponse", retry: "onRetry", error: "onError" };
const PREFIX = "dintero-payment-token:";

const later = typeof queueMicrotask === "function" ? queueMicrotask : (fn) => Promise.resolve().then(fn);

function isFunction(value) {
  return typeof value === "function";
}

/** Whether `logger` has the four methods (`console` does); false if reading them throws. */
function isLogger(logger) {
  try {
    return logger !== null && (typeof logger === "object" || isFunction(logger)) && ["debug", "info", "warn", "error"].every((m) => isFunction(logger[m]));
  } catch {
    return false;
  }
}

/** The logger and the least severe level it gets, or null when logging is off (the default). */
function loggingOf(logger, logLevel) {
  const given = logger !== undefined && logger !== null;
  const level = typeof logLevel === "string" ? logLevel : given ? "info" : "off";
  if (level === "off" || !LEVELS.includes(level)) return null;
  const target = given ? logger : globalThis.console;
  return isLogger(target) ? { logger: target, threshold: LEVELS.indexOf(level) } : null;
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
 * when no hook is set and logging is off (then no event is even built). `hooks` holds the
 * user's `onRequest`, `onResponse`, `onRetry`, `onError` and `logger` (checked by the wasm
 * constructor; anything that is not a function is ignored here).
 */
export function eventDispatcher(hooks, logLevel) {
  const pick = (name) => (isFunction(hooks[name]) ? hooks[name] : undefined);
  const handlers = { onRequest: pick("onRequest"), onResponse: pick("onResponse"), onRetry: pick("onRetry"), onError: pick("onError") };
  const logging = loggingOf(hooks.logger, logLevel);
  if (!logging && !Object.values(handlers).some(Boolean)) return undefined;

  /** Reports a failed hook (or logger) exactly once: to onError, else the logger, else the console. */
  function hookFailed(hook, thrown, event) {
    const { body, ...about } = event;
    const report = Object.freeze({ ...about, kind: "hookError", hook, error: thrown });
    if (hook !== "onError" && handlers.onError) {
      guarded("onError", handlers.onError, report, (error) => hookFailed("onError", error, event));
    } else if (logging && hook !== "logger") {
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
    if (LEVELS.indexOf(level) < logging.threshold) return;
    try {
      logging.logger[level](line, logDetails(event));
    } catch (error) {
      if (event.kind !== "hookError") hookFailed("logger", error, event);
    }
  }

  function deliver(raw) {
    const event = Object.freeze(raw.kind === "error" ? { ...raw, error: toDinteroError(raw.error) } : raw);
    if (logging) log(event);
    const name = HOOK_OF_KIND[event.kind];
    const hook = name && handlers[name];
    if (hook) guarded(name, hook, event, (error) => hookFailed(name, error, event));
  }

  return (raw) => {
    later(() => deliver(raw));
  };
}
