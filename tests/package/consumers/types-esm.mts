// Strict TypeScript, ES module consumer: the public functions and error classes are typed.
import {
  buildPaymentTokenSession,
  DinteroError,
  DinteroValidationError,
  serializePaymentTokenSession,
  validatePaymentTokenSession,
  type ValidationIssue,
} from "dintero-payment-token";

const issues: ValidationIssue[] = validatePaymentTokenSession({ anything: true });
const firstPath: string | undefined = issues[0]?.path;
const severity: "error" | "warning" | undefined = issues[0]?.severity;

try {
  const payload = buildPaymentTokenSession({});
  const currency: string = payload.session.order.currency;
  void currency;
} catch (error) {
  if (error instanceof DinteroValidationError) {
    const codes: string[] = error.issues.map((issue) => issue.code);
    void codes;
  } else if (error instanceof DinteroError) {
    const code: string = error.code;
    void code;
  }
}
const body: string = serializePaymentTokenSession({ session: {} });
void body;
void firstPath;
void severity;
