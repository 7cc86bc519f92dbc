import { describe, expect, it } from "vitest";
import { chartWindow, DAYS_PER_MONTH, monthTicks, niceStep, spread } from "./chart-geometry.ts";

describe("a growth chart's geometry", () => {
  const curve = (percentile: number, base: number) => ({
    percentile,
    points: Array.from({ length: 100 }, (_, d) => ({ x: d * 7, y: base + d * 0.05 })),
  });

  it("shows at least six months, on whole months, from a month before the first point", () => {
    const win = chartWindow([curve(3, 2), curve(97, 4)], [{ x: 100, y: 5 }]);
    expect(win.x0).toBeCloseTo(2 * DAYS_PER_MONTH);
    expect(win.x1).toBeCloseTo(8 * DAYS_PER_MONTH);
    expect(win.curves[0]?.points.every((p) => p.x >= win.x0 && p.x <= win.x1)).toBe(true);
    expect(win.y0).toBeLessThanOrEqual(2);
  });

  it("ticks every month up to a year, every 3 to three years, else every 6", () => {
    expect(monthTicks(0, 6 * DAYS_PER_MONTH)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(monthTicks(0, 18 * DAYS_PER_MONTH)).toEqual([0, 3, 6, 9, 12, 15, 18]);
    expect(monthTicks(0, 60 * DAYS_PER_MONTH)).toHaveLength(11);
    expect([0.3, 1.7, 4, 7].map(niceStep)).toEqual([0.5, 2, 5, 10]);
  });

  it("moves labels that would overlap apart, in their order", () => {
    expect(spread([10, 12, 30, 11], 5)).toEqual([10, 20, 30, 15]);
  });
});
