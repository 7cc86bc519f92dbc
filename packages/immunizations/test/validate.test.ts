import { describe, expect, it } from "vitest";
import { assessImmunizations, ImmunizationInputError } from "../src/index.ts";

const base = { dateOfBirth: "2025-01-10", assessmentDate: "2025-11-10", doses: [] };

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImmunizationInputError);
    return (error as ImmunizationInputError).field;
  }
  return undefined;
}

describe("invalid input", () => {
  it("names a malformed date of birth", () => {
    expect(fieldOf(() => assessImmunizations({ ...base, dateOfBirth: "2025-02-30" }))).toBe("dateOfBirth");
    expect(fieldOf(() => assessImmunizations({ ...base, dateOfBirth: "10/01/2025" }))).toBe("dateOfBirth");
  });

  it("names a malformed assessment date", () => {
    expect(fieldOf(() => assessImmunizations({ ...base, assessmentDate: "2025-13-01" }))).toBe("assessmentDate");
  });

  it("names a dose given before birth", () => {
    const doses = [
      { dateGiven: "2025-03-10", cvx: "08" },
      { dateGiven: "2024-12-31", cvx: "08" },
    ];
    expect(fieldOf(() => assessImmunizations({ ...base, doses }))).toBe("doses[1].dateGiven");
  });

  it("names an unknown CVX code", () => {
    const doses = [{ dateGiven: "2025-03-10", cvx: "99999" }];
    expect(fieldOf(() => assessImmunizations({ ...base, doses }))).toBe("doses[0].cvx");
  });

  it("names a malformed dose date and says what it got", () => {
    const doses = [{ dateGiven: "2025-3-10", cvx: "08" }];
    expect(() => assessImmunizations({ ...base, doses })).toThrow(/doses\[0\]\.dateGiven.*"2025-3-10"/);
  });

  it("names a dose after the assessment date", () => {
    const doses = [{ dateGiven: "2025-12-01", cvx: "08" }];
    expect(fieldOf(() => assessImmunizations({ ...base, doses }))).toBe("doses[0].dateGiven");
  });

  it("names an unknown condition code, a malformed or future condition date, and dates without conditions", () => {
    expect(fieldOf(() => assessImmunizations({ ...base, conditions: ["160", "999"] }))).toBe("conditions[1]");
    expect(fieldOf(() => assessImmunizations({ ...base, conditions: ["asplenia"] }))).toBe("conditions[0]");
    expect(fieldOf(() => assessImmunizations({ ...base, conditions: ["171"], conditionDates: ["2025-02-30"] }))).toBe(
      "conditionDates[0]",
    );
    expect(fieldOf(() => assessImmunizations({ ...base, conditions: ["171"], conditionDates: ["2026-01-01"] }))).toBe(
      "conditionDates[0]",
    );
    expect(fieldOf(() => assessImmunizations({ ...base, conditionDates: ["2025-05-01"] }))).toBe("conditionDates");
    expect(fieldOf(() => assessImmunizations({ ...base, conditions: ["160"], conditionDates: [null, null] }))).toBe(
      "conditionDates",
    );
  });

  it("names a birth weight that is not a plausible number of grams", () => {
    expect(fieldOf(() => assessImmunizations({ ...base, birthWeightGrams: 1.9 }))).toBe("birthWeightGrams");
    expect(fieldOf(() => assessImmunizations({ ...base, birthWeightGrams: Number.NaN }))).toBe("birthWeightGrams");
    expect(fieldOf(() => assessImmunizations({ ...base, birthWeightGrams: "1900" as unknown as number }))).toBe(
      "birthWeightGrams",
    );
    expect(fieldOf(() => assessImmunizations({ ...base, birthWeightGrams: 1900 }))).toBeUndefined();
  });
});
