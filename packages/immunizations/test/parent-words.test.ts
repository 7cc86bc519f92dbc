/**
 * Every vaccine group's words for a child at 0, 2, 6, 12, 18 and 48 months and 11 years: the status
 * and note a parent reads must be true at that age (no "no longer given" for flu at 10 weeks, no RSV
 * "no longer given" for a baby in its first season, travel vaccines not "past the age").
 */
import { describe, expect, it } from "vitest";
import { addDays, addMonths } from "../src/dates.ts";
import { assessImmunizations, type ParentViewForChild, parentView } from "../src/index.ts";
import { noteText, VACCINATION_LANGUAGES } from "../src/words.ts";

const DOB = "2026-11-13"; // in RSV season at birth and at 2 months
const AGES_MONTHS = [0, 2, 6, 12, 18, 48, 132];
const TRAVEL_OR_RISK_ONLY = [
  "Chikungunya",
  "Cholera",
  "Dengue",
  "Ebola",
  "Japanese Encephalitis",
  "Orthopoxvirus",
  "Rabies",
  "TBE",
  "Typhoid",
  "Yellow Fever",
];
/** When a group truly is no longer given to an unvaccinated healthy child (the data's maximum ages). */
const NO_LONGER_GIVEN_FROM: Record<string, (dob: string) => string> = {
  Rotavirus: (dob) => addDays(dob, 15 * 7), // dose 1 before 15 weeks
  Hib: (dob) => addMonths(dob, 60),
  Pneumococcal: (dob) => addMonths(dob, 60),
  // Born in November: the first season ends at 4.5 months, and the next starts after 8 months.
  RSV: () => "2027-04-01",
};

function views(months: number, maternalRsvVaccine?: { received: boolean; date?: string }) {
  const today = addMonths(DOB, months);
  const r = assessImmunizations({ dateOfBirth: DOB, assessmentDate: today, doses: [], maternalRsvVaccine });
  return { today, views: r.vaccineGroups.map((g) => parentView(g, today, { dateOfBirth: DOB, maternalRsvVaccine })) };
}
const find = (vs: ParentViewForChild[], group: string) =>
  vs.find((v) => v.vaccineGroup === group) as ParentViewForChild;

describe.each(AGES_MONTHS)("the words for every vaccine group at %i months", (months) => {
  const { today, views: vs } = views(months);

  it("says 'no longer given' only where the child is past the group's age", () => {
    for (const v of vs) {
      const from = NO_LONGER_GIVEN_FROM[v.vaccineGroup];
      expect(v.status === "no-longer-given", `${v.vaccineGroup} at ${months} months: ${v.status}`).toBe(
        from !== undefined && today >= from(DOB),
      );
    }
  });

  it("gives next-dose dates that agree with the status", () => {
    for (const v of vs) {
      if (!v.nextDose) {
        expect(["upcoming", "due", "overdue"]).not.toContain(v.status);
        continue;
      }
      const { canBeGivenFrom, dueFrom, overdueAfter } = v.nextDose;
      expect(canBeGivenFrom >= DOB && dueFrom >= canBeGivenFrom, v.vaccineGroup).toBe(true);
      if (v.status === "upcoming") expect(today < dueFrom, v.vaccineGroup).toBe(true);
      if (v.status === "due") expect(today >= dueFrom && (!overdueAfter || today <= overdueAfter)).toBe(true);
      if (v.status === "overdue") expect(overdueAfter !== null && today > overdueAfter, v.vaccineGroup).toBe(true);
    }
  });

  it("offers flu from 6 months, every season", () => {
    const flu = find(vs, "Influenza");
    expect(flu.note).toBe("flu-each-season");
    if (months < 6) {
      expect(flu.status).toBe("upcoming");
      expect(flu.nextDose?.canBeGivenFrom).toBe(addMonths(DOB, 6));
    } else {
      expect(flu.status).toBe("due");
    }
  });

  it("gives the RSV antibody in the first season, and says why not after", () => {
    const rsv = find(vs, "RSV");
    if (today < "2027-04-01") expect(rsv).toMatchObject({ status: "due", note: "rsv-first-season" });
    else expect(rsv).toMatchObject({ status: "no-longer-given", note: "rsv-past-infancy" });
  });

  it("says travel and risk-only vaccines are not needed without their reason, and zoster is for adults", () => {
    for (const g of TRAVEL_OR_RISK_ONLY)
      expect(find(vs, g)).toMatchObject({ status: "not-needed", note: "only-with-indication" });
    expect(find(vs, "Zoster")).toMatchObject({ status: "not-needed", note: "adults-only" });
  });

  it("gives HPV from 9 years, recommended at 11 to 12", () => {
    const hpv = find(vs, "HPV");
    expect(hpv.nextDose?.canBeGivenFrom).toBe(addMonths(DOB, 9 * 12));
    expect(hpv.status).toBe(months >= 132 ? "due" : "upcoming");
  });

  it.each(VACCINATION_LANGUAGES)("has every note's words in %s", (language) => {
    for (const v of vs) if (v.note) expect(noteText(v.note, language), v.note).toMatch(/^\p{Lu}.{20,}\.$/u);
  });
});

describe("the RSV antibody and the mother's vaccine in pregnancy", () => {
  it("is not needed when the mother had it at least 14 days before birth", () => {
    for (const months of [0, 2]) {
      const rsv = find(views(months, { received: true, date: "2026-10-01" }).views, "RSV");
      expect(rsv).toMatchObject({ status: "not-needed", note: "rsv-mother-vaccinated", nextDose: null });
    }
  });

  it("is still due when she had it less than 14 days before birth, or on a date not given", () => {
    expect(find(views(2, { received: true, date: "2026-11-05" }).views, "RSV")).toMatchObject({
      status: "due",
      note: "rsv-mother-vaccinated-late",
    });
    expect(find(views(2, { received: true }).views, "RSV")).toMatchObject({
      status: "due",
      note: "rsv-mother-vaccinated-undated",
    });
  });
});
