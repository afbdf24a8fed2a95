// Seeded fuzzing of the package's public entry points with hostile JavaScript values, shared by
// Node (tests/fuzz/hostile.test.mjs, tests/fuzz/run.mjs) and Deno (fuzz/deno-fuzz.mjs). It takes
// the package (`api`) and fast-check (`fc`) as arguments so that it runs unchanged in any runtime.
//
// For every generated request, client options and transaction id it checks that
// - nothing traps the wasm module (no `internal_error`) and the module keeps working;
// - only the package's error classes are thrown, and `validatePaymentTokenSession` never throws
//   (without options; with bad options it throws DinteroValidationError);
// - each call completes within `timeLimitMs`;
// - nothing is sent for invalid input (the fetch stub records every call), and what is sent or
//   built is exactly the caller's JSON (`JSON.stringify(input)`), never a rewritten value;
// - a base URL is accepted only if WHATWG URL (what `fetch` uses) reads the same host, and plain
//   http only for a loopback host;
// - the client secret appears in no error.

const SECRET = "s3cr3t-never-shown";
const BASE_URL = "http://127.0.0.1:9";

const VALID = {
  session: { order: { currency: "NOK", merchant_reference: "order-1" }, url: { return_url: "https://example.com/accept" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};

/** Where hostile values are put into an otherwise valid request. */
const REQUEST_PATHS = [
  [],
  ["session"],
  ["session", "order"],
  ["session", "order", "currency"],
  ["session", "order", "merchant_reference"],
  ["session", "url", "return_url"],
  ["session", "url", "callback_url"],
  ["session", "metadata"],
  ["session", "customer", "email"],
  ["token_provider"],
  ["token_provider", "token_types"],
  ["token_provider", "token_types", 0],
  ["token_provider", "payment_product_type"],
  ["x_unknown"],
];

const CLIENT_KEYS = ["strict", "accessToken", "accountId", "clientId", "clientSecret", "baseUrl", "timeoutMs", "maxRetries", "system", "fetch", "includeSession", "signal", "__proto__"];

/** `make` (a function building a fresh value), shown as `text` in fast-check's reports. */
function described(fc, text, make) {
  return Object.assign(make, { [fc.toStringMethod]: () => text });
}

/** A Proxy whose every trap throws. */
function throwingProxy(target) {
  const fail = () => {
    throw new Error("trap");
  };
  const traps = {};
  for (const trap of ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf", "defineProperty", "set", "deleteProperty", "apply", "construct", "isExtensible", "preventExtensions", "setPrototypeOf"]) {
    traps[trap] = fail;
  }
  return new Proxy(target, traps);
}

/** A Proxy with one throwing trap (the others forward). */
function proxyThrowingOn(trap, target) {
  return new Proxy(target, {
    [trap]() {
      throw new Error(`${trap} trap`);
    },
  });
}

function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function nested(levels, leaf) {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { next: value };
  return value;
}

function cyclicObject() {
  const o = { a: 1 };
  o.self = o;
  return o;
}

function cyclicArray() {
  const a = ["payment_token"];
  a.push(a);
  return a;
}

function withGetter(value, throws) {
  return Object.defineProperty({}, "currency", {
    enumerable: true,
    get() {
      if (throws) throw new Error("getter");
      return value;
    },
  });
}

/** Values that break assumptions; each is built fresh per use (some are mutable). */
function hostileValues(fc) {
  const loneSurrogate = fc.constantFrom("\ud800", "a\udc00", "\udbff", "x\udfffy", "\ud83d", "\ude00ok");
  const factories = fc.constantFrom(
    () => revokedProxy(),
    () => throwingProxy({}),
    () => throwingProxy([]),
    () => proxyThrowingOn("get", ["payment_token"]),
    () => proxyThrowingOn("get", { currency: "NOK" }),
    () => proxyThrowingOn("ownKeys", { currency: "NOK" }),
    () => proxyThrowingOn("getOwnPropertyDescriptor", { currency: "NOK" }),
    () => proxyThrowingOn("getPrototypeOf", { currency: "NOK" }),
    () => proxyThrowingOn("has", {}),
    () => new Proxy([], { get: (t, k) => (k === "length" ? 2 ** 32 - 1 : undefined) }),
    () => new Proxy([], { get: (t, k) => (k === "length" ? Number.MAX_SAFE_INTEGER : undefined) }),
    () => new Proxy([], { get: (t, k) => (k === "length" ? -1 : undefined) }),
    () => new Proxy([], { get: (t, k) => (k === "length" ? "3" : undefined) }),
    () => new Proxy(["payment_token"], {}),
    () => new Array(2 ** 32 - 1),
    () => Object.assign(new Array(2 ** 32 - 1), { 5: "payment_token" }),
    () => new Array(100_001),
    () => new Array(100_001).fill(undefined),
    () => new Array(100_001).fill(null),
    () => [, , "payment_token"],
    () => cyclicObject(),
    () => cyclicArray(),
    () => nested(10_000, "x"),
    () => nested(63, "x"),
    () => nested(65, "x"),
    () => withGetter("NOK", false),
    () => withGetter("NOK", true),
    () => JSON.parse('{"__proto__": {"currency": "NOK"}, "constructor": 1, "prototype": 2}'),
    () => Object.create(null),
    () => Object.create({ inherited: 1 }),
    () => ({ toJSON: () => "replaced" }),
    () => ({ ["k\ud800"]: "v" }),
    () => ({ ["\udc00"]: { currency: "NOK" } }),
    () => new Uint8Array(4),
    () => new Float64Array(2),
    () => new ArrayBuffer(8),
    () => new DataView(new ArrayBuffer(2)),
    () => new Date(0),
    () => new Map([["a", 1]]),
    () => new Set([1]),
    () => /re/,
    () => new Error("e"),
    () => Promise.resolve(1),
    () => new WeakMap(),
    () => new String("boxed"),
    () => new Number(1),
    () => Symbol("s"),
    () => Symbol.iterator,
    () => 10n ** 30n,
    () => function named() {},
    () => class Klass {},
    () => NaN,
    () => Infinity,
    () => -0,
    () => 2 ** 53 + 2,
    () => undefined,
    () => null,
    () => "x".repeat(1_000_000),
    () => globalThis,
  );
  return fc.oneof(
    { arbitrary: factories, weight: 6 },
    { arbitrary: loneSurrogate.map((s) => described(fc, fc.stringify(s), () => s)), weight: 2 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => described(fc, fc.stringify(v), () => structuredClone(v))), weight: 2 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 8 }).map((s) => described(fc, fc.stringify(s), () => s)), weight: 1 },
  );
}

