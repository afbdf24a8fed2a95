// Part 4: sizes of what users download and load.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { repoRoot, tarballPath } from "./setup.mjs";

export const WASM_PATH = join(repoRoot, "pkg", "dist", "wasm", "dintero_payment_token_bg.wasm");

/** Bytes of `gzip -9` output (the gzip binary, as scripts/build.sh reports; zlib level 9 if it is missing). */
export function gzip9(file) {
  try {
    return execFileSync("gzip", ["-9", "-c", file], { maxBuffer: 64 << 20 }).length;
  } catch {
    return gzipSync(readFileSync(file), { level: 9 }).length;
  }
}

export function brotli(file) {
  return brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Raw and gzip -9 sizes of the .wasm, brotli for reference, and the packed tarball. */
export function measureSizes() {
  const tgz = tarballPath();
  return {
    wasmRaw: statSync(WASM_PATH).size,
    wasmGzip: gzip9(WASM_PATH),
    wasmBrotli: brotli(WASM_PATH),
    tarball: statSync(tgz).size,
    tarballName: basename(tgz),
  };
}

/** Total raw and gzip -9 bytes of a list of loaded files (each compressed on its own). */
export function loadedCodeSize(files) {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    raw += statSync(file).size;
    gz += gzip9(file);
  }
  return { files: files.length, raw, gzip: gz, wasm: files.filter((f) => extname(f) === ".wasm").length };
}
