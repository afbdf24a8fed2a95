// Inlines the CommonJS files an entry file requires (relative `require("./x.cjs")`, followed
// recursively) into the entry itself, so Node resolves, reads and compiles two files at start-up
// instead of ten (measured in bench/FINDINGS.md, 2026-12-04). Each inlined file keeps its own
// `module` / `exports` and runs once, on its first `require`, in the order Node would run it
// (cycles see the partial exports, as in Node). Requires of anything else (a builtin) are left
// to Node's `require`.
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const RELATIVE_REQUIRE = /\brequire\("(\.{1,2}\/[^"]+\.cjs)"\)/g;

/**
 * Rewrites `dir/entry` as one file holding every CommonJS file it reaches but those of `keep`
 * (paths relative to `dir`, required as files still), and deletes the inlined files. Fails the
 * build on a relative require of a file that is not there.
 */
export function bundleCommonJsEntry(dir, entry, { keep = [] } = {}) {
  const entryPath = join(dir, entry);
  const sources = new Map(); // path relative to `dir` -> source with its requires rewritten
  const rewrite = (file) =>
    readFileSync(file, "utf8").replace(RELATIVE_REQUIRE, (call, target) => {
      const path = join(dirname(file), target);
      if (!keep.includes(relative(dir, path))) return `__require(${JSON.stringify(inline(path))})`;
      return `require(${JSON.stringify(`./${relative(dirname(entryPath), path)}`)})`;
    });
  const inline = (file) => {
    const name = relative(dir, file);
    if (!sources.has(name)) {
      sources.set(name, null);
      sources.set(name, rewrite(file));
    }
    return name;
  };
  const entrySource = rewrite(entryPath);
  // Parenthesised functions are compiled eagerly by V8 (each runs once, at load): no pre-parse
  // followed by a full parse of the same text.
  const modules = [...sources].map(([name, source]) => `${JSON.stringify(name)}: (function (module, exports) {\n${source}\n})`);
  const bundled = entrySource.replace(
    /^"use strict";\n/m,
    () => `"use strict";
// The files of dist/ this entry requires, inlined by scripts/bundle-commonjs.mjs (keyed by path).
const __modules = {
${modules.join(",\n")}
};
const __loaded = {};
function __require(name) {
  let module = __loaded[name];
  if (!module) {
    module = __loaded[name] = { exports: {} };
    __modules[name].call(module.exports, module, module.exports);
  }
  return module.exports;
}
`,
  );
  if (bundled === entrySource) throw new Error(`bundle-commonjs: ${entry} has no "use strict"; line to put the modules after`);
  writeFileSync(entryPath, bundled);
  for (const name of sources.keys()) rmSync(join(dir, name));
}
