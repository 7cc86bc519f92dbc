// `pnpm docs:refresh`: updates the committed reports and screenshots on purpose.
// A test run only writes them to ignored folders (so `git status` stays clean);
// this runs the tests that make them and copies the results into docs.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const pnpm = (...args: string[]) => execFileSync("pnpm", args, { cwd: root, stdio: "inherit" });

pnpm("--filter", "@upnest/immunizations", "test:cdc");
pnpm("test:e2e");

const copies: [from: string, to: string][] = [
  ["packages/immunizations/test-results/conformance.md", "packages/immunizations/docs/conformance.md"],
];
const shots = join(root, "apps/web/screenshots/docs");
for (const name of existsSync(shots) ? readdirSync(shots) : []) {
  if (name.endsWith(".png")) copies.push([`apps/web/screenshots/docs/${name}`, `docs/screenshots/${name}`]);
}
mkdirSync(join(root, "docs/screenshots"), { recursive: true });
for (const [from, to] of copies) {
  copyFileSync(join(root, from), join(root, to));
  console.log(`${from} -> ${to}`);
}
