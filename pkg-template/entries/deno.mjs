// Deno: the .wasm is read from the package folder (needs --allow-read for it) and compiled once.
import * as glue from "./wasm/web.mjs";
import { installRuntime } from "./lib/runtime.mjs";

glue.initSync({ module: Deno.readFileSync(new URL("./wasm/dintero_payment_token_bg.wasm", import.meta.url)) });
installRuntime(glue);

export * from "./lib/index.mjs";
