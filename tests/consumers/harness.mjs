// Consumer projects: each directory next to this file is a small real project (its own package.json
// and package-lock.json, tools pinned exactly). A test copies it to .build/consumers/<name>, installs
// its tools from the lockfile and the packed tarball (.build/dintero-payment-token-*.tgz), builds it
// with the real tool and runs the result against the mock Dintero on 127.0.0.1.
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdtempSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { startMockDintero } from "../mock-dintero/server.mjs";
import { freePort } from "../package/runtimes.mjs";
import { REQUEST, SYSTEM } from "./shared/request.mjs";

export { freePort };

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, "..", "..");
const buildRoot = join(repoRoot, ".build", "consumers");

/** The packed tarball built by scripts/build.sh. */
function tarballPath() {
  const dir = join(repoRoot, ".build");
  const tgz = existsSync(dir) && readdirSync(dir).find((f) => /^dintero-payment-token-.*\.tgz$/.test(f));
  if (!tgz) throw new Error("no .build/dintero-payment-token-*.tgz: run scripts/build.sh first");
  return join(dir, tgz);
}

const sha256 = (...buffers) => buffers.reduce((h, b) => h.update(b), createHash("sha256")).digest("hex");

/**
 * Copies tests/consumers/<name> (and shared/) to .build/consumers/<name> and installs it: the tools
 * from its committed lockfile and the packed tarball, with `npm install` from the npm registry.
 * Idempotent: skipped when neither the lockfile nor the tarball changed since the last install.
 * `base`: another project whose files are copied first (the same app on other tool versions: the
 * project's own folder then holds only its package.json and lockfile). Returns the project directory.
 */
export async function prepareProject(name, { base } = {}) {
  const source = join(here, name);
  const dir = join(buildRoot, name);
  mkdirSync(dir, { recursive: true });
  for (const from of base ? [join(here, base), source] : [source]) {
    for (const entry of readdirSync(from)) {
      if (entry !== "node_modules") cpSync(join(from, entry), join(dir, entry), { recursive: true });
    }
  }
  cpSync(join(here, "shared"), dir, { recursive: true });
  const tgz = tarballPath();
  const lock = readFileSync(join(source, "package-lock.json"));
  const stamp = join(dir, "node_modules", ".consumer-install");
  const wanted = sha256(lock, readFileSync(tgz));
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== wanted) {
    // --no-save: the tarball is installed without touching the committed package.json and lockfile.
    await run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", tgz], { cwd: dir, timeoutMs: 15 * 60_000 });
    writeFileSync(stamp, wanted);
  }
  return dir;
}

