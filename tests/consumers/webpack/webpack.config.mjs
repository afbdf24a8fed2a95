// Two production builds, no setting for dintero-payment-token: a browser bundle and a Node bundle.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export default [
  {
    name: "browser",
    mode: "production",
    target: "web",
    entry: "./src/browser.js",
    output: { path: join(here, "dist", "browser"), filename: "main.js", clean: true },
  },
  {
    name: "node",
    mode: "production",
    target: "node",
    entry: "./src/node.js",
    output: { path: join(here, "dist", "node"), filename: "app.js", clean: true },
  },
];
