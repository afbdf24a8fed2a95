// Hostile `fetch` implementations injected into the client, run in Node (tests/node/hostile-fetch.test.mjs)
// and in workerd (worker.mjs here). Nothing is sent over the network: every `fetch` answers in
// process. Each case must end in a typed error (or a success), never a trap of the wasm module,
// and the module must keep working afterwards.
//
// `foreignRealm` (optional) makes values of another realm (node:vm in Node): `{ response(body),
// rejectingResponse(), error(message) }`.

const REQUEST = {
  session: { order: { currency: "NOK", merchant_reference: "hostile-1" }, url: { return_url: "https://shop.example/return" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};
const CREATED = JSON.stringify({ id: "T11223344.hostile", url: "https://checkout.example/v1/view/T11223344.hostile", extra: 9007199254740993 });

const encoder = new TextEncoder();

/** A Response whose body sends half a JSON document, then errors with `reason`. */
function halfBody(reason) {
  let sent = false;
  const stream = new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(encoder.encode(CREATED.slice(0, 20)));
      } else {
        controller.error(reason);
      }
    },
  });
  return new Response(stream, { status: 200, headers: { "content-type": "application/json" } });
}

/** A stream of `chunk` forever (pulled on demand), or of `chunks` then its end. */
function streamOf({ chunks = [], forever = null }) {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (forever !== null) return controller.enqueue(forever);
      if (i < chunks.length) return controller.enqueue(chunks[i++]);
      controller.close();
    },
  });
}
const MIB = new Uint8Array(1024 * 1024).fill(0x20);
const inChunks = (text) => [...text].reduce((parts, c, k) => (k % 7 ? parts : [...parts, text.slice(k, k + 7)]), []).map((p) => encoder.encode(p));
/** A Response-like object (not a Response) whose `body` is a ReadableStream. */
const streamLike = (stream, headers = new Headers()) => ({ status: 200, headers, body: stream, text: async () => { throw new Error("text() must not be called"); } });

/** The hostile cases: name, fetch, the error class name expected (or "ok"), and a message pattern. */
export function hostileCases(foreignRealm) {
  const cases = [
    ["rejects with a string", () => Promise.reject("network down"), "DinteroNetworkError", /network down/],
    ["rejects with undefined", () => Promise.reject(undefined), "DinteroNetworkError"],
    ["rejects with a Symbol", () => Promise.reject(Symbol("nope")), "DinteroNetworkError"],
    ["rejects with null", () => Promise.reject(null), "DinteroNetworkError"],
    ["rejects with a plain object", () => Promise.reject({ message: 42 }), "DinteroNetworkError"],
    ["throws a number synchronously", () => { throw 7; }, "DinteroNetworkError"],
    ["returns a thenable rejecting with a Symbol", () => ({ then: (_, reject) => reject(Symbol("t")) }), "DinteroNetworkError"],
    ["resolves a plain object", async () => ({ ok: true }), "DinteroNetworkError", /not a Response/],
    ["resolves undefined", async () => undefined, "DinteroNetworkError", /not a Response/],
    ["resolves a string", async () => "200 OK", "DinteroNetworkError", /not a Response/],
    ["resolves a Symbol", async () => Symbol("r"), "DinteroNetworkError", /not a Response/],
    ["resolves an object inheriting from Response.prototype", async () => Object.create(Response.prototype), "DinteroNetworkError", /not a Response/],
    ["resolves a Response-like with a throwing status getter", async () => ({ get status() { throw Symbol("s"); }, text: async () => CREATED }), "DinteroNetworkError", /not a Response/],
    ["resolves a Response-like whose text() throws a string", async () => ({ status: 200, headers: new Headers(), text() { throw "no text"; } }), "DinteroNetworkError", /no text/],
    ["resolves a Response-like whose text() resolves a number", async () => ({ status: 200, headers: new Headers(), text: async () => 12 }), "DinteroInvalidResponseError"],
    ["resolves a real Response with an own throwing `headers`", async () => {
      const response = new Response(CREATED, { status: 200 });
      Object.defineProperty(response, "headers", { get() { throw undefined; } });
      return response;
    }, "ok"],
    ["resolves a body that errors half way with a string", async () => halfBody("cut"), "DinteroNetworkError", /cut/],
    ["resolves a body that errors half way with undefined", async () => halfBody(undefined), "DinteroNetworkError"],
    ["resolves a body that errors half way with a Symbol", async () => halfBody(Symbol("cut")), "DinteroNetworkError"],
    ["resolves a body that errors half way with an Error", async () => halfBody(new TypeError("reset")), "DinteroNetworkError", /reset/],
    ["resolves a body already read", async () => { const r = new Response(CREATED); await r.text(); return r; }, "DinteroNetworkError"],
    ["resolves a 503 with a non-JSON body", async () => new Response("<html>", { status: 503 }), "DinteroApiError"],
    ["resolves a real Response (control)", async () => new Response(CREATED, { status: 200 }), "ok"],
    // The response body limit (4 MiB): read through the body's stream, chunk by chunk.
    ["resolves a real Response with an endless body", async () => new Response(streamOf({ forever: MIB }), { status: 200 }), "DinteroInvalidResponseError", /over the limit of 4194304 bytes/],
    ["resolves a real Response declaring a Content-Length over the limit", async () => new Response(CREATED, { status: 200, headers: { "content-length": "99999999" } }), "DinteroInvalidResponseError", /Content-Length: 99999999/],
    ["resolves a real Response whose stream yields strings", async () => new Response(streamOf({ chunks: [CREATED] }), { status: 200 }), "DinteroNetworkError", /not a Uint8Array/],
    ["resolves a real Response in many small chunks (control)", async () => new Response(streamOf({ chunks: inChunks(CREATED) }), { status: 200 }), "ok"],
    ["resolves a Response-like with a stream body in small chunks", async () => streamLike(streamOf({ chunks: inChunks(CREATED) })), "ok"],
    ["resolves a Response-like with an endless stream body", async () => streamLike(streamOf({ forever: MIB })), "DinteroInvalidResponseError", /over the limit/],
    ["resolves a Response-like whose stream yields numbers", async () => streamLike(streamOf({ chunks: [42] })), "DinteroNetworkError", /not a Uint8Array/],
    ["resolves a Response-like whose getReader throws a Symbol", async () => ({ status: 200, headers: new Headers(), body: { getReader() { throw Symbol("locked"); } }, text: async () => CREATED }), "DinteroNetworkError"],
    ["resolves a Response-like whose reader's read rejects with undefined", async () => ({ status: 200, headers: new Headers(), body: { getReader: () => ({ read: () => Promise.reject(undefined), cancel: () => Promise.reject(Symbol("c")) }) }, text: async () => CREATED }), "DinteroNetworkError"],
    ["resolves a Response-like with a Content-Length over the limit", async () => streamLike(streamOf({ chunks: [encoder.encode(CREATED)] }), new Headers({ "content-length": "4194305" })), "DinteroInvalidResponseError", /Content-Length: 4194305/],
  ];
  if (foreignRealm) {
    cases.push(
      ["resolves a Response-like of another realm", async () => foreignRealm.response(CREATED), "ok"],
      ["resolves a Response-like of another realm whose text() rejects with its Error", async () => foreignRealm.rejectingResponse(), "DinteroNetworkError", /foreign failure/],
      ["rejects with an Error of another realm", () => Promise.reject(foreignRealm.error("foreign reject")), "DinteroNetworkError", /foreign reject/],
    );
  }
  return cases;
}

