// The package must compute from compiled tables only: nothing under src/ may
// read files, the network or the shared folder at runtime.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const srcDir = join(dirname(fileURLToPath(import.meta.url)), "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

it("no source file imports Node built-ins, fetches or mentions the shared tables folder", () => {
  const files = sourceFiles(srcDir);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    expect(text, file).not.toMatch(/from ['"](node:|fs|path|http)/);
    expect(text, file).not.toMatch(/\bfetch\(|readFile|\bprocess\./);
    expect(text, file).not.toMatch(/who-growth-standards/);
  }
});