/** Runs a command; resolves with stdout, rejects with its output on failure or timeout. */
export function run(command, args, { cwd, env = {}, timeoutMs = 5 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} ${args.join(" ")} failed in ${cwd}: ${error.message}\n${stdout}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** The installed version of package `name` in project `dir`. */
export function installedVersion(dir, name) {
  return JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8")).version;
}

/**
 * Starts a long-running server (`command args`, with PORT in its environment) and waits until
 * `url` answers. Returns `{ url, log(), stop() }`.
 */
export async function startServer(command, args, { cwd, env = {}, port, timeoutMs = 120_000 }) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(command, args, { cwd, env: { ...process.env, PORT: String(port), ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      // The whole process group: wrangler and next start child processes of their own.
      process.kill(-child.pid, "SIGTERM");
      setTimeout(() => child.exitCode === null && child.signalCode === null && process.kill(-child.pid, "SIGKILL"), 5000).unref();
    });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited (${child.exitCode}):\n${log}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`${command} ${args.join(" ")} did not answer on ${url} within ${timeoutMs} ms:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return { url, log: () => log, stop };
}

/** Starts the mock Dintero on 127.0.0.1; `config` is what the consumer's scenario needs. */
export async function startMock() {
  const mock = await startMockDintero();
  return { mock, config: { url: mock.url, accountId: mock.accountId, clientId: mock.clientId, clientSecret: mock.clientSecret } };
}

/** POSTs the scenario config to a consumer server route and returns its JSON answer. */
export async function postScenario(url, config) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(config), signal: AbortSignal.timeout(60_000) });
  const text = await res.text();
  assert.equal(res.status, 200, `${url} answered ${res.status}: ${text.slice(0, 2000)}`);
  return JSON.parse(text);
}

/** Asserts every check of a scenario result passed (and that there were some). */
export function assertChecks(result, minimum) {
  const failed = result.checks.filter((c) => !c.ok);
  assert.deepEqual(failed, [], "failed checks");
  assert.ok(result.checks.length >= minimum, `ran ${result.checks.length} checks, expected at least ${minimum}`);
}

/** The `User-Agent` the package sends: `dintero-payment-token/<version of the packed tarball>`. */
export function packageUserAgent() {
  return `dintero-payment-token/${tarballPath().match(/dintero-payment-token-(.+)\.tgz$/)[1]}`;
}

/**
 * Asserts that `request` (one the mock recorded) carries every header the package sets, as it set
 * them: User-Agent, Accept, Content-Type (POST), Authorization (`authorization`: a predicate) and,
 * for a session, the `Dintero-System-*` headers of shared/request.mjs's SYSTEM.
 */
export function assertPackageHeaders(request, { userAgent = packageUserAgent(), authorization, system = SYSTEM } = {}) {
  const where = `${request.method} ${request.path}`;
  const h = request.headers;
  assert.equal(h["user-agent"], userAgent, `${where}: User-Agent`);
  assert.equal(h.accept, "application/json", `${where}: Accept`);
  if (request.method === "POST") assert.equal(h["content-type"], "application/json", `${where}: Content-Type`);
  assert.ok(authorization(h.authorization), `${where}: Authorization ${h.authorization}`);
  if (request.path === "/v1/sessions/payment-token") {
    assert.equal(h["dintero-system-name"], system.name, `${where}: Dintero-System-Name`);
    assert.equal(h["dintero-system-version"], system.version, `${where}: Dintero-System-Version`);
    assert.equal(h["dintero-system-plugin-name"], system.pluginName, `${where}: Dintero-System-Plugin-Name`);
    assert.equal(h["dintero-system-plugin-version"], system.pluginVersion, `${where}: Dintero-System-Plugin-Version`);
  }
}

/**
 * Asserts what the mock Dintero received from one run of the scenario: the session requests (the
 * invalid one sent nothing; two plain, then one through each of `wrappers` fetch wrappers), each
 * with the scenario's body and every header the package sets (a bearer token the mock issued); the
 * second with include_session=true; and one token request per client, with HTTP Basic auth.
 */
export function assertMockReceived(mock, { wrappers = 2 } = {}) {
  const sessions = mock.requests.filter((r) => r.method === "POST" && r.path === "/v1/sessions/payment-token");
  assert.equal(sessions.length, 2 + wrappers, `session requests received: ${JSON.stringify(sessions.map((r) => r.json))}`);
  const tokens = mock.issuedTokens();
  for (const request of sessions) {
    assert.deepEqual(JSON.parse(request.body), REQUEST);
    assertPackageHeaders(request, { authorization: (value) => tokens.some((t) => value === `Bearer ${t}`) });
  }
  assert.notEqual(String(sessions[0].query.include_session), "true");
  assert.equal(String(sessions[1].query.include_session), "true");
  const tokenRequests = mock.requests.filter((r) => r.method === "POST" && r.path.endsWith("/auth/token"));
  assert.equal(tokenRequests.length, 1 + wrappers, "token requests: one per client");
  for (const request of tokenRequests) assertPackageHeaders(request, { authorization: (value) => /^Basic /.test(value ?? "") });
}

/**
 * Runs a validation + client scenario end to end: mock, `invoke(config)` to get the result, checks.
 * `wrappers`: the names of the scenario's fetch wrappers to run (default: all).
 */
export async function checkAgainstMock(invoke, { wrappers } = {}) {
  const { mock, config } = await startMock();
  try {
    const result = await invoke(wrappers ? { ...config, wrappers } : config);
    assertChecks(result, 7);
    assertMockReceived(mock, wrappers ? { wrappers: wrappers.length } : undefined);
  } finally {
    await mock.close();
  }
}

/** Copies a built Node bundle (one file) to a fresh directory with no node_modules and runs it there. */
export async function runBundleAlone(bundleFile, config) {
  const dir = mkdtempSync(join(tmpdir(), "consumer-bundle-"));
  try {
    const copy = join(dir, `app${extname(bundleFile)}`);
    cpSync(bundleFile, copy);
    const stdout = await run(process.execPath, [copy], { cwd: dir, env: { SCENARIO_CONFIG: JSON.stringify(config), NODE_PATH: "" }, timeoutMs: 60_000 });
    return JSON.parse(stdout.trim().split("\n").pop());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MIME = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

/** Serves the files of `root` on 127.0.0.1 (a static host for a production browser build). */
export async function serveStatic(root) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * Opens `url` in headless Chromium (Debian's, with a fresh profile) and returns `window.__result`,
 * which the page's script sets; page errors and console errors are reported if it never appears.
 */
export async function resultInChromium(url) {
  const { chromium } = await import("playwright-core");
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: scripts/setup.sh --browser installs it`);
  const profile = mkdtempSync(join(tmpdir(), "consumer-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const problems = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && problems.push(`console: ${m.text()}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    // The static host has no favicon; anything else missing is a problem.
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(url);
    try {
      await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 30_000 });
    } catch {
      assert.fail(`the page never set its result:\n${problems.join("\n")}`);
    }
    assert.deepEqual(problems, []);
    return await page.evaluate(() => window.__result);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Milliseconds since `start`, as seconds with one decimal, for the test's diagnostics. */
export const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;
