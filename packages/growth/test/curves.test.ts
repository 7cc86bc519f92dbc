// Chart curves and the inverse helper valueAtZ.
import { describe, expect, it } from "vitest";
import { type PercentileCurvesResult, percentileCurves, valueAtZ } from "../src/index.ts";
import { rawRow } from "./fixtures/who-rows.ts";
import { valueForZByHand } from "./reference.ts";

// Φ⁻¹ of WHO's chart percentiles and of 99.9, as tabulated (R: qnorm).
const Z3 = -1.880793608151251;
const Z15 = -1.0364333894937898;
const Z999 = 3.090232306167813;

function curvesOf(result: PercentileCurvesResult) {
  if (result.curves === null) throw new Error(`expected curves, got ${result.reason}`);
  return result.curves;
}

describe("percentileCurves", () => {
  it("draws WHO's 3rd, 15th, 50th, 85th and 97th percentiles by default", () => {
    const curves = curvesOf(percentileCurves({ indicator: "weight-for-age", sex: "male", from: 0, to: 10 }));
    expect(curves.map((c) => c.percentile)).toEqual([3, 15, 50, 85, 97]);
    expect(curves.every((c) => c.points.length === 11)).toBe(true);
  });

  it("puts the curves at the LMS values for boys at birth", () => {
    const { L, M, S } = rawRow("weianthro.txt", "male", 0);
    const [p3, p15, p50, p85, p97] = curvesOf(
      percentileCurves({ indicator: "weight-for-age", sex: "male", from: 0, to: 0 }),
    );
    expect(p50?.points[0]?.y).toBe(M);
    expect(p3?.points[0]?.y).toBeCloseTo(valueForZByHand(L, M, S, Z3, true), 9);
    expect(p15?.points[0]?.y).toBeCloseTo(valueForZByHand(L, M, S, Z15, true), 9);
    expect(p85?.points[0]?.y).toBeCloseTo(valueForZByHand(L, M, S, -Z15, true), 9);
    expect(p97?.points[0]?.y).toBeCloseTo(valueForZByHand(L, M, S, -Z3, true), 9);
  });

  it("adds requested percentiles in order, using the restricted rule beyond 3 SD", () => {
    const { L, M, S } = rawRow("wflanthro.txt", "female", 45);
    const curves = curvesOf(
      percentileCurves({ indicator: "weight-for-length", sex: "female", from: 45, to: 45, percentiles: [99.9, 50] }),
    );
    expect(curves.map((c) => c.percentile)).toEqual([3, 15, 50, 85, 97, 99.9]);
    expect(curves[5]?.points[0]?.y).toBeCloseTo(valueForZByHand(L, M, S, Z999, true), 9);
  });

  it("steps weight-for-length by 0.5 cm and ages by the step asked for", () => {
    const byLength = curvesOf(percentileCurves({ indicator: "weight-for-length", sex: "female", from: 45, to: 47 }));
    expect(byLength[0]?.points.map((p) => p.x)).toEqual([45, 45.5, 46, 46.5, 47]);
    const weekly = curvesOf(percentileCurves({ indicator: "length-for-age", sex: "male", from: 0, to: 28, step: 7 }));
    expect(weekly[0]?.points.map((p) => p.x)).toEqual([0, 7, 14, 21, 28]);
  });

  it("keeps the curves ordered at every point over five years", () => {
    const curves = curvesOf(percentileCurves({ indicator: "bmi-for-age", sex: "female", from: 0, to: 1826, step: 7 }));
    for (let i = 0; i < (curves[0]?.points.length ?? 0); i++) {
      const ys = curves.map((c) => c.points[i]?.y ?? Number.NaN);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    }
  });

  it("refuses ranges, steps and percentiles it cannot draw", () => {
    const base = { indicator: "weight-for-age", sex: "male" } as const;
    expect(percentileCurves({ ...base, from: 10, to: 0 })).toMatchObject({ curves: null, reason: "invalid-range" });
    expect(percentileCurves({ ...base, from: 0, to: 1827 })).toMatchObject({
      curves: null,
      reason: "range-outside-table",
    });
    expect(percentileCurves({ ...base, from: 0, to: 10, step: 0 })).toMatchObject({
      curves: null,
      reason: "invalid-step",
    });
    expect(percentileCurves({ ...base, from: 0, to: 1826, step: 0.01 })).toMatchObject({
      curves: null,
      reason: "invalid-step",
    });
    expect(percentileCurves({ ...base, from: 0, to: 10, percentiles: [100] })).toMatchObject({
      curves: null,
      reason: "invalid-percentile",
    });
  });
});

describe("valueAtZ", () => {
  it("interpolates between 0.1 cm rows", () => {
    const low = rawRow("wflanthro.txt", "male", 67.2);
    const high = rawRow("wflanthro.txt", "male", 67.3);
    expect(valueAtZ({ indicator: "weight-for-length", sex: "male", at: 67.25, z: 0 })).toBeCloseTo(
      (low.M + high.M) / 2,
      12,
    );
  });
  it("has no value outside the table", () => {
    expect(valueAtZ({ indicator: "weight-for-height", sex: "male", at: 64.9, z: 0 })).toBeNull();
    expect(valueAtZ({ indicator: "weight-for-age", sex: "male", at: 1826.5, z: 0 })).toBeNull();
    expect(valueAtZ({ indicator: "weight-for-age", sex: "male", at: -1, z: 0 })).toBeNull();
  });
});
