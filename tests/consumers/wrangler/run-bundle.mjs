// Serves the bundle that `wrangler deploy --dry-run --outdir <dir>` wrote with Miniflare (workerd),
// as Cloudflare would run it: node run-bundle.mjs <dir>, on 127.0.0.1:$PORT. Miniflare 5 takes
// the classic (v4) options through convertV4MiniflareOptions.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Miniflare, convertV4MiniflareOptions } from "miniflare";

const dir = process.argv[2];
// The main module (the one .js file) first, then the .wasm modules it imports.
const files = readdirSync(dir).filter((f) => f.endsWith(".js")).concat(readdirSync(dir).filter((f) => f.endsWith(".wasm")));
const mf = new Miniflare(
  convertV4MiniflareOptions({
    host: "127.0.0.1",
    port: Number(process.env.PORT),
    compatibilityDate: "2025-09-01",
    modulesRoot: dir,
    modules: files.map((f) => ({ type: f.endsWith(".wasm") ? "CompiledWasm" : "ESModule", path: join(dir, f) })),
  }),
);
console.log(`ready ${await mf.ready}`);
