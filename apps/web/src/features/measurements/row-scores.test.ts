import { beforeAll, describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import type { Growth } from "../../lib/growth-scores.ts";
import { measureList, rowScores } from "./row-scores.ts";

beforeAll(async () => {
  await i18n.changeLanguage("en");
});

const age = { chronologicalDays: 10, correctedDays: null, usedDays: 10, corrected: false, postmenstrualDays: 220 };
const none = (reason: string) => ({ standard: null, zScore: null, percentile: null, flag: null, reason }) as const;
const scored = (standard: "who-2006" | "cdc-2000" | "intergrowth-postnatal", percentile: number) =>
  ({ standard, zScore: 0, percentile, flag: null }) as const;

describe("a measurement's percentiles in its row", () => {
  it("says a reason shared by several measures once, naming them, and leaves out unscored derived ones", () => {
    const growth = {
      standard: null,
      age,
      weightForAge: none("before-postnatal-standard"),
      lengthForAge: none("before-postnatal-standard"),
      headCircumferenceForAge: none("before-postnatal-standard"),
      weightForLength: { ...none("age-before-birth"), indicator: "weight-for-length" },
      bmiForAge: none("age-before-birth"),
    } as Growth;
    const row = rowScores(growth);
    expect(row.scored).toEqual([]);
    expect(row.missing).toEqual([{ reason: "before-postnatal-standard", measures: ["weight", "length", "head"] }]);
    expect(measureList(row.missing[0]?.measures ?? [], "en")).toBe("weight, length, and head");
  });

  it("names each standard once, with its measures, when two standards score one day", () => {
    const growth = {
      standard: "cdc-2000",
      age,
      weightForAge: scored("cdc-2000", 60),
      lengthForAge: scored("cdc-2000", 40),
      headCircumferenceForAge: scored("who-2006", 55),
      bmiForAge: { ...scored("cdc-2000", 80), bmi95thPercentile: 18, percentOf95thPercentile: 90 },
    } as Growth;
    const row = rowScores(growth);
    expect(row.scored.map((g) => [g.standard, g.scores.map((s) => s.measure)])).toEqual([
      ["cdc-2000", ["weight", "length", "bmi"]],
      ["who-2006", ["head"]],
    ]);
    expect(row.missing).toEqual([]);
  });

  it("keeps different reasons apart and lists values worth checking", () => {
    const growth = {
      standard: "who-2006",
      age,
      weightForAge: { ...scored("who-2006", 99.99), flag: "implausible-high" },
      lengthForAge: none("length-above-range"),
      headCircumferenceForAge: none("value-out-of-scale"),
      weightForLength: { ...none("use-weight-for-height"), indicator: "weight-for-length" },
    } as Growth;
    const row = rowScores(growth);
    expect(row.missing).toEqual([
      { reason: "length-above-range", measures: ["length"] },
      { reason: "value-out-of-scale", measures: ["head"] },
    ]);
    expect(row.flagged.map((f) => f.measure)).toEqual(["weight"]);
  });
});
