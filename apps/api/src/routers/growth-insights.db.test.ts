import { valueAtPercentile } from "@upnest/growth";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RouterInputs } from "../index.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

/**
 * `measurements.insights`: size at birth, each clinical flag raised by one baby and not by another (worth asking a
 * clinician about; the codes are the package's), newest first, each pointing at its measurement; the target height
 * from the parents' heights, which are stored, updated, cleared and refused as the schema says.
 */
const DAY = 86_400_000;
const day = (from: string, n: number) => new Date(Date.parse(from) + n * DAY).toISOString().slice(0, 10);
const today = new Date().toISOString().slice(0, 10);

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("insights");
});
afterAll(() => h.close());

type Row = Omit<RouterInputs["measurements"]["add"], "babyId" | "measuredOn"> & { at: number };

/** A baby born `daysAgo` days ago with measurements at ages in days. */
async function babyWith(name: string, daysAgo: number, rows: Row[], extra: { gestationalAgeWeeks?: number } = {}) {
  const born = day(today, -daysAgo);
  const { babyId } = await parent.caller.babies.create({ name, dateOfBirth: born, sex: "male", ...extra });
  const ids: string[] = [];
  for (const { at, ...values } of rows)
    ids.push((await parent.caller.measurements.add({ babyId, measuredOn: day(born, at), ...values })).measurementId);
  return { babyId, ids, insights: () => parent.caller.measurements.insights({ babyId }) };
}

const codes = (flags: { code: string }[]) => flags.map((f) => f.code);
/** The WHO value at a percentile and age (days). */
const who = (indicator: "weight-for-age" | "head-circumference-for-age", at: number, percentile: number) =>
  Math.round((valueAtPercentile({ standard: "who-2006", indicator, sex: "male", at, percentile }) ?? 0) * 100) / 100;

describe("newborn weight flags", () => {
  it("a loss above 10 % in the first two weeks and birth weight not regained by day 14", async () => {
    const { ids, insights } = await babyWith("Loss", 60, [
      { at: 0, weightKg: 3.5 },
      { at: 4, weightKg: 3.1 },
      { at: 14, weightKg: 3.3 },
    ]);
    const { flags } = await insights();
    expect(codes(flags)).toEqual(["birth-weight-not-regained-by-14-days", "weight-loss-over-10-percent"]);
    expect(flags[0]).toMatchObject({ measurementId: ids[2], ageInDays: 14, birthWeightKg: 3.5 });
    expect(flags[1]).toMatchObject({ measurementId: ids[1], measuredOn: day(today, -56) });
    expect(flags[1]).toHaveProperty("lossPercent", expect.closeTo(11.43, 2));
  });

  it("not for a loss of 7 % and birth weight back by day 12", async () => {
    const { insights } = await babyWith("Back", 60, [
      { at: 0, weightKg: 3.5 },
      { at: 4, weightKg: 3.25 },
      { at: 12, weightKg: 3.55 },
      { at: 16, weightKg: 3.7 },
    ]);
    expect((await insights()).flags).toEqual([]);
  });
});

describe("percentile lines (WHO, for a baby born at term)", () => {
  it("a weight falling across two major lines, and a head circumference crossing two upwards", async () => {
    const { ids, insights } = await babyWith("Falls", 240, [
      {
        at: 61,
        weightKg: who("weight-for-age", 61, 80),
        headCircumferenceCm: who("head-circumference-for-age", 61, 20),
      },
      {
        at: 183,
        weightKg: who("weight-for-age", 183, 20),
        headCircumferenceCm: who("head-circumference-for-age", 183, 80),
      },
    ]);
    const { flags } = await insights();
    expect(codes(flags).sort()).toEqual([
      "fell-across-two-percentile-lines",
      "head-circumference-crossed-two-percentile-lines",
    ]);
    for (const flag of flags) expect(flag).toMatchObject({ measurementId: ids[1], standard: "who-2006" });
    expect(flags.find((f) => f.code === "fell-across-two-percentile-lines")).toMatchObject({
      direction: "down",
      linesCrossed: [75, 50, 25],
    });
  });

  it("not for a move across one line", async () => {
    const { insights } = await babyWith("Steady", 240, [
      {
        at: 61,
        weightKg: who("weight-for-age", 61, 60),
        headCircumferenceCm: who("head-circumference-for-age", 61, 45),
      },
      {
        at: 183,
        weightKg: who("weight-for-age", 183, 40),
        headCircumferenceCm: who("head-circumference-for-age", 183, 55),
      },
    ]);
    expect((await insights()).flags).toEqual([]);
  });
});

describe("BMI classes (CDC 2000, from 2 years)", () => {
  /** A standing height of 95 cm and the weight that gives `times` the 95th percentile's BMI at 3 years. */
  const at3 = (times: number) => {
    const p95 = valueAtPercentile({
      standard: "cdc-2000",
      indicator: "bmi-for-age",
      sex: "male",
      at: 1096,
      percentile: 95,
    });
    return {
      at: 1096,
      lengthCm: 95,
      lengthMethod: "standing" as const,
      weightKg: Math.round(times * (p95 ?? 0) * 0.95 ** 2 * 100) / 100,
    };
  };

  it("≥ 120 % of the 95th percentile is its own class; ≥ P95 below it the first; the median none", async () => {
    const severe = await babyWith("Severe", 1100, [at3(1.25)]);
    const obese = await babyWith("Above", 1100, [at3(1.05)]);
    const median = await babyWith("Median", 1100, [at3(0.83)]);
    const [flag] = (await severe.insights()).flags;
    expect(flag).toMatchObject({ code: "bmi-at-or-above-120-percent-of-95th", measurementId: severe.ids[0] });
    expect(flag).toHaveProperty("percentOf95thPercentile", expect.closeTo(125, 0));
    expect(codes((await obese.insights()).flags)).toEqual(["bmi-at-or-above-95th-percentile"]);
    expect((await median.insights()).flags).toEqual([]);
  });
});

