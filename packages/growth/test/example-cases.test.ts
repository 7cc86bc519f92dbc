// The worked examples that came with the CDC 2000 and INTERGROWTH-21st data
// (data/example-cases.json, computed with CDC's cdcanthro and LSHTM's gigs;
// data/README.md): every one within 0.01 z and 0.1 percentile points.
import { describe, expect, it } from "vitest";
import { computeZScore, type GrowthZScoreInput } from "../src/index.ts";
import { exampleCases } from "./data-files.ts";

describe("worked examples for CDC 2000 and INTERGROWTH-21st", () => {
  it("cover every indicator of the three standards", () => {
    const kinds = new Set(exampleCases.map((c) => `${c.standard} ${c.indicator}`));
    expect(kinds.size).toBe(9);
    expect(exampleCases.length).toBeGreaterThanOrEqual(145);
  });

  it.each(exampleCases)("$id: $standard $indicator, $sex, value $value", (example) => {
    const { z, percentile, bmiMethod, model, id: _id, ...input } = example;
    const result = computeZScore(input as GrowthZScoreInput);
    if (result.zScore === null) throw new Error(`no z-score: ${result.reason}`);
    expect(Math.abs(result.zScore - z)).toBeLessThan(0.01);
    expect(Math.abs(result.percentile - percentile)).toBeLessThan(0.1);
    if (bmiMethod) expect(result).toMatchObject({ method: bmiMethod });
    if (model) expect(result).toMatchObject({ model });
  });
});
