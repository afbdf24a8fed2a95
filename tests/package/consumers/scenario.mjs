// One scenario run in every runtime (Node ESM, Node CJS, Deno, workerd): the package's public
// functions on a valid and an invalid request. Runtime-neutral: returns the checks, asserts nothing.

/** A minimal valid request (the documentation page's example, trimmed). */
export const validRequest = {
  session: {
    order: { currency: "NOK", merchant_reference: "order-1" },
    url: { return_url: "https://example.com/accept" },
  },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

/** Runs the scenario against `api` (the imported package) and returns `{ ok, checks }`. */
export function runScenario(api) {
  const checks = [];
  const check = (name, fn) => {
    try {
      const detail = fn();
      checks.push({ name, ok: detail === true, detail: detail === true ? undefined : detail });
    } catch (error) {
      checks.push({ name, ok: false, detail: `threw ${error && error.name}: ${error && error.message}` });
    }
  };
  check("exports every public function and class", () => {
    const missing = ["validatePaymentTokenSession", "buildPaymentTokenSession", "serializePaymentTokenSession", "DinteroError", "DinteroValidationError"].filter(
      (name) => typeof api[name] !== "function",
    );
    return missing.length === 0 || `missing: ${missing}`;
  });
  check("a valid request has no error issues", () => {
    const errors = api.validatePaymentTokenSession(validRequest).filter((i) => i.severity === "error");
    return errors.length === 0 || JSON.stringify(errors);
  });
  check("an empty object names both required fields", () => {
    const paths = api.validatePaymentTokenSession({}).map((i) => `${i.path}:${i.code}`);
    return (paths.includes("/session:required") && paths.includes("/token_provider:required")) || JSON.stringify(paths);
  });
  check("build returns the payload unchanged", () => {
    const built = api.buildPaymentTokenSession(validRequest);
    return JSON.stringify(built) === JSON.stringify(validRequest) || JSON.stringify(built);
  });
  check("serialize returns the payload's JSON text (fast path and value path)", () => {
    const text = api.serializePaymentTokenSession(validRequest);
    // A Date is not plain JSON data: the careful value path reports it instead of a text.
    let dateRefused = false;
    try {
      api.serializePaymentTokenSession({ ...validRequest, when: new Date(0) });
    } catch (error) {
      dateRefused = error instanceof api.DinteroValidationError && error.issues.some((i) => i.path === "/when");
    }
    return (text === JSON.stringify(validRequest) && dateRefused) || `${text} ${dateRefused}`;
  });
  check("build throws DinteroValidationError with issues", () => {
    try {
      api.buildPaymentTokenSession({ session: {} });
      return "did not throw";
    } catch (error) {
      const ok =
        error instanceof api.DinteroValidationError &&
        error instanceof api.DinteroError &&
        error instanceof Error &&
        error.code === "validation_failed" &&
        Array.isArray(error.issues) &&
        error.issues.length > 0;
      return ok || `${error && error.name} ${error && error.code} ${JSON.stringify(error && error.issues)}`;
    }
  });
  return { ok: checks.every((c) => c.ok), checks };
}
