// No setting for dintero-payment-token. The two below are for the test only: NEXT_DIST_DIR lets it
// build the Turbopack and the webpack variant side by side, and the roots keep Next.js from taking
// the repository (which has a lockfile of its own) for the workspace root.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));

export default {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  outputFileTracingRoot: root,
  turbopack: { root },
};
