// Runs consumer code in the edge runtimes installed from npm (workerd, deno), offline, on 127.0.0.1.
import { spawn, execFile } from "node:child_process";
import { createServer } from "node:net";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { binDir, consumerDir, prepareConsumer } from "./scratch-project.mjs";

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts workerd serving `workerFile` (relative to the consumer project) with the package resolved
 * through its `workerd` export condition, as wrangler would bundle it. Returns `{ url, stop }`.
 * Outbound fetches may reach loopback (the mock Dintero server).
 */
export async function startWorkerd(workerFile, { bindings = {} } = {}) {
  prepareConsumer();
  const pkgDir = join(consumerDir, "node_modules", "dintero-payment-token");
  const entry = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).exports["."].workerd;
  const entryPath = join(pkgDir, entry);
  const distDir = dirname(entryPath);
  const modules = [];
  const add = (name, type, file) => modules.push(`(name = ${JSON.stringify(name)}, ${type} = embed ${JSON.stringify(relative(consumerDir, file))})`);
  const workerDir = dirname(join(consumerDir, workerFile));
  add("worker.mjs", "esModule", join(consumerDir, workerFile));
  for (const f of readdirSync(workerDir).filter((f) => f.endsWith(".mjs") && f !== "worker.mjs")) add(f, "esModule", join(workerDir, f));
  add("scenario.mjs", "esModule", join(consumerDir, "scenario.mjs"));
  // The package, laid out as a bundler would: its entry named by the bare specifier.
  add("dintero-payment-token", "esModule", entryPath);
  for (const f of walk(distDir)) {
    const name = relative(distDir, f);
    if (f === entryPath || f.endsWith(".cjs")) continue;
    if (f.endsWith(".mjs")) add(name, "esModule", f);
    else if (f.endsWith(".wasm")) add(name, "wasm", f);
  }
  const port = await freePort();
  const textBindings = Object.entries(bindings).map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`);
  const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local", "private", "public"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [
    ${modules.join(",\n    ")}
  ],
  bindings = [${textBindings.join(", ")}],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = ["nodejs_compat"],
  globalOutbound = "loopback",
);
`;
  const configFile = join(consumerDir, `workerd-${port}.capnp`);
  writeFileSync(configFile, config);
  const child = spawn(join(binDir, "workerd"), ["serve", configFile, "--verbose"], { cwd: consumerDir, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}):\n${log}`);
    try {
      await fetch(`${url}/__ready`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new Error(`workerd did not start:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    log: () => log,
    stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", resolve), child.kill()))),
  };
}

/** Runs `script` (relative to the consumer project) with Deno, network limited to 127.0.0.1. */
export function runDeno(script, { args = [] } = {}) {
  prepareConsumer();
  return new Promise((resolve, reject) => {
    execFile(
      join(binDir, "deno"),
      ["run", "--quiet", "--no-remote", "--no-prompt", "--allow-read", "--allow-env", "--allow-net=127.0.0.1", script, ...args],
      { cwd: consumerDir, env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", DENO_DIR: join(consumerDir, ".deno") }, timeout: 60000 },
      (error, stdout, stderr) => (error ? reject(new Error(`deno failed: ${error.message}\n${stderr}`)) : resolve(stdout)),
    );
  });
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
