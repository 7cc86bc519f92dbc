// How much computeZScore costs next to the bare LMS formula, in one process.
// `pnpm --filter @upnest/growth bench` prints the ratio and writes
// bench-results.json. Timings depend on the machine; tests never assert them.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeZScore, type Indicator, type StandardZScoreInput, type ZScoreInput } from "./src/index.ts";

const CALLS = 100_000;
const RUNS = 7;

// A realistic mix: every indicator, both sexes, ages and lengths across the tables.
const indicatorsMix: Indicator[] = [
  "weight-for-age",
  "length-for-age",
  "head-circumference-for-age",
  "bmi-for-age",
  "weight-for-length",
  "weight-for-height",
];
const inputs: ZScoreInput[] = Array.from({ length: CALLS }, (_, i) => {
  const indicator = indicatorsMix[i % indicatorsMix.length]!;
  const sex = i % 2 === 0 ? "female" : "male";
  const ageInDays =
    indicator === "weight-for-length" ? i % 731 : indicator === "weight-for-height" ? 731 + (i % 1096) : i % 1827;
  const lengthCm = indicator === "weight-for-length" ? 45 + (i % 650) / 10 : 65 + (i % 550) / 10;
  const value =
    indicator === "length-for-age"
      ? 45 + (i % 70)
      : indicator === "head-circumference-for-age"
        ? 32 + (i % 18)
        : indicator === "bmi-for-age"
          ? 12 + (i % 8)
          : 3 + (i % 150) / 10;
  return { indicator, sex, ageInDays, value, lengthCm, measured: i % 3 === 0 ? "standing" : "lying" };
});

// CDC 2000 (with BMIs either side of the 95th percentile) and INTERGROWTH-21st
// (very-preterm equations, the skew t, postnatal), in equal shares.
const otherStandards: StandardZScoreInput[] = Array.from({ length: CALLS }, (_, i): StandardZScoreInput => {
  const sex = i % 2 === 0 ? "female" : "male";
  switch (i % 4) {
    case 0:
      return {
        standard: "cdc-2000",
        indicator: "weight-for-age",
        sex,
        ageInDays: 731 + (i % 6575),
        value: 12 + (i % 60),
      };
    case 1:
      return { standard: "cdc-2000", indicator: "bmi-for-age", sex, ageInDays: 731 + (i % 6575), value: 14 + (i % 20) };
    case 2:
      return {
        standard: "intergrowth-newborn",
        indicator: "weight-for-gestational-age",
        sex,
        gestationalAgeDays: 168 + (i % 133),
        value: 0.5 + (i % 40) / 10,
      };
    default:
      return {
        standard: "intergrowth-postnatal",
        indicator: "length-for-age",
        sex,
        postmenstrualAgeDays: 189 + (i % 260),
        value: 30 + (i % 40),
      };
  }
});

function otherStandardCalls(): number {
  let sink = 0;
  for (const input of otherStandards) sink += computeZScore(input).zScore ?? 0;
  return sink;
}

/** The formula alone on fixed L, M, S (weight-for-age, boys, birth) and varying y. */
function bareFormula(): number {
  let sink = 0;
  for (let i = 0; i < CALLS; i++) {
    const y = 2 + (i % 300) / 100;
    sink += ((y / 3.3464) ** 0.3487 - 1) / (0.3487 * 0.14602);
  }
  return sink;
}

function packageCalls(): number {
  let sink = 0;
  for (const input of inputs) sink += computeZScore(input).zScore ?? 0;
  return sink;
}

function medianMs(run: () => number): { ms: number; sink: number } {
  const times: number[] = [];
  let sink = 0;
  run(); // warm up the JIT before timing
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    sink += run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, sink };
}

const baseline = medianMs(bareFormula);
const measured = medianMs(packageCalls);
const others = medianMs(otherStandardCalls);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  calls: CALLS,
  runs: RUNS,
  baselineMs: Number(baseline.ms.toFixed(3)),
  computeZScoreMs: Number(measured.ms.toFixed(3)),
  ratio: Number((measured.ms / baseline.ms).toFixed(2)),
  microsecondsPerCall: Number(((measured.ms * 1000) / CALLS).toFixed(4)),
  otherStandardsMs: Number(others.ms.toFixed(3)),
  otherStandardsMicrosecondsPerCall: Number(((others.ms * 1000) / CALLS).toFixed(4)),
};

console.log(`bare LMS formula: ${results.baselineMs} ms for ${CALLS} calls`);
console.log(
  `computeZScore:    ${results.computeZScoreMs} ms for ${CALLS} calls (${results.microsecondsPerCall} µs each)`,
);
console.log(
  `CDC 2000 / INTERGROWTH-21st: ${results.otherStandardsMs} ms for ${CALLS} calls (${results.otherStandardsMicrosecondsPerCall} µs each)`,
);
console.log(`ratio: ${results.ratio}× (checksums ${baseline.sink.toFixed(1)}, ${measured.sink.toFixed(1)})`);
writeFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "bench-results.json"),
  `${JSON.stringify(results, null, 2)}\n`,
);