/** Runs every case, then checks the module still works; returns `{ checks }` (each `{ name, ok, detail }`). */
export async function runHostileFetchScenario(api, { foreignRealm } = {}) {
  const checks = [];
  const check = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail: ok ? undefined : String(detail) });
  const base = { accessToken: "tok-hostile", baseUrl: "https://checkout.example", maxRetries: 0, timeoutMs: 2000 };
  for (const [name, fetch, expected, pattern] of hostileCases(foreignRealm)) {
    let outcome;
    try {
      outcome = await new api.DinteroClient({ ...base, fetch }).createPaymentTokenSession(REQUEST);
    } catch (error) {
      outcome = error;
    }
    if (expected === "ok") {
      check(name, outcome && outcome.id === "T11223344.hostile", describe(outcome));
    } else {
      const typed = outcome instanceof api.DinteroError && outcome.constructor.name === expected && outcome.code !== "internal_error";
      check(name, typed && (!pattern || pattern.test(outcome.message)), describe(outcome));
    }
  }
  // A caller abort with a Symbol reason while a hostile fetch never settles.
  const controller = new AbortController();
  const hanging = new api.DinteroClient({ ...base, fetch: () => new Promise(() => {}) }).createPaymentTokenSession(REQUEST, { signal: controller.signal });
  controller.abort(Symbol("caller"));
  const aborted = await hanging.catch((e) => e);
  check("caller abort with a Symbol reason", aborted instanceof api.DinteroAbortError && typeof aborted.cause === "symbol", describe(aborted));
  // A fetch that never settles is ended by the timeout.
  const timedOut = await new api.DinteroClient({ ...base, timeoutMs: 50, fetch: () => new Promise(() => {}) }).createPaymentTokenSession(REQUEST).catch((e) => e);
  check("a fetch that never settles times out", timedOut instanceof api.DinteroTimeoutError, describe(timedOut));
  // The timeout also covers the body: headers arrive at once, the body never ends.
  const stalled = () => new Response(new ReadableStream({ start: (c) => c.enqueue(encoder.encode(CREATED.slice(0, 10))) }), { status: 200 });
  const stalledBody = await new api.DinteroClient({ ...base, timeoutMs: 50, fetch: async () => stalled() }).createPaymentTokenSession(REQUEST).catch((e) => e);
  check("a body that never ends times out", stalledBody instanceof api.DinteroTimeoutError, describe(stalledBody));
  // The module still works: a plain call and the validators.
  const after = await new api.DinteroClient({ ...base, fetch: async (request) => new Response(CREATED, { status: 200 }) })
    .createPaymentTokenSession(REQUEST)
    .catch((e) => e);
  check("the module keeps working after every case", after && after.id === "T11223344.hostile", describe(after));
  check("validation still works", api.validatePaymentTokenSession({}).length > 0, "no issues");
  return { checks };
}

function describe(value) {
  if (value instanceof Error) return `${value.constructor.name} ${value.code}: ${value.message}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
