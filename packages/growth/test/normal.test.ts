// The normal distribution behind every percentile.
import { describe, expect, it } from "vitest";
import { formatPercentile, formatZScore, inverseNormalCdf, normalCdf } from "../src/index.ts";
import { phiBySimpson } from "./reference.ts";

describe("normalCdf", () => {
  it("matches tabulated values to 12 significant digits", () => {
    const table: [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [-1.96, 0.024997895148220435],
      [3, 0.9986501019683699],
      [-5, 2.866515718791939e-7],
      [-8, 6.220960574271784e-16],
    ];
    for (const [z, phi] of table) expect(Math.abs(normalCdf(z) - phi) / phi).toBeLessThan(1e-12);
  });

  it("agrees with numerical integration of the density within 1e-11 from −8 to 8", () => {
    for (let z = -8; z <= 8; z += 0.05) expect(Math.abs(normalCdf(z) - phiBySimpson(z))).toBeLessThan(1e-11);
  });
});

describe("inverseNormalCdf", () => {
  it("gives the tabulated quantiles", () => {
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(inverseNormalCdf(0.5)).toBe(0);
    expect(inverseNormalCdf(0.03)).toBeCloseTo(-1.880793608151251, 12);
  });
  it("inverts normalCdf across the range", () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.02, 0.1, 0.3, 0.7, 0.9, 0.98, 0.999]) {
      expect(Math.abs(normalCdf(inverseNormalCdf(p)) - p) / p).toBeLessThan(1e-12);
    }
  });
  it("is undefined at 0 and 1", () => {
    expect(inverseNormalCdf(0)).toBeNaN();
    expect(inverseNormalCdf(1)).toBeNaN();
  });
});

describe("display", () => {
  it('shows one decimal, and the tails as "< 0.1" and "> 99.9"', () => {
    expect(formatPercentile(50)).toBe("50.0");
    expect(formatPercentile(2.2750131948)).toBe("2.3");
    expect(formatPercentile(0.05)).toBe("< 0.1");
    expect(formatPercentile(99.97)).toBe("> 99.9");
  });
  it("shows z with two decimals and no negative zero", () => {
    expect(formatZScore(-2.004)).toBe("-2.00");
    expect(formatZScore(-0.001)).toBe("0.00");
  });
});
