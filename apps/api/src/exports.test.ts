import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * What a package gets at run time from each of the API's exports (package.json "exports"), read from esbuild's
 * module graph: every file of the API reached, and every package imported from them.
 */
const apiDir = join(import.meta.dirname, "..");
const exportsMap: Record<string, string> = JSON.parse(readFileSync(join(apiDir, "package.json"), "utf8")).exports;

async function graph(subpath: string) {
  const entry = exportsMap[subpath];
  if (!entry) throw new Error(`@upnest/api has no export ${subpath}`);
  const { metafile } = await build({
    entryPoints: [join(apiDir, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  const inputs = Object.entries((metafile as Metafile).inputs);
  return {
    files: inputs.map(([file]) => file.replace(/^.*?src\//, "")),
    packages: [...new Set(inputs.flatMap(([, input]) => input.imports.filter((i) => i.external).map((i) => i.path)))],
  };
}

describe("the API's exports", () => {
  it("@upnest/api is types only: importing it loads no other file and no package (no dev stack, no DynamoDB Local)", async () => {
    expect(await graph(".")).toEqual({ files: ["index.ts"], packages: [] });
  });

  it("@upnest/api/dev is where the local stack and DynamoDB Local come in", async () => {
    const dev = await graph("./dev");
    expect(dev.files).toContain("dev/stack.ts");
    expect(dev.packages).toContain("@upnest/db/local");
  });

  it("@upnest/api/report-data is the report's pure builder: no table, no server, no dev stack", async () => {
    const report = await graph("./report-data");
    expect(report.files.every((f) => f.startsWith("derived/"))).toBe(true);
    expect(report.packages.filter((p) => /^@upnest\/db|^@aws-sdk|^hono|^@trpc/.test(p))).toEqual([]);
  });
});