/** A hostile tree: hostile values inside (possibly sparse) arrays and objects with odd keys. */
function hostileTrees(fc) {
  const leaf = hostileValues(fc);
  const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "toString", "currency", "", "a/b~c", "\ud800"), fc.string({ maxLength: 4 }));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
    array: fc.array(tie("tree"), { maxLength: 4 }).map((makers) => described(fc, `[${makers.map((m, i) => (i % 3 === 2 ? "<hole>" : fc.stringify(m))).join(", ")}]`, () => {
      const out = [];
      makers.forEach((make, i) => {
        if (i % 3 !== 2) out[i] = make(); // every third slot stays a hole
      });
      return out;
    })),
    object: fc.array(fc.tuple(key, tie("tree")), { maxLength: 4 }).map((entries) => described(fc, `{${entries.map(([k, m]) => `${fc.stringify(k)}: ${fc.stringify(m)}`).join(", ")}}`, () => {
      const out = {};
      for (const [k, make] of entries) Object.defineProperty(out, k, { value: make(), enumerable: true, configurable: true, writable: true });
      return out;
    })),
  }));
  return tree;
}

function setAt(root, path, value) {
  if (path.length === 0) return value;
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== "object") node[key] = {};
    node = node[key];
  }
  node[path[path.length - 1]] = value;
  return root;
}

