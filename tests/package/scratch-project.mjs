// A scratch "user project" with the packed tarball installed, as a user would: `npm install ./x.tgz`.
// Tests run code *inside* it so the package's `exports` conditions are what resolves the import.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const consumerDir = join(repoRoot, ".build", "consumer");
export const binDir = join(repoRoot, "node_modules", ".bin");

/** The packed tarball built by scripts/build.sh. */
export function tarballPath() {
  const dir = join(repoRoot, ".build");
  const tgz = readdirSync(dir).find((f) => /^dintero-payment-token-.*\.tgz$/.test(f));
  if (!tgz) throw new Error("no .build/dintero-payment-token-*.tgz: run scripts/build.sh first");
  return join(dir, tgz);
}

/**
 * Creates .build/consumer with the tarball installed and tests/package/consumers/* copied in.
 * Idempotent within a test run: reinstalls only when the tarball is newer than the install.
 */
export function prepareConsumer() {
  const tgz = tarballPath();
  const stamp = join(consumerDir, ".installed-from");
  const marker = `${tgz}:${statSync(tgz).size}:${statSync(tgz).mtimeMs}`;
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== marker) {
    rmSync(consumerDir, { recursive: true, force: true });
    mkdirSync(consumerDir, { recursive: true });
    writeFileSync(join(consumerDir, "package.json"), JSON.stringify({ name: "consumer", private: true }, null, 2));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tgz], { cwd: consumerDir, stdio: "pipe" });
    writeFileSync(stamp, marker);
  }
  cpSync(join(repoRoot, "tests", "package", "consumers"), consumerDir, { recursive: true });
  // TypeScript type tests of the model (tests/types) are checked from inside the consumer too, as
  // ES module (.mts) and CommonJS (.cts) files.
  const typeTests = join(repoRoot, "tests", "types");
  if (existsSync(typeTests)) {
    for (const kind of ["mts", "cts"]) {
      const dir = join(consumerDir, "types-tests", kind);
      mkdirSync(dir, { recursive: true });
      for (const file of readdirSync(typeTests).filter((f) => f.endsWith(".ts"))) {
        cpSync(join(typeTests, file), join(dir, file.replace(/\.ts$/, `.${kind}`)));
      }
    }
  }
  return consumerDir;
}

/** Imports the installed package through Node's ESM resolution from inside the consumer project. */
export async function importPackage() {
  prepareConsumer();
  const shim = join(consumerDir, "import-package.mjs");
  writeFileSync(shim, 'export * from "dintero-payment-token";\n');
  return import(pathToFileURL(shim).href);
}
