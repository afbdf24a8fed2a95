// Paths, the installed package and small statistics helpers shared by the benchmark parts.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = join(benchDir, "..");
/** A private "user project" with the packed tarball unpacked into node_modules (the package has no dependencies). */
export const consumerDir = join(repoRoot, ".build", "bench-consumer");
export const PACKAGE = "dintero-payment-token";
/** `require` for the pinned peers of bench/peers (openapi-fetch), installed by scripts/bench.sh. */
export const peerRequire = createRequire(join(benchDir, "peers", "package.json"));

/** The packed tarball written by scripts/build.sh. */
export function tarballPath() {
  const dir = join(repoRoot, ".build");
  const name = existsSync(dir) && readdirSync(dir).find((f) => /^dintero-payment-token-.*\.tgz$/.test(f));
  if (!name) throw new Error("no .build/dintero-payment-token-*.tgz: run ./scripts/build.sh first");
  return join(dir, name);
}

/**
 * Unpacks the tarball into .build/bench-consumer/node_modules/dintero-payment-token (what
 * `npm install ./x.tgz` does for a package without dependencies), unless already done for this
 * very tarball. Returns the consumer directory: resolve the package from there.
 */
export function installPackage() {
  const tgz = tarballPath();
  const marker = `${tgz}:${statSync(tgz).size}:${statSync(tgz).mtimeMs}`;
  const stamp = join(consumerDir, ".installed-from");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === marker) return consumerDir;
  rmSync(consumerDir, { recursive: true, force: true });
  const modules = join(consumerDir, "node_modules");
  mkdirSync(modules, { recursive: true });
  execFileSync("tar", ["xzf", tgz, "-C", modules]);
  renameSync(join(modules, "package"), join(modules, PACKAGE));
  writeFileSync(join(consumerDir, "package.json"), JSON.stringify({ name: "bench-consumer", private: true }) + "\n");
  // ESM users' view of the package: resolved through its `exports` map like any `import`.
  writeFileSync(join(consumerDir, "import-package.mjs"), `export * from "${PACKAGE}";\n`);
  writeFileSync(stamp, marker);
  return consumerDir;
}

/** Reads a JSON fixture of bench/fixtures. */
export function fixture(name) {
  return JSON.parse(readFileSync(join(benchDir, "fixtures", name), "utf8"));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Relative spread: (p75 - p25) / median, as a rough noise figure. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return (at(0.75) - at(0.25)) / median(values);
}

/** Runs `node <args>` and parses the last line of its stdout as JSON. */
export function runJson(args, options = {}) {
  const out = execFileSync(process.execPath, args, { cwd: repoRoot, maxBuffer: 64 << 20, ...options }).toString();
  const lines = out.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]);
}