/** Base URLs from the pieces that matter to WHATWG host parsing. */
function baseUrls(fc) {
  const part = fc.oneof(
    fc.integer({ min: 0, max: 300 }).map(String),
    fc.constantFrom("127", "08", "09", "010", "0177", "0x7f", "0X7F", "0x", "00", "0", "255", "256", "4294967295", "4294967296", "2130706433", "１２７", "%31%32%37", "%6c"),
    fc.constantFrom("localhost", "LOCALHOST", "ｌｏｃａｌｈｏｓｔ", "example", "com", "xn--bcher-kva", "xn--a", "xn--ls8h", "xn--a-ecp", "XN--ZCA", "bücher", "a-b", "x_y", "", "a%2eb", "%00", "%zz", "a b", "a\\b", "a|b"),
  );
  const dot = fc.constantFrom(".", ".", ".", "。", "．");
  const host = fc.oneof(
    { arbitrary: fc.array(fc.tuple(part, dot), { minLength: 1, maxLength: 5 }).map((pieces) => pieces.map(([p, d]) => p + d).join("").slice(0, -1)), weight: 4 },
    { arbitrary: fc.constantFrom("[::1]", "[::]", "[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]", "[::127.0.0.1]", "[1::2::3]", "[::1", "[zz::1]", "[::1%25eth0]", "[0::01]"), weight: 1 },
    { arbitrary: fc.constantFrom("127.0.0.1.", "localhost.", "api.localhost", "localhost.example", "127.08.0.1", "127.0.0.08", "0x7f.1", "127.1", "1.2.3.4.5"), weight: 1 },
  );
  const port = fc.oneof(fc.constant(""), fc.constantFrom(":", ":0", ":80", ":443", ":0443", ":8080", ":65535", ":65536", ":8o", ":-1"));
  const path = fc.constantFrom("", "/", "/api", "/a/../b", "/%2e", "/v1", "/p?q", "/p#f", "/a b", "/ü", "\\p");
  const scheme = fc.constantFrom("http", "https", "HTTPS", "ftp", "http:", "https:/");
  return fc.tuple(scheme, host, port, path).map(([s, h, p, pa]) => `${s}://${h}${p}${pa}`);
}

/** What the fetch stub received since the last `recordingFetch()`. */
let sent = [];

/** Answers like Dintero and records what was sent; installed as the global `fetch` too. */
async function stubFetch(input, init = {}) {
  const url = String(typeof input === "string" || input instanceof URL ? input : input.url);
  const body = init.body ?? (typeof input === "object" && !(input instanceof URL) && input.method !== "GET" ? await input.text() : undefined);
  sent.push({ url, body: body === undefined ? undefined : String(body) });
  const transaction = url.includes("/transactions/");
  const reply = transaction ? { id: "T11223344.abc", card: { payment_token: "pt" } } : { id: "T11223344.abc", url: "https://checkout.dintero.com/v1/view/x" };
  return new Response(JSON.stringify(reply), { status: transaction ? 200 : 201, headers: { "content-type": "application/json" } });
}

function recordingFetch() {
  sent = [];
  return { fetch: stubFetch, calls: sent };
}

/**
 * The fuzz run: `runs` inputs for each property (requests; client options, call options and
 * transaction ids; base URLs). Resolves to `{ failures, stats: { inputs, ms } }`.
 */
export async function fuzzPackage(api, fc, options = {}) {
  // Clients built without a `fetch` option use the global one: the stub, so nothing leaves.
  const globalFetch = globalThis.fetch;
  globalThis.fetch = stubFetch;
  try {
    return await fuzzProperties(api, fc, options);
  } finally {
    globalThis.fetch = globalFetch;
  }
}

