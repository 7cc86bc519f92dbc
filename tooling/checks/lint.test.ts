import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The workspace's boundaries are lint rules (biome.json). Rules are chosen by
 * path and cycles need files on disk, so each case writes a small file at its
 * path in a scratch copy of the layout (the repository's own biome.json, never
 * the real tree, which other tasks may be type-checking), `biome lint` runs
 * once over all of them, and each test reads which rules it reported for its file.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const biome = join(root, "node_modules/.bin/biome");

type Case = { what: string; path: string; source: string; rule?: string };
const refused: Case[] = [
  {
    what: "the web app importing the data layer",
    path: "apps/web/src/lint-probe-db.ts",
    source: 'import { createDocumentClient } from "@upnest/db";\nexport const db = createDocumentClient;\n',
    rule: "noRestrictedImports",
  },
  {
    what: "the web app importing the API's runtime code",
    path: "apps/web/src/lint-probe-api.ts",
    source: 'import { startStack } from "@upnest/api";\nexport const start = startStack;\n',
    rule: "noRestrictedImports",
  },
  {
    what: "the web app importing the local stack",
    path: "apps/web/src/lint-probe-dev.ts",
    source: 'import { startStack } from "@upnest/api/dev";\nexport const start = startStack;\n',
    rule: "noRestrictedImports",
  },
  {
    what: "the data layer importing the API",
    path: "packages/db/src/lint-probe.ts",
    source: 'import { createServices } from "@upnest/api";\nexport const s = createServices;\n',
    rule: "noRestrictedImports",
  },
  {
    what: "a pure package reading a file",
    path: "packages/growth/src/lint-probe.ts",
    source: 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
    rule: "noRestrictedImports",
  },
  {
    what: "a pure package calling the network",
    path: "packages/immunizations/src/lint-probe.ts",
    source: 'export const get = () => fetch("https://example.org");\n',
    rule: "noRestrictedGlobals",
  },
  {
    what: "a pure package importing the data layer",
    path: "packages/milestones/src/lint-probe.ts",
    source: 'import { createDocumentClient } from "@upnest/db";\nexport const db = createDocumentClient;\n',
    rule: "noRestrictedImports",
  },
  {
    what: "the care log's logic reading the clock's zone from the environment",
    path: "packages/care/src/lint-probe.ts",
    source: "export const zone = () => process.env.TZ;\n",
    rule: "noRestrictedGlobals",
  },
  {
    what: "the converters reading a file",
    path: "packages/transfer/src/lint-probe.ts",
    source: 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
    rule: "noRestrictedImports",
  },
  {
    what: "the health-card reader fetching an issuer's keys itself",
    path: "packages/health-cards/src/lint-probe.ts",
    source: 'export const keys = () => fetch("https://example.org/.well-known/jwks.json");\n',
    rule: "noRestrictedGlobals",
  },
  {
    what: "app code reading process.env outside its env module",
    path: "apps/api/src/lint-probe.ts",
    source: "export const table = process.env.TABLE_NAME;\n",
    rule: "noProcessEnv",
  },
  {
    what: "an import cycle",
    path: "packages/schemas/src/lint-probe-a.ts",
    source: 'import { b } from "./lint-probe-b.ts";\nexport const a = (): number => b();\n',
    rule: "noImportCycles",
  },
];
const accepted: Case[] = [
  {
    what: "the web app importing the router's type",
    path: "apps/web/src/lint-probe-type.ts",
    source: 'import type { AppRouter } from "@upnest/api";\nexport type R = AppRouter;\n',
  },
  {
    what: "the web app importing the routers' output types",
    path: "apps/web/src/lint-probe-outputs.ts",
    source: 'import type { RouterOutputs } from "@upnest/api";\nexport type O = RouterOutputs;\n',
  },
  {
    what: "process.env in an env module",
    path: "apps/api/src/lint-probe-env.ts",
    source: "export const table = process.env.TABLE_NAME;\n",
  },
];
const cycleTwin: Case = {
  what: "the other half of the cycle",
  path: "packages/schemas/src/lint-probe-b.ts",
  source: 'import { a } from "./lint-probe-a.ts";\nexport const b = (): number => a();\n',
};
const all = [...refused, ...accepted, cycleTwin];
/** Rules Biome reported, by probe path. */
const reported = new Map<string, Set<string>>();
const scratch = mkdtempSync(join(tmpdir(), "upnest-lint-"));

beforeAll(() => {
  const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
  // The scratch folder is not a git checkout: same rules, without the VCS integration.
  writeFileSync(
    join(scratch, "biome.json"),
    JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }),
  );
  for (const c of all) {
    mkdirSync(dirname(join(scratch, c.path)), { recursive: true });
    writeFileSync(join(scratch, c.path), c.source);
  }
  const run = spawnSync(biome, ["lint", "--reporter=github", "--max-diagnostics=none", ...all.map((c) => c.path)], {
    cwd: scratch,
    encoding: "utf8",
  });
  expect(run.stderr).not.toMatch(/configuration|deserialize/i);
  for (const [, rule, file] of run.stdout.matchAll(/title=lint\/\w+\/(\w+),file=([^,]+),/g)) {
    const path = (file ?? "").replace(`${scratch}/`, "");
    reported.set(path, (reported.get(path) ?? new Set()).add(rule ?? ""));
  }
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("lint rules carry the architecture", () => {
  for (const c of refused) {
    it(`refuses ${c.what}`, () => {
      expect([...(reported.get(c.path) ?? [])]).toContain(c.rule);
    });
  }
  for (const c of accepted) {
    it(`accepts ${c.what}`, () => {
      expect([...(reported.get(c.path) ?? [])]).toEqual([]);
    });
  }
});
