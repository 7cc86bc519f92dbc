import { describe, expect, it } from "vitest";
import {
  CM_PER_IN,
  cmToIn,
  formatLength,
  formatWeight,
  inToCm,
  KG_PER_LB,
  kgToLb,
  kgToLbOz,
  lbOzToKg,
  lbToKg,
} from "./units.ts";

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

describe("unit conversions", () => {
  it("use the exact definitions of the pound and the inch", () => {
    expect(lbToKg(1)).toBe(0.45359237);
    expect(lbOzToKg(1, 0)).toBe(KG_PER_LB);
    expect(lbOzToKg(0, 16)).toBeCloseTo(KG_PER_LB, 15);
    expect(lbOzToKg(7, 8)).toBeCloseTo(3.401942775, 12);
    expect(inToCm(1)).toBe(2.54);
    expect(inToCm(20)).toBeCloseTo(50.8, 12);
    expect(cmToIn(CM_PER_IN * 21.5)).toBeCloseTo(21.5, 12);
    expect(kgToLb(KG_PER_LB * 9.25)).toBeCloseTo(9.25, 12);
  });

  it.each([
    [3.5, { lb: 7, oz: 11.5 }],
    [KG_PER_LB * 8, { lb: 8, oz: 0 }],
    [0.2, { lb: 0, oz: 7.1 }],
    // 15.96 oz rounds to 16.0: carried into the next pound, never "7 lb 16 oz".
    [lbOzToKg(7, 15.96), { lb: 8, oz: 0 }],
    [lbOzToKg(7, 15.94), { lb: 7, oz: 15.9 }],
  ])("%s kg is %o", (kg, expected) => {
    expect(kgToLbOz(kg)).toEqual(expected);
  });

  it("every weight typed in pounds and tenths of an ounce (0–132 lb) comes back exactly as typed", () => {
    const wrong: string[] = [];
    for (let lb = 0; lb <= 132; lb++) {
      for (let tenths = 0; tenths < 160; tenths++) {
        const oz = tenths / 10;
        const back = kgToLbOz(lbOzToKg(lb, oz));
        if (back.lb !== lb || back.oz !== oz) wrong.push(`${lb} lb ${oz} oz → ${back.lb} lb ${back.oz} oz`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("every length typed in tenths of an inch (0–60 in) comes back exactly as typed", () => {
    const wrong: number[] = [];
    for (let tenths = 0; tenths <= 600; tenths++)
      if (roundTo(cmToIn(inToCm(tenths / 10)), 1) !== tenths / 10) wrong.push(tenths / 10);
    expect(wrong).toEqual([]);
  });

  it("every weight to the gram (0.2–60 kg) shown in lb + oz is within half a tenth of an ounce, and converts back", () => {
    const halfTenthOzInKg = lbOzToKg(0, 0.05);
    const wrong: number[] = [];
    for (let grams = 200; grams <= 60_000; grams++) {
      const kg = grams / 1000;
      const { lb, oz } = kgToLbOz(kg);
      const ok =
        oz >= 0 &&
        oz < 16 &&
        Math.abs(lbOzToKg(lb, oz) - kg) <= halfTenthOzInKg + 1e-12 &&
        Math.abs(lbToKg(kgToLb(kg)) - kg) < 1e-12;
      if (!ok) wrong.push(kg);
    }
    expect(wrong).toEqual([]);
  });

  it("every length to the millimetre (20–150 cm) converts to inches and back", () => {
    const wrong: number[] = [];
    for (let mm = 200; mm <= 1500; mm++) {
      const cm = mm / 10;
      // Back exactly (to float precision); shown to a tenth of an inch, off by at most half a tenth (0.127 cm).
      if (roundTo(inToCm(cmToIn(cm)), 10) !== cm || Math.abs(inToCm(roundTo(cmToIn(cm), 1)) - cm) > 0.127 + 1e-9)
        wrong.push(cm);
    }
    expect(wrong).toEqual([]);
  });
});

describe("formatting values in the person's units", () => {
  it.each([
    [4.2, "metric", "4.2 kg"],
    [4.235, "metric", "4.235 kg"],
    [3.5, "imperial", "7 lb 11.5 oz"],
    [KG_PER_LB * 8, "imperial", "8 lb 0 oz"],
    [0.2, "imperial", "7.1 oz"],
    [lbOzToKg(12, 4), "imperial", "12 lb 4 oz"],
  ] as const)("%s kg in %s is %s", (kg, units, text) => {
    expect(formatWeight(kg, units, "en")).toBe(text);
  });

  it.each([
    [55.5, "metric", "55.5 cm"],
    [50.8, "imperial", "20 in"],
    [55.5, "imperial", "21.9 in"],
    [38, "imperial", "15 in"],
  ] as const)("%s cm in %s is %s", (cm, units, text) => {
    expect(formatLength(cm, units, "en")).toBe(text);
  });

  it("uses the locale's decimal mark", () => {
    expect(formatWeight(4.2, "metric", "de")).toBe("4,2 kg");
    expect(formatLength(55.5, "imperial", "fr")).toBe("21,9 in");
  });
});
