// The scenario every consumer project runs, copied into each project (as a user's own source file,
// so the project's bundler processes it). Named imports, as users write them, so bundlers tree-shake
// the package as they would in a real app. Runtime-neutral: returns the checks, asserts nothing.
import {
  DinteroClient,
  DinteroError,
  DinteroValidationError,
  buildPaymentTokenSession,
  validatePaymentTokenSession,
} from "dintero-payment-token";
import { REQUEST, SYSTEM } from "./request.mjs";
import { mergingInitHeaders, rebuildingRequest } from "./fetch-wrappers.mjs";
import { runCallbackScenario } from "./callback-scenario.mjs";

/** Validation only (no network): what browser builds run in the page. Returns `{ checks }`. */
export function runValidationScenario() {
  const checks = [];
  const check = (name, fn) => {
    try {
      const detail = fn();
      checks.push({ name, ok: detail === true, detail: detail === true ? undefined : String(detail) });
    } catch (error) {
      checks.push({ name, ok: false, detail: `threw ${error && error.name}: ${error && error.message}` });
    }
  };
  check("a valid request has no error issues", () => {
    const errors = validatePaymentTokenSession(REQUEST).filter((i) => i.severity === "error");
    return errors.length === 0 || JSON.stringify(errors);
  });
  check("an empty object names both required fields", () => {
    const paths = validatePaymentTokenSession({}).map((i) => `${i.path}:${i.code}`);
    return (paths.includes("/session:required") && paths.includes("/token_provider:required")) || JSON.stringify(paths);
  });
  check("build returns the payload unchanged", () => {
    return JSON.stringify(buildPaymentTokenSession(REQUEST)) === JSON.stringify(REQUEST) || "changed";
  });
  check("build throws DinteroValidationError (instanceof, name, code, issues)", () => {
    try {
      buildPaymentTokenSession({ session: {} });
      return "did not throw";
    } catch (error) {
      return validationErrorProblem(error);
    }
  });
  return { checks };
}

/**
 * Validation, then the client against the mock Dintero at `config.url`: a session, a session with
 * `includeSession`, an invalid request (rejected before anything is sent), then one session through
 * each `fetch` wrapper of WRAPPERS (or those `config.wrappers` names), given as the `fetch` option
 * of a client of its own (so its token request goes through the wrapper too). Returns `{ checks }`.
 */
export async function runScenario(config) {
  const { checks } = runValidationScenario();
  const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail: ok ? undefined : describe(detail) });
  const newClient = (fetch) => new DinteroClient({
    accountId: config.accountId,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    baseUrl: config.url,
    system: SYSTEM,
    fetch,
  });
  const client = newClient(undefined);

  const created = await client.createPaymentTokenSession(REQUEST).catch((e) => e);
  check("creates a session", typeof created.id === "string" && created.url === `${config.url}/v1/view/${created.id}`, created);

  const withSession = await client.createPaymentTokenSession(REQUEST, { includeSession: true }).catch((e) => e);
  check("includeSession returns the session", withSession.session && withSession.session.id === withSession.id, withSession);

  const rejected = await client.createPaymentTokenSession({ session: {} }).then(() => "did not throw", validationErrorProblem);
  check("an invalid request is rejected with DinteroValidationError", rejected === true, rejected);

  for (const kind of config.wrappers ?? Object.keys(WRAPPERS)) {
    const wrap = WRAPPERS[kind];
    const wrapped = await newClient(wrap((input, init) => globalThis.fetch(input, init))).createPaymentTokenSession(REQUEST).catch((e) => e);
    check(`creates a session through a fetch wrapper ${kind}`, typeof wrapped.id === "string", wrapped);
  }
  checks.push(...(await runCallbackScenario()));
  return { checks };
}

/** The fetch wrappers the scenario creates a session through, by the name `config.wrappers` lists. */
export const WRAPPERS = { "merging its headers into init": mergingInitHeaders, "rebuilding new Request(input, init)": rebuildingRequest };

/** `true` if `error` is a DinteroValidationError with everything users branch on intact (minified or not); else why not. */
function validationErrorProblem(error) {
  const ok =
    error instanceof DinteroValidationError &&
    error instanceof DinteroError &&
    error instanceof Error &&
    error.name === "DinteroValidationError" &&
    error.code === "validation_failed" &&
    Array.isArray(error.issues) &&
    error.issues.some((i) => i.severity === "error" && typeof i.path === "string" && typeof i.code === "string");
  return ok || describe(error);
}

function describe(value) {
  if (value instanceof Error) return `${value.name} (${value.code}): ${value.message} ${JSON.stringify(value.issues ?? "")}`;
  return JSON.stringify(value);
}
