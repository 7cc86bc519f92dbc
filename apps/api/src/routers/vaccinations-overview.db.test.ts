import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { todayIn } from "../derived/today.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("overview");
});
afterAll(() => h.close());

const day = (d: Date) => d.toISOString().slice(0, 10);
const shift = (date: string, { days = 0, months = 0 }) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return day(d);
};

/** The 2-month visit: DTaP, Hib (PRP-OMP), PCV20, IPV, RotaTeq and infant HepB. */
const TWO_MONTHS = ["20", "49", "216", "10", "116", "08"];

/** The baby: 10 weeks old today, born at 33 weeks and 1.9 kg, the birth HepB dose and the 2-month doses. */
async function tenWeekOld() {
  const today = todayIn("UTC");
  const dateOfBirth = shift(today, { days: -70 });
  const baby = await parent.caller.babies.create({ name: "Ten", dateOfBirth, sex: "female", gestationalAgeWeeks: 33 });
  await parent.caller.measurements.add({ babyId: baby.babyId, measuredOn: dateOfBirth, weightKg: 1.9 });
  await parent.caller.vaccinations.add({ babyId: baby.babyId, dateGiven: dateOfBirth, cvx: "08" });
  const twoMonths = shift(dateOfBirth, { months: 2 });
  const visit = await parent.caller.vaccinations.addVisit({
    babyId: baby.babyId,
    dateGiven: twoMonths,
    clinic: "Northside Pediatrics",
    doses: TWO_MONTHS.map((cvx) => ({ cvx, ...(cvx === "20" ? { lotNumber: "D1234" } : {}) })),
  });
  return { babyId: baby.babyId, dateOfBirth, twoMonths, today, visit };
}

describe("vaccinations.overview: the vaccines page in one call", () => {
  it("the 10-week-old born at 33 weeks and 1.9 kg: the 4-month visit, the birth HepB not counting, true words", async () => {
    const { babyId, dateOfBirth, twoMonths, today, visit } = await tenWeekOld();
    expect(visit.map((v) => [v.cvx, v.dateGiven, v.clinic])).toEqual(
      TWO_MONTHS.map((cvx) => [cvx, twoMonths, "Northside Pediatrics"]),
    );
    expect(visit.find((v) => v.cvx === "20")?.lotNumber).toBe("D1234");

    const o = await parent.caller.vaccinations.overview({ babyId });
    expect(o.assessedOn).toBe(today);
    expect(o.birthWeightGrams).toBe(1900);

    // DTaP, Polio, Hib, PCV and rotavirus dose 2 fall due on one date, 4 months after birth.
    const fourMonths = shift(dateOfBirth, { months: 4 });
    const routine = o.nextVisits.find((v) => v.groups.includes("DTaP/Tdap/Td"));
    expect(routine?.date).toBe(fourMonths);
    expect([...(routine?.groups ?? [])].sort()).toEqual(
      ["DTaP/Tdap/Td", "Hib", "Pneumococcal", "Polio", "Rotavirus"].sort(),
    );
    expect(routine?.doses.map((d) => [d.group, d.doseNumber, d.recommended])).toEqual(
      routine?.groups.map((g) => [g, 2, fourMonths]),
    );
    expect(routine?.overdue).toBe(false);
    // Before it, only what is true for this baby: the RSV antibody now (first season) and HepB, whose series
    // starts again from the 2-month dose because the birth dose does not count.
    const earlier = o.nextVisits.filter((v) => v.date < fourMonths).flatMap((v) => v.groups);
    expect(earlier.sort()).toEqual(["HepB", "RSV"]);
    // Visits are in date order.
    expect(o.nextVisits.map((v) => v.date)).toEqual(o.nextVisits.map((v) => v.date).sort());

    // The birth HepB dose does not count: birth weight under 2,000 g.
    const birthDose = o.doses.find((d) => d.dateGiven === dateOfBirth && d.cvx === "08");
    expect(birthDose?.evaluations).toEqual([{ antigen: "HepB", status: "not-valid", reason: "low-birth-weight" }]);
    const laterHepB = o.doses.find((d) => d.dateGiven === twoMonths && d.cvx === "08");
    expect(laterHepB?.evaluations).toEqual([{ antigen: "HepB", status: "valid" }]);

    const group = (name: string) => o.groups.find((g) => g.vaccineGroup === name);
    // Nothing reads "no longer given" for a 10-week-old.
    expect(o.groups.filter((g) => g.status === "no-longer-given")).toEqual([]);
    expect(group("Influenza")).toMatchObject({ status: "upcoming", note: "flu-each-season", category: "seasonal" });
    expect(group("Influenza")?.nextDose?.dueFrom).toBe(shift(dateOfBirth, { months: 6 }));
    expect(group("RSV")).toMatchObject({ status: "due", note: "rsv-first-season", category: "seasonal" });
    // Travel, risk-only and adult vaccines are not for this baby, and say so.
    expect(group("Yellow Fever")).toMatchObject({ status: "not-needed", category: "travel" });
    expect(group("Zoster")).toMatchObject({ status: "not-needed", note: "adults-only", category: "adult" });
    expect(group("DTaP/Tdap/Td")).toMatchObject({ status: "upcoming", category: "routine" });
    expect(o.groups).toHaveLength(26);
  });

  it("the mother's RSV vaccine in pregnancy: the baby needs no RSV antibody, and the page says why", async () => {
    const { babyId, dateOfBirth } = await tenWeekOld();
    const baby = await parent.caller.babies.get({ babyId });
    await parent.caller.babies.update({
      babyId,
      version: baby.version,
      patch: { maternalRsvVaccine: { status: "given", date: shift(dateOfBirth, { days: -30 }) } },
    });
    const o = await parent.caller.vaccinations.overview({ babyId });
    expect(o.groups.find((g) => g.vaccineGroup === "RSV")).toMatchObject({
      status: "not-needed",
      note: "rsv-mother-vaccinated",
      nextDose: null,
    });
    expect(o.nextVisits.flatMap((v) => v.groups)).not.toContain("RSV");
  });

  it("a recorded condition changes the schedule, and the overview lists it", async () => {
    const { babyId } = await tenWeekOld();
    const baby = await parent.caller.babies.get({ babyId });
    await parent.caller.babies.update({ babyId, version: baby.version, patch: { conditions: [{ code: "160" }] } });
    const o = await parent.caller.vaccinations.overview({ babyId });
    expect(o.conditions).toEqual([{ code: "160" }]);
    // Asplenia: MenACWY from infancy (a risk series) instead of at 11 years.
    const men = o.groups.find((g) => g.vaccineGroup === "Meningococcal");
    expect(men).toMatchObject({ note: "for-a-condition", category: "routine" });
    expect((men?.nextDose?.dueFrom ?? "9999-12-31") < shift(o.assessedOn, { months: 12 })).toBe(true);
  });

  it("without a weight on the date of birth the engine has no birth weight, and the birth dose counts", async () => {
    const today = todayIn("UTC");
    const dateOfBirth = shift(today, { days: -70 });
    const { babyId } = await parent.caller.babies.create({ name: "Nw", dateOfBirth, sex: "male" });
    await parent.caller.measurements.add({ babyId, measuredOn: shift(dateOfBirth, { days: 3 }), weightKg: 1.8 });
    await parent.caller.vaccinations.add({ babyId, dateGiven: dateOfBirth, cvx: "08" });
    const o = await parent.caller.vaccinations.overview({ babyId });
    expect(o.birthWeightGrams).toBeNull();
    expect(o.doses[0]?.evaluations).toEqual([{ antigen: "HepB", status: "valid" }]);
  });
});
