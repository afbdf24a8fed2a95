// The response body limit on the installed package against a server on 127.0.0.1: a body
// longer than 4 MiB (endless, or declared by Content-Length) ends the call at once with
// DinteroInvalidResponseError `response_too_large`, is not retried, and is not read further
// (the server sees the connection closed). 100 concurrent calls each receiving an endless body
// keep memory bounded, and the module keeps working afterwards.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { importPackage } from "../package/scratch-project.mjs";

const { DinteroClient, DinteroInvalidResponseError } = await importPackage();

const LIMIT = 4 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);
const REQUEST = {
  session: { order: { currency: "NOK", merchant_reference: "limit-1" }, url: { return_url: "https://shop.example/return" } },
  token_provider: { payment_product_type: "payex.creditcard", token_types: ["payment_token"] },
};
const CREATED = JSON.stringify({ id: "T11223344.limit", url: "https://checkout.example/v1/view/T11223344.limit" });

/** Per connection: bytes written and whether the client closed it. */
const connections = [];
let requests = 0;
let server;
let baseUrl;

/** Writes `CHUNK` for as long as the socket takes it (respecting back-pressure). */
function writeForever(res, record) {
  const pump = () => {
    while (!res.destroyed) {
      record.written += CHUNK.length;
      if (!res.write(CHUNK)) return res.once("drain", pump);
    }
  };
  pump();
}

before(async () => {
  server = createServer((req, res) => {
    requests += 1;
    const record = { mode: req.url, written: 0, closedAt: null };
    connections.push(record);
    res.on("close", () => (record.closedAt = Date.now()));
    req.resume();
    req.on("end", () => {
      const status = req.url.includes("/503/") ? 503 : 200;
      if (req.url.includes("endless")) {
        res.writeHead(status, { "content-type": "application/json", "request-id": "req-endless" });
        writeForever(res, record);
      } else if (req.url.includes("declared")) {
        // Declares 100 MiB, sends one chunk, then stalls: only the header can end the call fast.
        res.writeHead(200, { "content-type": "application/json", "content-length": String(100 * LIMIT) });
        res.write(CHUNK);
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(CREATED);
      }
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A client whose requests go under `prefix` of the test server (which picks the answer). */
function clientFor(prefix) {
  return new DinteroClient({ accessToken: "tok-limit", baseUrl: `${baseUrl}${prefix}`, timeoutMs: 30_000 });
}

test("100 concurrent calls receiving endless bodies end at once, unretried, with memory bounded", async (t) => {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = Date.now();
  const firstRequest = requests;
  const outcomes = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      clientFor(`/endless/${i % 2 ? 503 : 200}`)
        .createPaymentTokenSession(REQUEST)
        .then(() => null, (error) => error),
    ),
  );
  const elapsed = Date.now() - started;
  clearInterval(sampler);
  for (const error of outcomes) {
    assert.ok(error instanceof DinteroInvalidResponseError, String(error));
    assert.equal(error.code, "response_too_large");
    assert.equal(error.attempts, 1);
    assert.equal(error.requestId, "req-endless");
    assert.ok([200, 503].includes(error.status));
    assert.match(error.message, /over the limit of 4194304 bytes; the rest was not read/);
  }
  assert.equal(requests - firstRequest, 100, "no call was retried (a 503 would be, with a readable body)");
  // The 30 s timeout never came into it: 100 x 4 MiB over loopback.
  assert.ok(elapsed < 20_000, `took ${elapsed} ms`);
  // Every connection is closed by the client, soon after the call ended.
  await waitFor(() => connections.filter((c) => c.mode.includes("endless")).every((c) => c.closedAt !== null), 5_000);
  // What the server managed to write is the limit plus what socket buffers hold, not more.
  const maxWritten = Math.max(...connections.filter((c) => c.mode.includes("endless")).map((c) => c.written));
  assert.ok(maxWritten < LIMIT + 32 * 1024 * 1024, `a connection took ${maxWritten} bytes`);
  // Generous: 100 bodies of at most 4 MiB each in flight at once, plus the runtime's buffers.
  const grown = peakRss - before.rss;
  assert.ok(grown < 1024 * 1024 * 1024, `rss grew by ${(grown / 1048576).toFixed(0)} MiB`);
  t.diagnostic(`100 endless bodies: ${elapsed} ms, rss peak +${(grown / 1048576).toFixed(0)} MiB, max written per connection ${(maxWritten / 1048576).toFixed(1)} MiB`);
  // The module keeps working.
  const created = await clientFor("/ok").createPaymentTokenSession(REQUEST);
  assert.equal(created.id, "T11223344.limit");
});

test("a Content-Length over the limit ends the call before the body arrives", async () => {
  const started = Date.now();
  const error = await clientFor("/declared").createPaymentTokenSession(REQUEST).catch((e) => e);
  assert.ok(error instanceof DinteroInvalidResponseError, String(error));
  assert.equal(error.code, "response_too_large");
  assert.match(error.message, /\(Content-Length: 419430400\)/);
  assert.ok(Date.now() - started < 5_000, "the stalled body was not waited for");
  const record = connections.at(-1);
  await waitFor(() => record.closedAt !== null, 5_000);
});

test("a body within the limit is read whole, whatever its chunks", async () => {
  const created = await clientFor("/ok").createPaymentTokenSession(REQUEST);
  assert.deepEqual({ ...created }, JSON.parse(CREATED));
});

async function waitFor(predicate, ms) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) assert.fail("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
