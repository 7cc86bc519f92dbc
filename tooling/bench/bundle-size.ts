/**
 * Bundle size and cold import time of the API handler, against an empty
 * handler bundled the same way in the same run (so the machine's speed and
 * Node's own start-up cancel out). Each import runs in a fresh Node process.
 * Results go to tooling/bench/dist/bundle.json; nothing here is asserted.
 * Usage: pnpm bench:api [runs]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { apiDir, bundleHandler, kb, topPackages } from "../../apps/api/scripts/bundle.ts";

const runs = Number(process.argv[2] ?? 15);
const outDir = join(import.meta.dirname, "dist");
mkdirSync(outDir, { recursive: true });
const baselineEntry = join(outDir, "empty-handler.ts");
writeFileSync(baselineEntry, "export const handler = async () => ({ statusCode: 200, body: '' });\n");

// What lambda.ts needs at import (it reads its configuration once, at start-up).
const env = {
  ...process.env,
  TABLE_NAME: "upnest-bench",
  ISSUER_URL: "https://issuer.example.com",
  CURSOR_SECRET: "bench-secret-bench-secret-bench-secret-0000",
  AWS_REGION: "eu-west-1",
  ORIGIN_SECRET: "bench-origin-secret-bench-origin-secret",
};

/** Milliseconds from just before `import()` to the handler being exported, in a new process. */
function importMs(file: string) {
  const code = `const t = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)}); if (typeof m.handler !== "function") throw new Error("no handler"); process.stdout.write(String(performance.now() - t));`;
  try {
    return Number(
      execFileSync(process.execPath, ["--input-type=module", "-e", code], {
        env,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      }),
    );
  } catch (error) {
    // The child's stderr holds a minified source line; keep only the error itself.
    const reason = String((error as { stderr?: string }).stderr ?? error).match(/^\w*Error: .*$/m)?.[0];
    throw new Error(`importing ${file} failed: ${reason ?? "see stderr"}`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const api = await bundleHandler(join(apiDir, "src/entry/lambda.ts"), outDir);
const baseline = await bundleHandler(baselineEntry, outDir);
importMs(api.file); // warm the file-system cache once; not counted
const apiTimes = Array.from({ length: runs }, () => importMs(api.file));
const baselineTimes = Array.from({ length: runs }, () => importMs(baseline.file));

const result = {
  date: new Date().toISOString(),
  node: process.version,
  runs,
  handler: { bytes: api.bytes, gzipBytes: api.gzipBytes, importMsMedian: median(apiTimes), importMs: apiTimes },
  baseline: {
    bytes: baseline.bytes,
    gzipBytes: baseline.gzipBytes,
    importMsMedian: median(baselineTimes),
    importMs: baselineTimes,
  },
  largestPackages: Object.fromEntries(topPackages(api.metafile)),
};
writeFileSync(join(outDir, "bundle.json"), `${JSON.stringify(result, null, 2)}\n`);

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(
  `API handler bundle: ${kb(api.bytes)} (${kb(api.gzipBytes)} gzipped); empty handler: ${kb(baseline.bytes)}`,
);
console.log(
  `import, median of ${runs} fresh processes: handler ${ms(result.handler.importMsMedian)}, empty handler ${ms(result.baseline.importMsMedian)} (+${ms(result.handler.importMsMedian - result.baseline.importMsMedian)})`,
);
console.log(
  "largest packages in the bundle:",
  topPackages(api.metafile)
    .map(([p, b]) => `${p} ${kb(b)}`)
    .join(", "),
);
console.log(`written to ${join(outDir, "bundle.json").slice(join(apiDir, "../..").length + 1)}`);
