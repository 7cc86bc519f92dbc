/**
 * Bundles a Lambda handler the way SST's Node runtime does for `sst deploy`
 * (sst/sst pkg/runtime/node/build.go): one ESM file, esbuild, tree-shaken,
 * minified, AWS SDK v3 bundled from its modular packages (not taken from the
 * Lambda runtime), with the createRequire banner for CommonJS dependencies.
 * Usage: tsx apps/api/scripts/bundle.ts  →  apps/api/dist/lambda/*.mjs
 */

import { readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

export const apiDir = resolve(import.meta.dirname, "..");

const banner = [
  `import { createRequire as topLevelCreateRequire } from 'module';`,
  `const require = topLevelCreateRequire(import.meta.url);`,
  `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
  `const __filename = topLevelFileUrlToPath(import.meta.url)`,
  `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
].join("\n");

export type Bundle = { file: string; bytes: number; gzipBytes: number; metafile: Metafile };

export async function bundleHandler(entry: string, outDir: string): Promise<Bundle> {
  const file = join(
    outDir,
    `${basename(entry)
      .replace(/\.[cm]?[jt]s$/, "")
      .replaceAll(".", "-")}.mjs`,
  );
  const result = await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "esnext",
    mainFields: ["module", "main"],
    external: ["sharp", "pg-native"], // SST's forceExternal; neither is used here
    keepNames: true,
    minify: true,
    metafile: true,
    banner: { js: banner },
    logLevel: "warning",
  });
  return {
    file,
    bytes: statSync(file).size,
    gzipBytes: gzipSync(readFileSync(file)).length,
    metafile: result.metafile,
  };
}

/** The largest packages in a bundle, by bytes of output they contribute. */
export function topPackages(metafile: Metafile, count = 8) {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key =
        match?.[1] ??
        input
          .replace(/^(\.\.\/)+/, "")
          .split("/")
          .slice(0, 2)
          .join("/");
      sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]).slice(0, count);
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] === import.meta.filename) {
  const outDir = join(apiDir, "dist/lambda");
  for (const entry of ["src/entry/lambda.ts", "src/entry/issuer-lambda.ts"]) {
    const b = await bundleHandler(join(apiDir, entry), outDir);
    console.log(`${entry} → ${b.file.slice(apiDir.length + 1)}: ${kb(b.bytes)} (${kb(b.gzipBytes)} gzipped)`);
  }
}
