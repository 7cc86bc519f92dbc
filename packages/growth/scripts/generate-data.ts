// Turns the vendored growth data in data/ into the typed modules under
// src/data/, so the package never reads files at runtime. Run after a file in
// data/ changes (the cross-check tests fail until you do):
//   pnpm --filter @upnest/growth generate [path/to/another/copy/of/the/who/tables]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCdc2000 } from "./generate-cdc-2000.ts";
import { generateIntergrowth } from "./generate-intergrowth.ts";
import { generateWho } from "./generate-who.ts";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(packageDir, "src/data");

generateWho(resolve(process.argv[2] ?? join(packageDir, "data/who")), outDir);
generateCdc2000(join(packageDir, "data/cdc-2000"), outDir);
generateIntergrowth(join(packageDir, "data/intergrowth-21st"), outDir);
