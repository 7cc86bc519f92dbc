import { describe, expect, it } from "vitest";
import { assessWhoSchedule, ImmunizationInputError } from "../src/index.ts";

const group = (r: ReturnType<typeof assessWhoSchedule>, name: string) => r.find((g) => g.vaccineGroup === name);

describe("WHO routine schedule", () => {
  it("forecasts a newborn by recommended age", () => {
    const r = assessWhoSchedule({ dateOfBirth: "2025-01-01", assessmentDate: "2025-01-01", doses: [] });
    expect(group(r, "BCG")?.forecast).toMatchObject({ doseNumber: 1, recommendedDate: "2025-01-01" });
    expect(group(r, "HepB")?.forecast).toMatchObject({
      doseNumber: 1,
      recommendedDate: "2025-01-01",
      pastDueDate: "2025-01-01",
    });
    expect(group(r, "DTP")?.forecast).toMatchObject({
      doseNumber: 1,
      earliestDate: "2025-02-12",
      recommendedDate: "2025-02-12",
    });
  });

  it("uses the minimum interval from the previous dose", () => {
    const doses = [{ dateGiven: "2025-03-01", cvx: "198" }];
    const r = assessWhoSchedule({ dateOfBirth: "2025-01-01", assessmentDate: "2025-03-05", doses });
    // Dose 2 of DTP: age 10 weeks (2025-03-12) but 4 weeks after dose 1 (2025-03-29).
    expect(group(r, "DTP")?.forecast).toMatchObject({ doseNumber: 2, earliestDate: "2025-03-29" });
  });

  it("forecasts HepB dose 3 at least 16 weeks after dose 1", () => {
    const doses = [
      { dateGiven: "2025-03-01", cvx: "08" },
      { dateGiven: "2025-04-01", cvx: "08" },
    ];
    const r = assessWhoSchedule({ dateOfBirth: "2024-01-01", assessmentDate: "2025-04-02", doses });
    expect(group(r, "HepB")?.forecast?.earliestDate).toBe("2025-06-21");
  });

  it("does not count a dose given before the minimum age (no grace period)", () => {
    const doses = [{ dateGiven: "2025-02-11", cvx: "198" }];
    const r = assessWhoSchedule({ dateOfBirth: "2025-01-01", assessmentDate: "2025-03-01", doses });
    expect(group(r, "DTP")?.forecast?.doseNumber).toBe(1);
  });

  it("rejects a CVX code the WHO schedule does not know, naming the field", () => {
    expect(() =>
      assessWhoSchedule({
        dateOfBirth: "2025-01-01",
        assessmentDate: "2025-03-01",
        doses: [{ dateGiven: "2025-02-01", cvx: "999" }],
      }),
    ).toThrow(ImmunizationInputError);
  });
});
