import { describe, expect, it } from "vitest";
import { assessImmunizations, choosableConditions, findConditions, observations } from "../src/index.ts";
import { CONDITION_NAMES, conditionName } from "../src/words/conditions.ts";
import { VACCINATION_LANGUAGES } from "../src/words.ts";

const group = (r: ReturnType<typeof assessImmunizations>, name: string) =>
  r.vaccineGroups.find((g) => g.vaccineGroup === name);

describe("the conditions a family can choose", () => {
  it("has plain words in every language for exactly the choosable conditions", () => {
    expect(Object.keys(CONDITION_NAMES).sort()).toEqual(choosableConditions.map((c) => c.code).sort());
    for (const c of choosableConditions) {
      for (const language of VACCINATION_LANGUAGES) expect(conditionName(c.code, language)).toMatch(/^\p{Lu}.{3,}/u);
    }
  });

  it("offers only conditions that change a vaccine group for a child, each with CDC's title", () => {
    for (const c of choosableConditions) {
      expect(c.groups.length, c.code).toBeGreaterThan(0);
      expect(c.title.length).toBeGreaterThan(3);
    }
    const medical = observations.filter((o) => o.roles.includes("indication") && o.groups.includes("Pneumococcal"));
    // Every condition that makes a child's pneumococcal risk series relevant can be chosen.
    const under19 = medical.filter((o) => !["214", "215"].includes(o.code)); // COPD and emphysema: adult lung diseases
    for (const o of under19)
      expect(
        choosableConditions.some((c) => c.code === o.code),
        o.code,
      ).toBe(true);
  });

  it("finds conditions by plain words in English or Spanish, ignoring case and accents", () => {
    expect(findConditions("asplenia").map((c) => c.code)).toContain("160");
    expect(findConditions("sickle").map((c) => c.code)).toContain("259");
    expect(findConditions("drepanocitosis").map((c) => c.code)).toEqual(["259"]);
    expect(findConditions("RIÑON trasplante").map((c) => c.code)).toEqual(["157"]);
    expect(findConditions("esplenectomia").map((c) => c.code)).toEqual(["002"]);
    expect(findConditions("  ")).toHaveLength(choosableConditions.length);
    expect(findConditions("zzzz")).toEqual([]);
  });

  it("marks the dates CDSi intervals count from as dated", () => {
    expect(choosableConditions.find((c) => c.code === "171")?.dated).toBe(true);
    expect(choosableConditions.find((c) => c.code === "160")?.dated).toBe(false);
  });
});

describe("conditions in the assessment", () => {
  const twoYearOld = { dateOfBirth: "2023-05-01", assessmentDate: "2025-06-01" };
  const pcvDoses = ["2023-07-01", "2023-09-01", "2023-11-01", "2024-05-01"].map((dateGiven) => ({
    dateGiven,
    cvx: "133",
  }));

  it("adds the pneumococcal risk series for a child with asplenia who completed PCV", () => {
    const healthy = assessImmunizations({ ...twoYearOld, doses: pcvDoses });
    expect(group(healthy, "Pneumococcal")?.seriesStatus).toBe("complete");
    const asplenia = assessImmunizations({ ...twoYearOld, doses: pcvDoses, conditions: ["160"] });
    expect(group(asplenia, "Pneumococcal")).toMatchObject({ seriesStatus: "not-complete", seriesType: "risk" });
    expect(group(asplenia, "Pneumococcal")?.forecast?.doseNumber).toBe(5);
    // The PCV doses still count.
    expect(asplenia.doses.every((d) => d.evaluations[0]?.status === "valid")).toBe(true);
  });

  it("stops a group contraindicated by a reaction to a vaccine ingredient", () => {
    const r = assessImmunizations({ ...twoYearOld, doses: [], conditions: ["080"] });
    expect(group(r, "DTaP/Tdap/Td")).toMatchObject({ seriesStatus: "contraindicated", forecast: null });
  });

  it("leaves out only the contraindicated vaccine when others remain", () => {
    // A severe allergy to diphtheria toxoid rules out the PCV products that carry it (CRM197), not PPSV23.
    const r = assessImmunizations({ ...twoYearOld, doses: [], conditions: ["117"] });
    const cvx = group(r, "Pneumococcal")?.forecast?.vaccines.map((v) => v.cvx) ?? [];
    for (const ruledOut of ["215", "216", "327"]) expect(cvx).not.toContain(ruledOut);
  });

  it("counts evidence of immunity", () => {
    const r = assessImmunizations({ ...twoYearOld, doses: [], conditions: ["024"] });
    expect(group(r, "Varicella")?.seriesStatus).toBe("immune");
  });

  it("counts a risk series' interval from the condition's date (HSCT, CALCDTINT-4)", () => {
    const r = assessImmunizations({
      dateOfBirth: "2015-01-01",
      assessmentDate: "2025-03-01",
      doses: [],
      conditions: ["004", "171"],
      conditionDates: [null, "2025-01-15"],
    });
    // Hib for a stem cell transplant recipient: from 6 months after the transplant.
    expect(group(r, "Hib")?.forecast).toMatchObject({ earliestDate: "2025-07-15", recommendedDate: "2025-07-15" });
  });

  it("gives no RSV antibody when the mother's vaccine protects the baby, and does when it was too late", () => {
    const baby = { dateOfBirth: "2026-11-13", assessmentDate: "2027-01-22", doses: [] };
    const protectedBaby = assessImmunizations({ ...baby, maternalRsvVaccine: { received: true, date: "2026-10-01" } });
    expect(group(protectedBaby, "RSV")?.seriesStatus).toBe("contraindicated");
    const late = assessImmunizations({ ...baby, maternalRsvVaccine: { received: true, date: "2026-11-05" } });
    expect(group(late, "RSV")?.seriesStatus).toBe("not-complete");
  });
});
