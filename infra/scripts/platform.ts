/**
 * `sst install` without AWS or Pulumi's plugin downloads (docs/testing.md,
 * "SST offline"): fetches SST's platform and the providers' npm packages into
 * .sst/platform with the bun binary from the npm package `bun`. Afterwards
 * sst.config.ts and infra/ type-check against .sst/platform, and the infra
 * tests can evaluate them.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const fromRoot = createRequire(join(root, "package.json"));
const bun = join(dirname(fromRoot.resolve("bun/package.json")), "bin", "bun.exe"); // the package names its binary bun.exe on every OS;
const sst = join(root, "node_modules/.bin/sst");

execFileSync(sst, ["install"], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    SST_SKIP_DEPENDENCY_CHECK: "1",
    SST_BUN_PATH: bun,
    SST_STAGE: "ci",
    SST_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
  },
});
