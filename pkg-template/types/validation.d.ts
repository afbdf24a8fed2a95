/**
 * Validates a payment token session request and returns every issue found (errors and warnings),
 * each with a JSON Pointer `path`, a stable `code` and a human `message`, in a deterministic order.
 * Never throws, whatever `input` is.
 *
 * @example
 * const issues = validatePaymentTokenSession(request);
 * if (issues.some((i) => i.severity === "error")) console.table(issues);
 */
export declare function validatePaymentTokenSession(input: unknown): ValidationIssue[];

/**
 * Validates `input` and returns the exact JSON payload that will be sent to Dintero.
 * Applies no defaults and never changes a value you set; unknown fields pass through untouched.
 *
 * @throws {DinteroValidationError} when any error-severity issue exists (`err.issues` lists them all).
 */
export declare function buildPaymentTokenSession(input: unknown): PaymentTokenSessionRequest;
