import { describe, expect, it } from "vitest";
import { i18n } from "../i18n/i18n.ts";
import {
  describePercentile,
  flagMessage,
  formatPercentile,
  formatZScore,
  NO_SCORE_REASONS,
  noScoreReason,
  ordinalSuffix,
  reasonWords,
  standardShortName,
} from "./growth-scores.ts";

describe("percentiles as parents read them", () => {
  // One precision everywhere: whole numbers from 3 to 97, one decimal outside them, "< 0.1" / "> 99.9" beyond.
  it.each([
    [62.34, "62"],
    [50, "50"],
    [49.96, "50"],
    [3, "3"],
    [2.96, "3"],
    [2.94, "2.9"],
    [2.04, "2"],
    [0.42, "0.4"],
    [0.1, "0.1"],
    [0.0999, "< 0.1"],
    [0, "< 0.1"],
    [97.04, "97"],
    [97.06, "97.1"],
    [99.9, "99.9"],
    [99.94, "> 99.9"],
    [99.86, "99.9"],
    [99.95, "> 99.9"],
    [100, "> 99.9"],
  ])("%s is shown as %s", (percentile, text) => {
    expect(formatPercentile(percentile)).toBe(text);
  });

  it.each([
    ["1", "st"],
    ["2", "nd"],
    ["3", "rd"],
    ["4", "th"],
    ["11", "th"],
    ["12", "th"],
    ["13", "th"],
    ["21", "st"],
    ["62.3", "rd"],
    ["0.1", "st"],
    ["12.2", "nd"],
    ["99.9", "th"],
    ["50", "th"],
  ])("%s takes %s", (written, suffix) => {
    expect(ordinalSuffix(written)).toBe(suffix);
  });

  it.each([
    [62.34, "62nd percentile"],
    [50.01, "50th percentile"],
    [2.3, "2.3rd percentile"],
    [11.04, "11th percentile"],
    [1, "1st percentile"],
    [0.42, "0.4th percentile"],
    [99.61, "99.6th percentile"],
    [0.03, "below the 0.1st percentile"],
    [99.97, "above the 99.9th percentile"],
  ])("%s reads as %s", (percentile, text) => {
    expect(describePercentile(percentile)).toBe(text);
  });

  it("every percentile in (0, 100) reads whole from 3 to 97, with at most one decimal outside, or a tail", () => {
    const wrong: string[] = [];
    for (let i = 1; i < 100_000; i++) {
      const p = i / 1000;
      const text = formatPercentile(p);
      const ok =
        p < 0.1
          ? text === "< 0.1"
          : p > 99.9
            ? text === "> 99.9"
            : p >= 2.95 && p < 97.05
              ? /^\d{1,2}$/.test(text) && Math.abs(Number(text) - p) <= 0.55 + 1e-9
              : /^\d{1,2}(\.\d)?$/.test(text) && Math.abs(Number(text) - p) <= 0.05 + 1e-9;
      if (!ok) wrong.push(`${p} → ${text}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("z-scores, flags and missing percentiles", () => {
  it("shows z with two decimals and no negative zero", () => {
    expect(formatZScore(0.314)).toBe("0.31");
    expect(formatZScore(-1.005)).toBe("-1.00");
    expect(formatZScore(-0.001)).toBe("0.00");
    expect(formatZScore(-2.5)).toBe("-2.50");
  });

  it("asks to check an implausible value and says which way it is off", () => {
    expect(flagMessage("implausible-high")).toMatch(/^Check this measurement: it is far above/);
    expect(flagMessage("implausible-low")).toMatch(/^Check this measurement: it is far below/);
  });

  it("explains a missing percentile, also for reasons it does not know", () => {
    expect(noScoreReason("age-over-5-years")).toBe("No percentile: the WHO standards stop at 5 years");
    expect(noScoreReason("something-new")).toBe("No percentile: not available for this measurement");
  });

  it("has its own words for every code of WHO, CDC 2000, INTERGROWTH-21st and the chart for the age, in both languages", async () => {
    const other = reasonWords("something-new");
    expect(NO_SCORE_REASONS.filter((code) => reasonWords(code) === other)).toEqual([]);
    expect(noScoreReason("postmenstrual-age-before-27-weeks")).toBe(
      "No percentile: measured before 27 weeks postmenstrual, where INTERGROWTH-21st's chart for babies born early starts",
    );
    await i18n.changeLanguage("es");
    const otro = reasonWords("something-new");
    expect(NO_SCORE_REASONS.filter((code) => reasonWords(code) === otro)).toEqual([]);
    expect(standardShortName("who-2006")).toBe("OMS");
    await i18n.changeLanguage("en");
  });

  it("names each standard briefly, as a row and a flag cite it", () => {
    expect(standardShortName("intergrowth-postnatal")).toBe("INTERGROWTH-21st");
    expect(standardShortName("who-2006")).toBe("WHO");
    expect(standardShortName("cdc-2000")).toBe("CDC");
  });
});
