// esbuild --platform=node --bundle, ESM and CJS output, each bundle run alone in an empty directory
// (no node_modules, no .wasm next to it), as code ships to AWS Lambda and the like.
import { test } from "node:test";
import { join } from "node:path";
import { checkAgainstMock, installedVersion, prepareProject, run, runBundleAlone, seconds } from "./harness.mjs";

const dir = await prepareProject("esbuild");
const esbuild = join(dir, "node_modules", ".bin", "esbuild");

for (const [format, outfile] of [["esm", "dist/app.mjs"], ["cjs", "dist/app.cjs"]]) {
  test(`esbuild ${installedVersion(dir, "esbuild")} --platform=node --bundle --format=${format}, run without node_modules`, async (t) => {
    const start = Date.now();
    await run(esbuild, ["app.js", "--bundle", "--platform=node", `--format=${format}`, `--outfile=${outfile}`, "--log-level=warning"], { cwd: dir });
    await checkAgainstMock((config) => runBundleAlone(join(dir, outfile), config));
    t.diagnostic(`build + run: ${seconds(start)}`);
  });
}
