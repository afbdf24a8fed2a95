// Runs verifyCallback of `api` on each generated case ({ request, options }, see
// tests/node/callback-property.test.mjs) and returns one outcome per case: "ok" with the
// transaction id read, or the error's class and code. Shared by Node and the Deno run.
export async function verifyCases(api, cases) {
  const outcomes = [];
  for (const { request, asRequest, options } of cases) {
    const given = asRequest ? new Request(request.url, { method: request.method, headers: request.headers }) : request;
    try {
      const callback = await api.verifyCallback(given, options);
      outcomes.push({ outcome: "ok", transactionId: callback.transactionId, signedAt: callback.signedAt });
    } catch (error) {
      outcomes.push({ outcome: `${error.name}:${error.code}` });
    }
  }
  return outcomes;
}
