// Browsers, bundlers and other ES module runtimes: the .wasm is fetched next to this file.
import * as glue from "./wasm/web.mjs";
import { installRuntime } from "./lib/runtime.mjs";

await glue.default({ module_or_path: new URL("./wasm/dintero_payment_token_bg.wasm", import.meta.url) });
installRuntime(glue);

export * from "./lib/index.mjs";
