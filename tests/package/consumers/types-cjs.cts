// Strict TypeScript, CommonJS consumer (`require` condition, module nodenext).
import { validatePaymentTokenSession, DinteroValidationError, type ValidationIssue } from "dintero-payment-token";

const issues: ValidationIssue[] = validatePaymentTokenSession(null);
const isError = (e: unknown): e is DinteroValidationError => e instanceof DinteroValidationError;
void issues;
void isError;
