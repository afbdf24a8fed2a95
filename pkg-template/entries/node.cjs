// Node.js (CommonJS); also what Bun, Next.js's nodejs runtime, esbuild and webpack (target node)
// load. Only static `require`s of JavaScript files, and the .wasm bytes are embedded in one of them
// (dist/wasm/node.cjs), so a bundle runs anywhere with no file next to it and no node_modules.
// The build inlines the dist/lib files required here into this one (scripts/bundle-commonjs.mjs):
// Node reads two files at start-up, this one and the glue.
"use strict";
const { installRuntime } = require("./lib/runtime.cjs");
const createGlue = require("./wasm/node.cjs");

installRuntime(createGlue(), createGlue);

module.exports = require("./lib/index.cjs");
