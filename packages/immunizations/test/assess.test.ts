import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cvxMap } from "../src/data/schedule.ts";
import { assessImmunizations } from "../src/index.ts";

const group = (r: ReturnType<typeof assessImmunizations>, name: string) =>
  r.vaccineGroups.find((g) => g.vaccineGroup === name);

describe("assessImmunizations", () => {
  it("forecasts every group on the child schedule for a newborn", () => {
    const r = assessImmunizations({ dateOfBirth: "2025-09-01", assessmentDate: "2025-09-01", doses: [] });
    expect(r.vaccineGroups.map((g) => g.vaccineGroup)).toEqual([
      "DTaP/Tdap/Td",
      "Polio",
      "Hib",
      "Pneumococcal",
      "HepB",
      "MMR",
      "Varicella",
      "Rotavirus",
      "HepA",
      "Meningococcal",
      "Influenza",
      "COVID-19",
      "RSV",
      // Then the rest of CDC's groups, in CDC's order: travel, risk-only and adult vaccines among them.
      "Chikungunya",
      "Cholera",
      "Dengue",
      "Ebola",
      "HPV",
      "Japanese Encephalitis",
      "Meningococcal B",
      "Orthopoxvirus",
      "Rabies",
      "TBE",
      "Typhoid",
      "Yellow Fever",
      "Zoster",
    ]);
    expect(group(r, "HepB")?.forecast).toMatchObject({
      doseNumber: 1,
      earliestDate: "2025-09-01",
      pastDueDate: "2025-09-28",
    });
    expect(group(r, "MMR")?.antigens).toEqual(["Measles", "Mumps", "Rubella"]);
  });

  it("returns the doses in the order given, each with one evaluation per antigen it carries", () => {
    const doses = [
      { dateGiven: "2025-11-03", cvx: "110" },
      { dateGiven: "2025-09-01", cvx: "08" },
    ];
    const r = assessImmunizations({ dateOfBirth: "2025-09-01", assessmentDate: "2025-11-10", doses });
    expect(r.doses.map((d) => d.cvx)).toEqual(["110", "08"]);
    expect(r.doses[0]?.evaluations.map((e) => e.antigen).sort()).toEqual([
      "Diphtheria",
      "HepB",
      "Pertussis",
      "Polio",
      "Tetanus",
    ]);
    expect(r.doses[1]?.evaluations).toEqual([{ antigen: "HepB", status: "valid" }]);
  });

  it("marks a dose given too young as not valid, with the reason", () => {
    const r = assessImmunizations({
      dateOfBirth: "2025-09-01",
      assessmentDate: "2025-11-10",
      doses: [{ dateGiven: "2025-10-01", cvx: "10" }],
    });
    expect(r.doses[0]?.evaluations).toEqual([{ antigen: "Polio", status: "not-valid", reason: "Age: too young" }]);
  });

  it("counts a dose given within the 4-day grace period", () => {
    // Polio dose 1: minimum age 6 weeks (2025-10-13), absolute minimum 6 weeks - 4 days.
    const r = assessImmunizations({
      dateOfBirth: "2025-09-01",
      assessmentDate: "2025-11-10",
      doses: [{ dateGiven: "2025-10-09", cvx: "10" }],
    });
    expect(r.doses[0]?.evaluations[0]?.status).toBe("valid");
  });

  it("rejects a varicella dose given too soon after MMR (live-virus conflict)", () => {
    const doses = [
      { dateGiven: "2025-01-10", cvx: "03" },
      { dateGiven: "2025-01-25", cvx: "21" },
    ];
    const r = assessImmunizations({ dateOfBirth: "2024-01-01", assessmentDate: "2025-11-10", doses });
    expect(r.doses[1]?.evaluations).toEqual([
      { antigen: "Varicella", status: "not-valid", reason: "Live virus conflict" },
    ]);
  });

  it("forecasts MMR as a whole group, by its least advanced antigen", () => {
    // Measles and rubella (CVX 04) but no mumps: dose 2 for measles, dose 1 for mumps, so MMR dose 1.
    const r = assessImmunizations({
      dateOfBirth: "2023-01-01",
      assessmentDate: "2025-11-10",
      doses: [{ dateGiven: "2024-01-05", cvx: "04" }],
    });
    expect(group(r, "MMR")?.forecast?.doseNumber).toBe(1);
  });

  it("gives the RSV antibody only in its season", () => {
    const r = assessImmunizations({ dateOfBirth: "2025-07-15", assessmentDate: "2025-08-01", doses: [] });
    expect(group(r, "RSV")?.forecast?.earliestDate).toBe("2025-10-01");
    // After the season, the next one starts when this baby is 14 months: past the antibody's 8 months.
    const late = assessImmunizations({ dateOfBirth: "2025-07-15", assessmentDate: "2026-04-15", doses: [] });
    expect(group(late, "RSV")?.seriesStatus).toBe("aged-out");
  });

  it("moves a season past the data's to the same dates of the next year (a rule beyond CDSi)", () => {
    // Born in April 2026, after v4.64's RSV season (to 2026-03-31): the antibody from 1 October 2026.
    const spring = assessImmunizations({ dateOfBirth: "2026-04-20", assessmentDate: "2026-05-01", doses: [] });
    expect(group(spring, "RSV")?.forecast?.earliestDate).toBe("2026-10-01");
    // A 10-week-old in January 2027: in the 2026-27 season now, flu from 6 months (this season's end is June 2027).
    const winter = assessImmunizations({ dateOfBirth: "2026-11-13", assessmentDate: "2027-01-22", doses: [] });
    expect(group(winter, "RSV")).toMatchObject({
      seriesStatus: "not-complete",
      forecast: { earliestDate: "2026-11-13" },
    });
    expect(group(winter, "Influenza")?.forecast?.earliestDate).toBe("2027-05-13");
  });

  it("reports rotavirus as aged out for a one-year-old who never had it", () => {
    const r = assessImmunizations({ dateOfBirth: "2024-11-01", assessmentDate: "2025-11-10", doses: [] });
    expect(group(r, "Rotavirus")).toMatchObject({ seriesStatus: "aged-out", forecast: null });
  });

  it("marks a completed group complete and further doses extraneous", () => {
    const doses = [
      { dateGiven: "2024-01-05", cvx: "83" },
      { dateGiven: "2024-07-05", cvx: "83" },
      { dateGiven: "2025-01-05", cvx: "83" },
    ];
    const r = assessImmunizations({ dateOfBirth: "2023-01-01", assessmentDate: "2025-11-10", doses });
    expect(group(r, "HepA")?.seriesStatus).toBe("complete");
    expect(r.doses[2]?.evaluations[0]?.status).toBe("extraneous");
  });

  it("never throws on a valid history, keeps every dose and gives ordered forecast dates", () => {
    const codes = Object.keys(cvxMap);
    const days = fc.integer({ min: 0, max: 18 * 365 });
    fc.assert(
      fc.property(
        days,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 18 * 365 }), fc.constantFrom(...codes)), { maxLength: 12 }),
        (span, raw) => {
          const dob = "2007-01-01";
          const at = (n: number) => new Date(Date.UTC(2007, 0, 1 + n)).toISOString().slice(0, 10);
          const doses = raw.map(([n, cvx]) => ({ dateGiven: at(Math.min(n, span)), cvx }));
          const r = assessImmunizations({ dateOfBirth: dob, assessmentDate: at(span), doses });
          expect(r.doses.map((d) => [d.dateGiven, d.cvx])).toEqual(doses.map((d) => [d.dateGiven, d.cvx]));
          expect(r.vaccineGroups).toHaveLength(26);
          for (const g of r.vaccineGroups) {
            const f = g.forecast;
            // A forecast exists exactly when a dose is still to give, and its dates are in order (FORECASTDT-5/6).
            expect(f !== null).toBe(g.seriesStatus === "not-complete");
            if (!f) continue;
            expect(f.recommendedDate >= f.earliestDate).toBe(true);
            if (f.pastDueDate) expect(f.pastDueDate >= f.earliestDate).toBe(true);
            if (f.latestDate) expect(f.latestDate >= f.earliestDate).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
    // 60 full assessments: about a second alone, several on a loaded machine (a timeout, not a timing assertion).
  }, 30_000);
});

