/** Options of {@link validatePaymentTokenSession} and {@link buildPaymentTokenSession}. */
export interface ValidationOptions {
  /**
   * Treat every warning as an error (its `severity` becomes `"error"` and its message says so).
   * Off by default: warnings flag what is probably a mistake but Dintero accepts.
   */
  strict?: boolean;
}

/**
 * Validates a payment token session request and returns every issue found (errors and warnings),
 * each with a JSON Pointer `path`, a stable `code` and a human `message`, in a deterministic order.
 * Never throws for any `input`; throws {@link DinteroValidationError} (`invalid_options`) only for
 * bad `options`.
 *
 * @example
 * const issues = validatePaymentTokenSession(request);
 * if (issues.some((i) => i.severity === "error")) console.table(issues);
 */
export declare function validatePaymentTokenSession(input: unknown, options?: ValidationOptions): ValidationIssue[];

/**
 * Validates `input` and returns the exact JSON payload that will be sent to Dintero.
 * Applies no defaults and never changes a value you set; unknown fields pass through untouched.
 * `error` issues block (Dintero would refuse the request, or the session could not work);
 * warnings do not, unless `{ strict: true }`.
 *
 * @throws {DinteroValidationError} when any error-severity issue exists (`err.issues` lists them all).
 */
export declare function buildPaymentTokenSession(input: unknown, options?: ValidationOptions): PaymentTokenSessionRequest;
