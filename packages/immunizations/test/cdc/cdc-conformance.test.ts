/**
 * Runs CDC's CDSi test cases: the 259 healthy-childhood cases and the 138 extended ones (other
 * vaccine groups, children with medical conditions). Writes test-results/conformance.md and
 * requires each set's floor, with the failing cases exactly those explained in known-failures.ts,
 * so a fix and a regression both show.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CASES_PATH, type CdcCase, EXTENDED_CASES_PATH, loadCases, runCase } from "./cases.ts";
import { extendedFailures, knownFailures } from "./known-failures.ts";
import { type CaseSet, report } from "./report.ts";

const REPORT = join(dirname(fileURLToPath(import.meta.url)), "../../test-results/conformance.md");

function outcome(c: CdcCase): string[] {
  try {
    return runCase(c);
  } catch (error) {
    return [`threw: ${(error as Error).message}`];
  }
}

const run = (title: string, path: string, threshold: number, reasons: Record<string, string>): CaseSet => ({
  title,
  path,
  threshold,
  reasons,
  results: loadCases(path).map((c) => ({ id: c.id, name: c.name, group: c.vaccineGroup, diffs: outcome(c) })),
});

const sets = [
  run("Healthy childhood (CDC set v4.45)", CASES_PATH, 0.97, knownFailures),
  run("Extended: other vaccine groups and medical conditions", EXTENDED_CASES_PATH, 0.95, extendedFailures),
];
mkdirSync(dirname(REPORT), { recursive: true });
writeFileSync(REPORT, report(sets));

describe.each([
  [sets[0]!, 259],
  [sets[1]!, 138],
])("CDC test cases: $title", (set, count) => {
  it(`has all ${count} cases`, () => {
    expect(set.results).toHaveLength(count);
  });

  it(`passes at least ${set.threshold * 100} % of the cases`, () => {
    const passed = set.results.filter((r) => r.diffs.length === 0).length;
    expect(passed / set.results.length).toBeGreaterThanOrEqual(set.threshold);
  });

  it("fails exactly the cases explained in known-failures.ts", () => {
    const failing = set.results.filter((r) => r.diffs.length > 0).map((r) => r.id);
    expect(failing.sort()).toEqual(Object.keys(set.reasons).sort());
  });
});
