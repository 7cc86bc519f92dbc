import { describe, expect, it } from "vitest";
import { assessImmunizations, reasonCode, reasonText } from "../src/index.ts";

/** Born 2026-11-13 at 33 weeks; HepB at birth and at 2 months (with DTaP-HepB-IPV), assessed at 10 weeks. */
const baby = (birthWeightGrams: number) =>
  assessImmunizations({
    dateOfBirth: "2026-11-13",
    assessmentDate: "2027-01-22",
    birthWeightGrams,
    doses: [
      { dateGiven: "2026-11-13", cvx: "08" },
      { dateGiven: "2027-01-13", cvx: "110" },
    ],
  });
const hepB = (r: ReturnType<typeof baby>, i: number) => r.doses[i]?.evaluations.find((e) => e.antigen === "HepB");
const group = (r: ReturnType<typeof baby>) => r.vaccineGroups.find((g) => g.vaccineGroup === "HepB");

describe("a HepB birth dose to a baby under 2,000 g (ACIP 2018, beyond CDSi)", () => {
  it("does not count for a 1.9 kg baby, and the series needs the extra dose", () => {
    const r = baby(1900);
    expect(hepB(r, 0)).toEqual({ antigen: "HepB", status: "not-valid", reason: "Birth weight under 2,000 g" });
    expect(hepB(r, 1)?.status).toBe("valid");
    // The 2-month dose is the series' first: the next is dose 2, then a third (four doses in all).
    expect(group(r)?.forecast?.doseNumber).toBe(2);
    expect(reasonText(reasonCode(hepB(r, 0)?.reason), "en")).toMatch(
      /before 1 month of age to a baby who weighed under 2,000 g/,
    );
    expect(reasonText(reasonCode(hepB(r, 0)?.reason), "es")).toMatch(
      /antes del mes de vida a un bebé que pesó menos de 2000 g/,
    );
  });

  it("counts for a 2.1 kg baby", () => {
    const r = baby(2100);
    expect(hepB(r, 0)).toEqual({ antigen: "HepB", status: "valid" });
    expect(group(r)?.forecast?.doseNumber).toBe(3);
  });

  it("counts a dose given from 1 month of age, whatever the birth weight", () => {
    const r = assessImmunizations({
      dateOfBirth: "2026-11-13",
      assessmentDate: "2027-01-22",
      birthWeightGrams: 1500,
      doses: [
        { dateGiven: "2026-12-12", cvx: "08" },
        { dateGiven: "2026-12-13", cvx: "08" },
      ],
    });
    expect(hepB(r, 0)?.reason).toBe("Birth weight under 2,000 g"); // the day before 1 month (CALCDT-2)
    expect(hepB(r, 1)?.status).toBe("valid");
  });

  it("offers the series' first counting dose from 1 month of age, not before", () => {
    const r = assessImmunizations({
      dateOfBirth: "2026-11-13",
      assessmentDate: "2026-11-23",
      birthWeightGrams: 1900,
      doses: [{ dateGiven: "2026-11-13", cvx: "08" }],
    });
    expect(r.vaccineGroups.find((g) => g.vaccineGroup === "HepB")?.forecast).toMatchObject({
      doseNumber: 1,
      earliestDate: "2026-12-13",
      recommendedDate: "2026-12-13",
    });
  });

  it("changes nothing for other vaccines", () => {
    const r = baby(1900);
    expect(r.doses[1]?.evaluations.every((e) => e.status === "valid")).toBe(true);
  });
});
