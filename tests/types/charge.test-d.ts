// Type tests for payWithToken, deletePaymentToken and the charge's errors.
// Checked with `tsc --strict --noEmit`; every `@ts-expect-error` line must fail to type-check.
import {
  DinteroClient,
  DinteroNetworkError,
  DinteroPaymentDeclinedError,
  DinteroPaymentOutcomeUnknownError,
  type CardToken,
  type PayWithTokenRequest,
  type Transaction,
} from "dintero-payment-token";

const client = new DinteroClient({ accessToken: "t" });

export const charge: PayWithTokenRequest = {
  session: {
    order: { amount: 29990, currency: "NOK", merchant_reference: "order-2", vat_amount: 6000 },
    customer: { tokens: { "payex.creditcard": { payment_token: "pt" } } },
    url: { callback_url: "https://shop.example/cb" },
    configuration: { auto_capture: true },
  },
  payment: { payment_product_type: "payex.creditcard", operation: "unscheduled_purchase" },
};

export async function flows(): Promise<void> {
  const tx = await client.payWithToken(charge, { featureToggle: "strict-merchant-reference", maxRetries: 1 });
  const plain: Transaction = tx;
  const attempts: number = tx.lastResponse.attempts;
  // @ts-expect-error: not a feature toggle
  await client.payWithToken(charge, { featureToggle: "strict" });
  // @ts-expect-error: operation is a closed enum
  await client.payWithToken({ ...charge, payment: { payment_product_type: "payex.creditcard", operation: "one_off" } });
  const deleted: CardToken = await client.deletePaymentToken("id", { reason: "gone", requestor: "CARDHOLDER" });
  // @ts-expect-error: not a requestor
  await client.deletePaymentToken("id", { requestor: "SHOPPER" });
  void [attempts, deleted.status, plain];
}

export function branch(error: unknown): string {
  if (error instanceof DinteroPaymentDeclinedError) {
    const retryable: boolean = error.retryable;
    const codes: string[] = error.retryCodes;
    const after: string | undefined = error.retryPolicy?.retry_after;
    // @ts-expect-error: a decline is not a network error
    const network: DinteroNetworkError = error;
    void network;
    return `${error.code} ${retryable} ${codes.join()} ${after} ${error.transaction.id} ${error.merchantReference}`;
  }
  if (error instanceof DinteroPaymentOutcomeUnknownError) return `${error.code} ${error.merchantReference}`;
  return "other";
}
