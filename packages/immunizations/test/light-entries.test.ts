import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/** Every source file a module loads at run time (type-only imports load nothing), by its relative imports. */
function graph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, "utf8");
  for (const [, spec] of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+["'](\.[^"']+)["']/gm))
    graph(join(dirname(entry), spec ?? ""), seen);
  return seen;
}

const SCHEDULE_DATA = ["data/schedule.ts", "data/antigens.ts", "data/observations.ts", "who/data.ts"];

describe("the light entry points the web loads", () => {
  for (const entry of ["find-products.ts", "words.ts"]) {
    it(`${entry} loads no schedule data (no vaccine group, antigen series, observation text or WHO series)`, () => {
      const files = [...graph(join(src, entry))].map((f) => relative(src, f));
      expect(files.filter((f) => SCHEDULE_DATA.includes(f) || f.startsWith("data/antigens/"))).toEqual([]);
    });
  }

  it("the whole engine does load them (the test can tell)", () => {
    const files = [...graph(join(src, "index.ts"))].map((f) => relative(src, f));
    expect(files).toContain("data/schedule.ts");
  });
});
