import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The repository keeps its promises to the people reading it: manifests point
 * at files that exist, the README and docs name commands and paths that
 * exist, and the workspace's boundaries hold (the browser never imports the
 * data layer; pure packages depend on nothing in the workspace).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
type Manifest = {
  name: string;
  exports?: Record<string, string>;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const read = (path: string) => readFileSync(join(root, path), "utf8");
const workspaceDirs = ["apps", "packages"]
  .flatMap((d) => readdirSync(join(root, d)).map((n) => `${d}/${n}`))
  .concat(["infra", "tooling/checks"]);
const manifests = workspaceDirs
  .filter((d) => existsSync(join(root, d, "package.json")))
  .map((d) => ({ dir: d, pkg: JSON.parse(read(`${d}/package.json`)) as Manifest }));
const docs = [
  "README.md",
  ...readdirSync(join(root, "docs"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
  ...workspaceDirs.map((d) => `${d}/README.md`).filter((f) => existsSync(join(root, f))),
];

describe("manifests", () => {
  for (const { dir, pkg } of manifests) {
    it(`${pkg.name}: every exports entry resolves to a file`, () => {
      for (const target of Object.values(pkg.exports ?? {})) {
        if (target.includes("*")) {
          expect(existsSync(join(root, dir, dirname(target)))).toBe(true);
        } else {
          expect(existsSync(join(root, dir, target)), `${dir}: ${target}`).toBe(true);
        }
      }
    });
  }
});

describe("README and docs", () => {
  const rootScripts = (JSON.parse(read("package.json")) as Manifest).scripts ?? {};
  const builtins = new Set(["install", "exec", "dlx", "add", "sst", "turbo", "vitest", "tsc"]);
  for (const file of docs) {
    const text = read(file);
    it(`${file}: every pnpm command names a script that exists`, () => {
      // Commands are what the reader copies: code blocks and inline code.
      const code = (text.match(/```[\s\S]*?```|`[^`\n]+`/g) ?? []).join("\n");
      for (const [, filter, script] of code.matchAll(
        /pnpm(?:@[\d.]+)? (?:--filter (@upnest\/[\w-]+) )?(?:run )?([a-z][\w:-]*)/g,
      )) {
        if (!script || builtins.has(script)) continue;
        const scripts = filter ? manifests.find((m) => m.pkg.name === filter)?.pkg.scripts : rootScripts;
        expect(scripts?.[script], `${file}: pnpm ${filter ? `--filter ${filter} ` : ""}${script}`).toBeDefined();
      }
    });
    it(`${file}: every relative link points at something that exists`, () => {
      for (const [, target] of text.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)) {
        expect(existsSync(join(root, dirname(file), target ?? "")), `${file}: ${target}`).toBe(true);
      }
    });
  }
});

describe("boundaries", () => {
  const workspaceDeps = (pkg: Manifest) =>
    Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => d.startsWith("@upnest/"));
  it("the web app never depends on the data layer", () => {
    const web = manifests.find((m) => m.pkg.name === "@upnest/web");
    expect(workspaceDeps(web?.pkg ?? { name: "" })).not.toContain("@upnest/db");
  });
  for (const name of [
    "@upnest/schemas",
    "@upnest/growth",
    "@upnest/immunizations",
    "@upnest/milestones",
    "@upnest/i18n",
  ]) {
    it(`${name} depends on nothing in the workspace`, () => {
      const m = manifests.find((x) => x.pkg.name === name);
      expect(m).toBeDefined();
      expect(workspaceDeps(m?.pkg ?? { name })).toEqual([]);
    });
  }
});

describe("the clone is the whole project", () => {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  const text = tracked.filter((f) => /\.(ts|tsx|js|mjs|cjs|json|yaml|yml|sh|html|css)$|^\.ci\//.test(f));

  it("no tracked file other than docs refers to a path outside the repository", () => {
    const outside: string[] = [];
    for (const file of text.filter((f) => !f.endsWith(".md"))) {
      const source = read(file);
      // Relative paths (one or more parent steps) in strings, comments or imports.
      for (const [, rel] of source.matchAll(/(?:^|[\s"'`(=])((?:\.\.\/)+)[\w.@-]/gm)) {
        if (!resolve(root, dirname(file), rel ?? "").startsWith(root)) outside.push(`${file}: ${rel}`);
      }
      if (/\.\.\/shared\b|\/work\//.test(source)) outside.push(`${file}: names a folder beside the repository`);
    }
    expect(outside).toEqual([]);
  });

  it("every dependency comes from the catalog or the workspace, and every catalog entry is used", () => {
    // The `catalog:` block: its indented lines, up to the next top-level key.
    const block = /^catalog:\n((?: {2}.*\n)+)/m.exec(read("pnpm-workspace.yaml"))?.[1] ?? "";
    const catalog = [...block.matchAll(/^ {2}"?([@\w/.-]+)"?: \S+$/gm)].map(([, name]) => name);
    expect(catalog.length).toBeGreaterThan(10);
    const all = [{ dir: ".", pkg: JSON.parse(read("package.json")) as Manifest }, ...manifests];
    const used = new Set<string>();
    for (const { dir, pkg } of all) {
      for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
        expect(spec, `${dir}/package.json: ${name}`).toMatch(/^(catalog:|workspace:\*)$/);
        used.add(name);
      }
    }
    expect(catalog.filter((name) => !used.has(name ?? ""))).toEqual([]);
  });
});
