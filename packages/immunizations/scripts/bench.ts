/**
 * Benchmark: assessments per second for a five-year-old with a full routine
 * history, against a baseline (a newborn with no doses) run in the same process,
 * and the gzipped size of the generated data. Writes bench-results.json.
 * Run: pnpm --filter @upnest/immunizations bench
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type AssessmentInput, assessImmunizations } from "../src/index.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Born 2020-11-01, seen 2025-11-10: every routine dose on time (CDC schedule, default series).
const fiveYearOld: AssessmentInput = {
  dateOfBirth: "2020-11-01",
  assessmentDate: "2025-11-10",
  doses: [
    ["2020-11-01", "08"],
    ["2021-01-01", "110"],
    ["2021-01-01", "48"],
    ["2021-01-01", "216"],
    ["2021-01-01", "116"],
    ["2021-03-01", "110"],
    ["2021-03-01", "48"],
    ["2021-03-01", "216"],
    ["2021-03-01", "116"],
    ["2021-05-01", "110"],
    ["2021-05-01", "216"],
    ["2021-05-01", "116"],
    ["2021-05-01", "48"],
    ["2021-11-01", "03"],
    ["2021-11-01", "21"],
    ["2021-11-01", "83"],
    ["2021-11-01", "48"],
    ["2021-11-01", "216"],
    ["2022-02-01", "20"],
    ["2022-05-01", "83"],
    ["2021-11-15", "140"],
    ["2022-10-15", "140"],
    ["2023-10-15", "140"],
    ["2024-10-15", "140"],
    ["2025-10-15", "140"],
    ["2025-11-03", "130"],
    ["2025-11-03", "94"],
  ].map(([dateGiven, cvx]) => ({ dateGiven: dateGiven as string, cvx: cvx as string })),
};
const newborn: AssessmentInput = { dateOfBirth: "2025-11-10", assessmentDate: "2025-11-10", doses: [] };

function perSecond(input: AssessmentInput, ms = 1500): number {
  for (let i = 0; i < 50; i++) assessImmunizations(input); // warm up the JIT
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    assessImmunizations(input);
    n++;
  }
  return Math.round((n * 1000) / (performance.now() - start));
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : e.name.endsWith(".ts") && e.name !== "types.ts"
        ? [join(dir, e.name)]
        : [],
  );
}

const data = [...files(join(root, "src/data")), join(root, "src/who/data.ts")].map((f) => {
  const bytes = readFileSync(f);
  return { module: relative(root, f), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
});
const baseline = perSecond(newborn);
const full = perSecond(fiveYearOld);
const results = {
  node: process.version,
  assessmentsPerSecond: {
    fiveYearOldFullHistory: full,
    baselineNewbornNoDoses: baseline,
    ratio: +(full / baseline).toFixed(3),
  },
  data: {
    totalBytes: data.reduce((s, d) => s + d.bytes, 0),
    totalGzipBytes: data.reduce((s, d) => s + d.gzipBytes, 0),
    modules: data,
  },
};
writeFileSync(join(root, "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`five-year-old, full history: ${full} assessments/s`);
console.log(`baseline (newborn, no doses): ${baseline} assessments/s (ratio ${results.assessmentsPerSecond.ratio})`);
console.log(
  `generated data: ${results.data.totalBytes} B, ${results.data.totalGzipBytes} B gzipped (per module in bench-results.json)`,
);
