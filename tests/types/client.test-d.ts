// Type tests for the client declarations (pkg-template/types/client.d.ts and errors.d.ts).
// Checked with `tsc --strict --noEmit`; every `@ts-expect-error` line must fail to type-check.
import {
  createPaymentTokenSession,
  DinteroAbortError,
  DinteroApiError,
  DinteroAuthenticationError,
  DinteroClient,
  DinteroError,
  DinteroInvalidResponseError,
  DinteroNetworkError,
  DinteroRateLimitError,
  DinteroTimeoutError,
  DinteroValidationError,
  type DinteroClientOptions,
  type DinteroClientSummary,
  type DinteroLastResponse,
  type DinteroRetryEvent,
  type PaymentTokenSessionCreated,
  type PaymentTokenSessionRequest,
  type Transaction,
} from "dintero-payment-token";

declare const request: PaymentTokenSessionRequest;

export const withCredentials = new DinteroClient({
  accountId: "T11223344",
  clientId: "id",
  clientSecret: "secret",
  baseUrl: "http://127.0.0.1:4010",
  timeoutMs: 5000,
  maxRetries: 0,
  system: { name: "shop", version: "1", pluginName: "p", pluginVersion: "2" },
  fetch: (url, init) => fetch(url, init),
});
export const withToken = new DinteroClient({ accessToken: "token" });
export const withGlobalFetch = new DinteroClient({ accessToken: "token", fetch });

// @ts-expect-error: client credentials need the account id
export const noAccount = new DinteroClient({ clientId: "id", clientSecret: "secret" });
// @ts-expect-error: an access token and client credentials exclude each other
export const both: DinteroClientOptions = { accessToken: "t", accountId: "T11223344", clientId: "id", clientSecret: "s" };
// @ts-expect-error: unknown option
export const typo = new DinteroClient({ accessToken: "t", retries: 3 });

export async function flows(signal: AbortSignal): Promise<void> {
  const created: PaymentTokenSessionCreated = await withCredentials.createPaymentTokenSession(request, { includeSession: true, signal });
  const url: string = created.url;
  const tx: Transaction = await withCredentials.getPaymentToken("T11223344.abc", { signal });
  const token: string | undefined = tx.card?.payment_token;
  const once: PaymentTokenSessionCreated = await createPaymentTokenSession(request, { accessToken: "t", includeSession: false });
  // @ts-expect-error: snake_case call option
  await withCredentials.createPaymentTokenSession(request, { include_session: true });
  const summary: DinteroClientSummary = withCredentials.toJSON();
  void [url, token, once, summary];
}

export const observed = new DinteroClient({
  accessToken: "t",
  onRequest: ({ method, path, attempt }) => console.log(method, path, attempt),
  onResponse: async ({ status, durationMs, requestId, body }) => {
    const code: number = status;
    void [code, durationMs, requestId?.length, body?.length];
  },
  onRetry: (event: DinteroRetryEvent) => console.log(event.reason, event.delayMs),
  onError: (event) => {
    if (event.kind === "error") console.log(event.error.code, event.status, event.requestId);
    else console.log(event.hook, event.error);
  },
  hookBodies: false,
  logger: console,
  logLevel: "debug",
});
// @ts-expect-error: not a log level
export const verbose = new DinteroClient({ accessToken: "t", logLevel: "verbose" });
// @ts-expect-error: a retry reason is a literal
export const reason: DinteroRetryEvent["reason"] = "flaky";

export async function visibility(): Promise<void> {
  const created = await observed.createPaymentTokenSession(request, { timeoutMs: 2000, maxRetries: 0 });
  const meta: DinteroLastResponse = created.lastResponse;
  const requestId: string | null = meta.requestId;
  const attempts: number = created.lastResponse.attempts;
  const tx = await observed.getPaymentToken("T1.x", { maxRetries: 1 });
  const status: number = tx.lastResponse.status;
  // @ts-expect-error: lastResponse is read-only
  created.lastResponse.attempts = 2;
  // @ts-expect-error: includeSession is not an option of getPaymentToken
  await observed.getPaymentToken("T1.x", { includeSession: true });
  void [requestId, attempts, status];
}

export function branch(error: unknown): string {
  if (error instanceof DinteroValidationError) return `${error.code} ${error.issues.length}`;
  if (error instanceof DinteroRateLimitError) return `${error.status} ${error.retryAfter ?? 0}`;
  if (error instanceof DinteroAuthenticationError) return error.code;
  if (error instanceof DinteroInvalidResponseError) return String(error.status);
  if (error instanceof DinteroApiError) {
    const status: number = error.status;
    const attempts: number = error.attempts;
    const details: Array<Record<string, unknown>> | undefined = error.errors;
    return `${status} ${attempts} ${error.dinteroCode ?? ""} ${error.dinteroMessage ?? ""} ${error.requestId ?? ""} ${details?.length}`;
  }
  if (error instanceof DinteroTimeoutError) return `${error.code} ${error.attempts}`;
  if (error instanceof DinteroNetworkError) return `${error.code} ${error.attempts}`;
  if (error instanceof DinteroAbortError) return `${error.code} ${String(error.cause)}`;
  if (error instanceof DinteroError) return error.code;
  return "unknown";
}