describe("loading only some vaccine groups", () => {
  it("assesses just the groups whose antigen data is passed in", async () => {
    const { assessWith } = await import("../src/core.ts");
    const { antigen: measles } = await import("../src/data/antigens/measles.ts");
    const { antigen: mumps } = await import("../src/data/antigens/mumps.ts");
    const { antigen: rubella } = await import("../src/data/antigens/rubella.ts");
    const r = assessWith(
      { Measles: measles, Mumps: mumps, Rubella: rubella },
      { dateOfBirth: "2024-01-01", assessmentDate: "2025-11-10", doses: [{ dateGiven: "2025-01-02", cvx: "03" }] },
    );
    expect(r.vaccineGroups.map((g) => g.vaccineGroup)).toEqual(["MMR"]);
    expect(r.vaccineGroups[0]?.forecast?.doseNumber).toBe(2);
  });
});

describe("live-virus conflicts across antigens", () => {
  it("holds varicella back 28 days after MMR, as the data says", () => {
    const at = (dateGiven: string) =>
      assessImmunizations({
        dateOfBirth: "2024-01-01",
        assessmentDate: "2025-11-10",
        doses: [
          { dateGiven: "2025-01-10", cvx: "03" },
          { dateGiven, cvx: "21" },
        ],
      }).doses[1]?.evaluations[0]?.status;
    expect(at("2025-02-06")).toBe("not-valid"); // 27 days
    expect(at("2025-02-07")).toBe("valid"); // 28 days
  });

  it("uses the short conflict end after a valid measles dose and the full one after a dose given too young", () => {
    // Measles (CVX 05) then mumps (CVX 07) 25 days later: minimum conflict end 24 days, full 28 days.
    const run = (dateOfBirth: string) =>
      assessImmunizations({
        dateOfBirth,
        assessmentDate: "2025-11-10",
        doses: [
          { dateGiven: "2024-12-01", cvx: "05" },
          { dateGiven: "2024-12-26", cvx: "07" },
        ],
      }).doses;
    const valid = run("2023-11-01");
    expect(valid[0]?.evaluations[0]?.status).toBe("valid");
    expect(valid[1]?.evaluations[0]?.status).toBe("valid");
    const tooYoung = run("2023-12-20"); // measles at 11 months 11 days
    expect(tooYoung[0]?.evaluations[0]?.status).toBe("not-valid");
    expect(tooYoung[1]?.evaluations).toEqual([
      { antigen: "Mumps", status: "not-valid", reason: "Live virus conflict" },
    ]);
  });
});
