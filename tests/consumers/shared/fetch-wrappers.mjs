// The kinds of `fetch` wrapper that runtimes, APM agents and test interceptors put between a
// library and the network; the package's headers must reach the server through them unchanged.
// Runtime-neutral (no imports): copied into every consumer project and used by tests/node.

const REQUEST_FIELDS = ["method", "body", "cache", "credentials", "integrity", "keepalive", "mode", "redirect", "referrer", "referrerPolicy", "signal"];

/**
 * What Next.js's edge sandbox does to `fetch` (next/dist/server/web/sandbox/context.js, 16.x): it
 * gives `init` headers of its own (`user-agent: Next.js Middleware` when `init` has none), then
 * calls `fetch(input.url, { ...fields of the Request, ...init, headers: Request's overlaid by init's })`.
 */
export function mergingInitHeaders(fetchImpl, name = "user-agent", value = "Next.js Middleware") {
  return async (input, init = {}) => {
    init.headers = new Headers(init.headers ?? {});
    if (!init.headers.has(name)) init.headers.set(name, value);
    if (typeof input === "object" && "url" in input) {
      const fields = Object.fromEntries(REQUEST_FIELDS.filter((k) => k in input).map((k) => [k, input[k]]));
      return fetchImpl(input.url, { ...fields, ...init, headers: { ...Object.fromEntries(input.headers), ...Object.fromEntries(init.headers) } });
    }
    return fetchImpl(String(input), init);
  };
}

/** A wrapper that rebuilds the call as one `Request` (`new Request(input, init)`) and passes only that. */
export function rebuildingRequest(fetchImpl) {
  return async (input, init) => fetchImpl(new Request(input, init));
}

/**
 * The fetch of a Next.js edge route handler (16.x): Next's fetch patch (next/dist/server/lib/
 * patch-fetch.js) turns a `Request` argument and its `init` into one `Request` and keeps only
 * `init.next`, then the sandbox of `mergingInitHeaders` runs. A call made with a `Request` loses
 * its User-Agent to `Next.js Middleware` whatever its `init` holds; `fetch(url, init)` keeps it.
 */
export function nextEdgeRouteFetch(fetchImpl) {
  const sandbox = mergingInitHeaders(fetchImpl);
  return async (input, init) => {
    if (input && typeof input === "object" && typeof input.method === "string" && init) {
      const { next, ...overrides } = init;
      input = new Request(input, overrides);
      init = next ? { next } : undefined;
    }
    const { next, ...rest } = init ?? {};
    return sandbox(input, { ...rest, next: { ...next, fetchType: "origin" } });
  };
}
