// Node.js (CommonJS): the wasm-bindgen `nodejs` glue compiles the .wasm synchronously on require.
"use strict";
const { installRuntime } = require("./lib/runtime.cjs");

const GLUE = require.resolve("./wasm/node.cjs");
installRuntime(require(GLUE), () => {
  delete require.cache[GLUE];
  return require(GLUE);
});

module.exports = require("./lib/index.cjs");
