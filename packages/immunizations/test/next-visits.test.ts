import { describe, expect, it } from "vitest";
import { assessImmunizations, nextVisits } from "../src/index.ts";

/** The baby: born 2026-11-13 at 33 weeks and 1.9 kg, now 10 weeks old. */
const baby = {
  dateOfBirth: "2026-11-13",
  assessmentDate: "2027-01-22",
  birthWeightGrams: 1900,
  doses: [
    { dateGiven: "2026-11-13", cvx: "08" }, // HepB at birth: does not count under 2,000 g
    { dateGiven: "2026-11-13", cvx: "306" }, // RSV antibody (nirsevimab) at birth
    { dateGiven: "2026-12-13", cvx: "08" }, // HepB at 1 month
  ],
};

describe("nextVisits", () => {
  it("puts what is due now first, then the later dates, each with its groups", () => {
    const visits = nextVisits(assessImmunizations(baby), "2027-01-22");
    expect(visits[0]).toMatchObject({
      date: "2027-01-22",
      vaccineGroups: ["DTaP/Tdap/Td", "Polio", "Hib", "Pneumococcal", "HepB", "Rotavirus"],
      overdue: [],
    });
    expect(visits[0]?.doses.find((d) => d.vaccineGroup === "HepB")?.doseNumber).toBe(2);
    const dates = visits.map((v) => v.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    // Flu from 6 months; nothing for travel vaccines or zoster; RSV done at birth.
    expect(visits.find((v) => v.vaccineGroups.includes("Influenza"))?.date).toBe("2027-05-13");
    const all = visits.flatMap((v) => v.vaccineGroups);
    for (const g of ["Yellow Fever", "Rabies", "Zoster", "RSV"]) expect(all).not.toContain(g);
  });

  it("puts overdue doses first, at the next visit", () => {
    const late = nextVisits(assessImmunizations({ ...baby, assessmentDate: "2027-04-20" }), "2027-04-20");
    expect(late[0]?.date).toBe("2027-04-20");
    expect(late[0]?.overdue).toEqual(["DTaP/Tdap/Td", "Polio", "Hib", "Pneumococcal", "HepB"]);
    expect(late[0]?.vaccineGroups.slice(0, 5)).toEqual(late[0]?.overdue);
  });

  it("leaves out a group whose series is complete", () => {
    const hepA = ["2027-11-13", "2028-05-13"].map((dateGiven) => ({ dateGiven, cvx: "83" }));
    const r = assessImmunizations({ ...baby, assessmentDate: "2028-06-01", doses: [...baby.doses, ...hepA] });
    expect(nextVisits(r, "2028-06-01").flatMap((v) => v.vaccineGroups)).not.toContain("HepA");
  });
});
