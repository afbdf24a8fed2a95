// Vercel Edge (edge-light): the `?module` suffix makes the bundler hand over a WebAssembly.Module.
import * as glue from "./wasm/web.mjs";
import wasmModule from "./wasm/dintero_payment_token_bg.wasm?module";
import { installRuntime } from "./lib/runtime.mjs";

glue.initSync({ module: wasmModule });
installRuntime(glue);

export * from "./lib/index.mjs";
