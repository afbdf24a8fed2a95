// Type tests for the code unions generated from Rust (`IssueCode` in src/validate/codes.rs,
// `ErrorCode` in src/error.rs). Checked with `tsc --strict --noEmit`; every `@ts-expect-error`
// line must fail to type-check.
import { DinteroError, validatePaymentTokenSession } from "dintero-payment-token";
import type { ErrorCode, IssueCode, ValidationIssue } from "dintero-payment-token";

export const issueCode: IssueCode = "invalid_currency";
export const inputCode: IssueCode = "lone_surrogate";
export const optionCode: IssueCode = "unknown_option";
// @ts-expect-error: a typo in an issue code fails to type-check
export const issueTypo: IssueCode = "invalid_curency";

export const errorCode: ErrorCode = "rate_limited";
// @ts-expect-error: a typo in an error code fails to type-check
export const errorTypo: ErrorCode = "rate_limit";

export function currencyIssues(input: unknown): ValidationIssue[] {
  return validatePaymentTokenSession(input).filter((issue) => issue.code === "invalid_currency");
}

export function typoInComparison(issue: ValidationIssue): boolean {
  // @ts-expect-error: comparing with a code that does not exist is a type error
  return issue.code === "invalid_curency";
}

export function onError(err: unknown): string {
  if (err instanceof DinteroError) {
    const code: ErrorCode = err.code;
    // @ts-expect-error: not an error code
    if (err.code === "ratelimited") return "never";
    return code;
  }
  return "other";
}

// Error classes are declared from src/error/kinds.rs: each `code` union is the class's own codes
// and its subclasses'.
import { DinteroApiError, DinteroSignatureError } from "dintero-payment-token";
export function signatureCode(err: DinteroSignatureError): "signature_missing" | "signature_malformed" | "signature_expired" | "signature_mismatch" {
  // @ts-expect-error: not a code of DinteroSignatureError
  if (err.code === "rate_limited") return "signature_missing";
  return err.code;
}
export function apiCode(err: DinteroApiError): ErrorCode {
  // @ts-expect-error: a signature code is not an API error code
  if (err.code === "signature_mismatch") return err.code;
  return err.code;
}
