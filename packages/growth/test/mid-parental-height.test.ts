// Tanner's mid-parental target height: the parents' mean ± 6.5 cm, range ± 8.5 cm.
import { describe, expect, it } from "vitest";
import { midParentalHeight } from "../src/index.ts";

describe("midParentalHeight", () => {
  it("mother 165 cm, father 180 cm: a boy 179 cm (170.5–187.5), a girl 166 cm (157.5–174.5)", () => {
    expect(midParentalHeight({ sex: "male", motherHeightCm: 165, fatherHeightCm: 180 })).toEqual({
      targetCm: 179,
      lowCm: 170.5,
      highCm: 187.5,
    });
    expect(midParentalHeight({ sex: "female", motherHeightCm: 165, fatherHeightCm: 180 })).toEqual({
      targetCm: 166,
      lowCm: 157.5,
      highCm: 174.5,
    });
  });

  it.each([
    [{ sex: "male", motherHeightCm: 1.65, fatherHeightCm: 180 }, "parent-height-out-of-range"],
    [{ sex: "male", motherHeightCm: 165, fatherHeightCm: Number.NaN }, "parent-height-out-of-range"],
    [{ sex: "male", motherHeightCm: 165, fatherHeightCm: "180" }, "parent-height-out-of-range"],
    [{ sex: "boy", motherHeightCm: 165, fatherHeightCm: 180 }, "unknown-sex"],
  ])("%o → %s", (input, reason) => {
    expect(midParentalHeight(input as never)).toMatchObject({ targetCm: null, reason });
  });
});