describe("size at birth and the charts", () => {
  it("SGA, AGA and LGA from the birth weight at 40 weeks (INTERGROWTH-21st); missing without one or the other", async () => {
    const size = async (weightKg: number) => {
      const baby = await babyWith(`W${weightKg}`, 30, [{ at: 0, weightKg, lengthCm: 50, lengthMethod: "lying" }], {
        gestationalAgeWeeks: 40,
      });
      return (await baby.insights()).sizeAtBirth;
    };
    expect(await size(2.4)).toMatchObject({ status: "scored", sizeForGestationalAge: "sga", gestationalAgeDays: 280 });
    expect(await size(3.4)).toMatchObject({
      status: "scored",
      sizeForGestationalAge: "aga",
      length: { zScore: expect.any(Number) },
    });
    expect(await size(4.4)).toMatchObject({ status: "scored", sizeForGestationalAge: "lga" });
    const noGa = await babyWith("NoGa", 30, [{ at: 0, weightKg: 3.4 }]);
    expect((await noGa.insights()).sizeAtBirth).toEqual({ status: "missing", reason: "no-gestational-age" });
    const later = await babyWith("Later", 30, [{ at: 3, weightKg: 3.4 }], { gestationalAgeWeeks: 39 });
    expect((await later.insights()).sizeAtBirth).toEqual({ status: "missing", reason: "no-birth-weight" });
  });

  it("names the charts a baby born at 30 weeks moves through and today's", async () => {
    const { insights } = await babyWith("Early", 100, [], { gestationalAgeWeeks: 30 });
    const answer = await insights();
    expect(answer).toMatchObject({ gestationalAgeDays: 210, standardNow: "intergrowth-postnatal", targetHeight: null });
    expect(answer.timeline.map((s) => [s.standard, s.fromAgeInDays])).toEqual([
      ["intergrowth-postnatal", 0],
      ["who-2006", 239],
      ["cdc-2000", 731],
    ]);
  });
});

describe("parents' heights", () => {
  it("are stored, give the target height, clear with null, and a bad one is refused with the schema's message, changing nothing", async () => {
    const { babyId, insights } = await babyWith("Tall", 30, []);
    let baby = await parent.caller.babies.update({
      babyId,
      version: 1,
      patch: { motherHeightCm: 165, fatherHeightCm: 181 },
    });
    expect(await parent.caller.babies.get({ babyId })).toMatchObject({ motherHeightCm: 165, fatherHeightCm: 181 });
    expect((await insights()).targetHeight).toEqual({ targetCm: 179.5, lowCm: 171, highCm: 188 });

    const error = await parent.client.babies.update
      .mutate({ babyId, version: baby.version, patch: { fatherHeightCm: 18.1 } })
      .then(
        () => null,
        (e: { data?: { code: string; fieldErrors: Record<string, string[]> | null } }) => e,
      );
    expect(error?.data?.code).toBe("BAD_REQUEST");
    expect(error?.data?.fieldErrors?.patch).toEqual(["A parent's height must be between 100 and 250 cm"]);
    expect(await parent.caller.babies.get({ babyId })).toMatchObject({ version: baby.version, fatherHeightCm: 181 });

    baby = await parent.caller.babies.update({ babyId, version: baby.version, patch: { fatherHeightCm: null } });
    expect(baby.fatherHeightCm).toBeUndefined();
    expect(await parent.caller.babies.get({ babyId })).not.toHaveProperty("fatherHeightCm");
    expect((await insights()).targetHeight).toBeNull();
    const [change] = (await parent.caller.babies.history({ babyId, limit: 1 })).items;
    expect(change).toMatchObject({ recordType: "baby", changes: { fatherHeightCm: { before: 181 } } });
  });

  it("travel through export and import", async () => {
    const { babyId } = await babyWith("Moved", 30, []);
    await parent.caller.babies.update({ babyId, version: 1, patch: { motherHeightCm: 158.5, fatherHeightCm: 170 } });
    const document = await parent.caller.account.export();
    const exported = document.babies.find((b) => b.baby.name === "Moved");
    expect(exported?.baby).toMatchObject({ motherHeightCm: 158.5, fatherHeightCm: 170 });
    const other = await h.user("insights-import");
    const { babyIds } = await other.caller.account.import({
      document: { ...document, babies: exported ? [exported] : [] },
      idempotencyKey: "01JFX0000000000000000HEIGHT",
    } as never);
    const imported = await other.caller.babies.get({ babyId: babyIds[0] ?? "" });
    expect(imported).toMatchObject({ name: "Moved", motherHeightCm: 158.5, fatherHeightCm: 170 });
  });
});