async function fuzzProperties(api, fc, { seed = 42, runs = 100, timeLimitMs = 5000, log = () => {} }) {
  const failures = [];
  const stats = { inputs: 0, ms: 0 };
  const started = Date.now();

  function check(condition, message) {
    if (!condition) throw new Error(message);
  }
  function ownError(error, where) {
    check(error instanceof api.DinteroError, `${where} threw a foreign ${error?.constructor?.name}: ${String(error?.message ?? error).slice(0, 200)}`);
    check(typeof error.code === "string" && error.code !== "internal_error", `${where}: ${error.code}: ${error.message.slice(0, 300)}`);
    check(!String(error.message).includes(SECRET) && !JSON.stringify(error.issues ?? []).includes(SECRET), `${where}: the secret leaked`);
    return error;
  }
  async function timed(where, call) {
    const t0 = Date.now();
    let outcome;
    try {
      outcome = { value: await call() };
    } catch (error) {
      outcome = { error: ownError(error, where) };
    }
    const elapsed = Date.now() - t0;
    check(elapsed <= timeLimitMs, `${where} took ${elapsed} ms`);
    return outcome;
  }
  function sameJson(a, b, where) {
    let expected;
    try {
      expected = JSON.stringify(b);
    } catch (error) {
      throw new Error(`${where} accepted an input JSON.stringify cannot write (${error.message})`);
    }
    check(a === expected, `${where} changed the input: ${String(a).slice(0, 200)} vs ${String(expected).slice(0, 200)}`);
  }
  async function still_works() {
    check(api.validatePaymentTokenSession(VALID).length === 0, "the module stopped working");
  }

  const request = fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...REQUEST_PATHS), hostileTrees(fc)).map(([path, make]) => described(fc, `VALID with /${path.join("/")} = ${fc.stringify(make)}`, () => setAt(structuredClone(VALID), path, make()))), weight: 5 },
    { arbitrary: hostileTrees(fc), weight: 1 },
  );
  const property = async (makeRequest) => {
    const { fetch, calls } = recordingFetch();
    const input = makeRequest();
    const validated = await timed("validatePaymentTokenSession", () => api.validatePaymentTokenSession(input));
    check(!validated.error, `validatePaymentTokenSession threw ${validated.error?.code}`);
    check(Array.isArray(validated.value), "validatePaymentTokenSession did not return an array");
    const invalid = validated.value.some((issue) => issue.severity === "error");
    const built = await timed("buildPaymentTokenSession", () => api.buildPaymentTokenSession(input));
    check(invalid === Boolean(built.error), `buildPaymentTokenSession and validatePaymentTokenSession disagree: ${built.error?.message ?? "built"}`);
    if (!built.error) sameJson(JSON.stringify(built.value), input, "buildPaymentTokenSession");
    const client = new api.DinteroClient({ accessToken: "tok", baseUrl: BASE_URL, maxRetries: 0, fetch });
    const created = await timed("createPaymentTokenSession", () => client.createPaymentTokenSession(input));
    if (invalid) {
      check(created.error instanceof api.DinteroValidationError, `createPaymentTokenSession: expected a DinteroValidationError, got ${created.error?.code ?? "success"}`);
      check(calls.length === 0, "createPaymentTokenSession sent an invalid request");
    } else if (!created.error) {
      check(calls.length === 1, `createPaymentTokenSession made ${calls.length} calls`);
      sameJson(calls[0].body, input, "createPaymentTokenSession");
    }
  };

  const options = fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...CLIENT_KEYS), hostileValues(fc)).map(([key, make]) => described(fc, `options with ${key} = ${fc.stringify(make)}`, () => Object.defineProperty({ accessToken: "tok", clientSecret: SECRET, accountId: "T11223344", clientId: "id", baseUrl: BASE_URL }, key, { value: make(), enumerable: true, configurable: true, writable: true }))), weight: 4 },
    { arbitrary: fc.tuple(fc.constantFrom(...CLIENT_KEYS), fc.boolean()).map(([key, throws]) => described(fc, `options with a getter for ${key}${throws ? " that throws" : ""}`, () => Object.defineProperty({ accessToken: "tok", baseUrl: BASE_URL }, key, { enumerable: true, get() { if (throws) throw new Error("getter"); return "x"; } }))), weight: 1 },
    { arbitrary: hostileValues(fc), weight: 2 },
    { arbitrary: fc.constantFrom("ownKeys", "getOwnPropertyDescriptor", "get", "getPrototypeOf", "has").map((trap) => described(fc, `options in a Proxy whose ${trap} throws`, () => proxyThrowingOn(trap, { accessToken: "tok", baseUrl: BASE_URL }))), weight: 1 },
  );
  const transactionId = fc.oneof(hostileValues(fc), fc.string({ unit: "binary", maxLength: 12 }), fc.constantFrom("T11223344.abc", "..", ".", "a/b", "a?b", "")).map((id) => (typeof id === "function" ? id : described(fc, fc.stringify(id), () => id)));
  const optionsProperty = async ([makeOptions, makeId, makeCallOptions]) => {
    const { calls } = recordingFetch();
    const given = makeOptions();
    const constructed = await timed("new DinteroClient", () => new api.DinteroClient(given));
    const oneShot = await timed("createPaymentTokenSession (one-shot)", () => api.createPaymentTokenSession(VALID, makeOptions()));
    if (oneShot.error) check(calls.length === 0 || !(oneShot.error instanceof api.DinteroValidationError), "one-shot sent a request with invalid options");
    const client = constructed.value ?? new api.DinteroClient({ accessToken: "tok", baseUrl: BASE_URL, maxRetries: 0 });
    const before = calls.length;
    const id = makeId();
    const got = await timed("getPaymentToken", () => client.getPaymentToken(id, makeCallOptions()));
    const validId = typeof id === "string" && /^[A-Za-z0-9._-]{1,200}$/.test(id) && id !== "." && id !== "..";
    if (!validId) check(got.error instanceof api.DinteroValidationError && calls.length === before, "getPaymentToken accepted an invalid transaction id");
    await timed("createPaymentTokenSession (call options)", () => client.createPaymentTokenSession(VALID, makeCallOptions()));
    await timed("validatePaymentTokenSession (options)", () => api.validatePaymentTokenSession(VALID, makeCallOptions()));
    await timed("buildPaymentTokenSession (options)", () => api.buildPaymentTokenSession(VALID, makeCallOptions()));
    await timed("toJSON", () => JSON.stringify(client));
  };

  const urlProperty = async (baseUrl) => {
    const { fetch, calls } = recordingFetch();
    const made = await timed("new DinteroClient (baseUrl)", () => new api.DinteroClient({ accessToken: "tok", baseUrl, maxRetries: 0, fetch }));
    let parsed = null;
    try {
      parsed = new URL(baseUrl);
    } catch {}
    if (made.error) {
      check(made.error instanceof api.DinteroValidationError, `baseUrl ${baseUrl}: ${made.error.code}`);
      return;
    }
    check(parsed !== null, `baseUrl ${JSON.stringify(baseUrl)} accepted but WHATWG URL refuses it`);
    const configured = new URL(made.value.toJSON().baseUrl);
    check(configured.protocol === parsed.protocol && configured.host === parsed.host, `baseUrl ${JSON.stringify(baseUrl)} read as ${configured.host}, WHATWG reads ${parsed.host}`);
    // Plain http only to a host trusted without a name lookup (not `*.localhost`, not `localhost.`).
    const host = parsed.hostname;
    const trusted = host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
    check(parsed.protocol === "https:" || trusted, `baseUrl ${JSON.stringify(baseUrl)}: plain http to ${host}`);
    await timed("createPaymentTokenSession (baseUrl)", () => made.value.createPaymentTokenSession(VALID));
    check(calls.length === 1 && new URL(calls[0].url).host === parsed.host, `baseUrl ${JSON.stringify(baseUrl)}: the request went to ${calls[0]?.url}`);
  };

  const callOptions = fc.oneof(
    fc.constant(() => undefined),
    hostileValues(fc),
    fc.tuple(fc.constantFrom("signal", "includeSession", "strict", "__proto__"), hostileValues(fc)).map(([key, make]) => described(fc, `call options with ${key} = ${fc.stringify(make)}`, () => Object.defineProperty({}, key, { value: make(), enumerable: true }))),
    fc.constantFrom("ownKeys", "get", "getOwnPropertyDescriptor").map((trap) => described(fc, `call options in a Proxy whose ${trap} throws`, () => proxyThrowingOn(trap, { signal: undefined }))));
  const properties = [
    ["requests", request, property],
    ["client options and transaction ids", fc.tuple(options, transactionId, callOptions), optionsProperty],
    ["base URLs", baseUrls(fc), urlProperty],
  ];
  for (const [name, arbitrary, body] of properties) {
    const t0 = Date.now();
    const result = await fc.check(
      fc.asyncProperty(arbitrary, async (value) => {
        stats.inputs++;
        await body(value);
      }),
      { seed, numRuns: runs, endOnFailure: true, includeErrorInReport: true },
    );
    await still_works();
    log(`${name}: ${runs} inputs in ${Date.now() - t0} ms`);
    if (result.failed) failures.push(`${name}: ${fc.defaultReportMessage(result)}`);
  }
  stats.ms = Date.now() - started;
  return { failures, stats };
}
