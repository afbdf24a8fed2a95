// Cloudflare Workers (workerd): compiling wasm from bytes at run time is disallowed there, so the
// .wasm is imported statically as a WebAssembly.Module and instantiated synchronously.
import * as glue from "./wasm/web.mjs";
import wasmModule from "./wasm/dintero_payment_token_bg.wasm";
import { installRuntime } from "./lib/runtime.mjs";

glue.initSync({ module: wasmModule });
installRuntime(glue);

export * from "./lib/index.mjs";
