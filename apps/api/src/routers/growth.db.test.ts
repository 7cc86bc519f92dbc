import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("growth");
});
afterAll(() => h.close());

describe("measurements come back with WHO percentiles, each score naming its standard", () => {
  it("a boy weighing the WHO median at birth is on the 50th percentile", async () => {
    // WHO weight-for-age, boys, day 0: M = 3.3464 kg (the published median).
    const { babyId } = await parent.caller.babies.create({ name: "Max", dateOfBirth: "2026-01-01", sex: "male" });
    const m = await parent.client.measurements.add.mutate({ babyId, measuredOn: "2026-01-01", weightKg: 3.3464 });
    expect(m.growth.age).toMatchObject({ chronologicalDays: 0, corrected: false });
    expect(m.growth.weightForAge?.zScore).toBeCloseTo(0, 2);
    expect(m.growth.weightForAge?.percentile).toBeCloseTo(50, 1);
    expect(m.growth).toMatchObject({ standard: "who-2006", weightForAge: { standard: "who-2006" } });
  });

  it("a girl at the published −2 SD length at birth is near the 2.3rd percentile, and listing agrees", async () => {
    // WHO length-for-age, girls, day 0: M = 49.1477 cm, S = 0.0379, L = 1 → −2 SD = M·(1 − 2S) = 45.4223 cm.
    const { babyId } = await parent.caller.babies.create({ name: "Lia", dateOfBirth: "2026-01-01", sex: "female" });
    await parent.client.measurements.add.mutate({
      babyId,
      measuredOn: "2026-01-01",
      lengthCm: 45.4223,
      lengthMethod: "lying",
      weightKg: 3,
    });
    const [listed] = (await parent.client.measurements.list.query({ babyId })).items;
    expect(listed?.growth.lengthForAge?.zScore).toBeCloseTo(-2, 2);
    expect(listed?.growth.lengthForAge?.percentile).toBeCloseTo(2.28, 1);
    expect(listed?.growth.weightForLength?.indicator).toBe("weight-for-length");
    expect(listed?.growth.bmiForAge?.zScore).not.toBeNull();
  });

  it("a baby born at 32 weeks is given its corrected and postmenstrual ages beside the real one", async () => {
    const { babyId } = await parent.caller.babies.create({
      name: "Pip",
      dateOfBirth: "2026-01-01",
      sex: "male",
      gestationalAgeWeeks: 32,
    });
    // 70 days old, born 8 weeks early: corrected age 14 days.
    const m = await parent.client.measurements.add.mutate({ babyId, measuredOn: "2026-03-12", weightKg: 3.9 });
    expect(m.growth.age).toEqual({
      chronologicalDays: 70,
      correctedDays: 14,
      usedDays: 14,
      corrected: true,
      postmenstrualDays: 294,
    });
  });

  it("an implausible weight is kept but flagged", async () => {
    const { babyId } = await parent.caller.babies.create({ name: "Flo", dateOfBirth: "2026-01-01", sex: "female" });
    const m = await parent.client.measurements.add.mutate({ babyId, measuredOn: "2026-01-15", weightKg: 12 });
    expect(m.growth.weightForAge?.flag).toBe("implausible-high");
  });
});

describe("growth charts", () => {
  it("give WHO percentile curves (one segment for a baby born at term) and the baby's points", async () => {
    const { babyId } = await parent.caller.babies.create({ name: "Cha", dateOfBirth: "2026-01-01", sex: "male" });
    await parent.caller.measurements.add({
      babyId,
      measuredOn: "2026-01-01",
      weightKg: 3.3464,
      lengthCm: 50,
      lengthMethod: "lying",
    });
    await parent.caller.measurements.add({
      babyId,
      measuredOn: "2026-03-02",
      weightKg: 5.5,
      lengthCm: 58,
      lengthMethod: "lying",
    });
    const chart = await parent.caller.measurements.chart({ babyId, chart: "weight" });
    expect(chart.segments.map((s) => s.standard)).toEqual(["who-2006"]);
    const curves = chart.segments[0]?.curves ?? [];
    expect(curves.map((c) => c.percentile)).toEqual([3, 15, 50, 85, 97]);
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([
      [0, 3.3464],
      [60, 5.5],
    ]);
    const median = curves.find((c) => c.percentile === 50)?.points[0];
    expect(median).toEqual({ x: 0, y: expect.closeTo(3.3464, 3) });
    expect(curves[0]?.points.at(-1)?.x).toBeGreaterThanOrEqual(120);
    const wfl = await parent.caller.measurements.chart({ babyId, chart: "weight-for-length" });
    expect(wfl.indicator).toBe("weight-for-length");
    expect(wfl.points.map((p) => p.x)).toEqual([50, 58]);
  });
});

describe("every member scores with the baby's current facts", () => {
  it("a caregiver sees corrected age appear and go when the owner sets and clears the gestational age, and the schedule follow", async () => {
    const carer = await h.user("growth-carer");
    const { babyId } = await parent.caller.babies.create({ name: "Ivy", dateOfBirth: "2026-01-01", sex: "female" });
    const { token } = await parent.caller.caregivers.invite({ babyId, role: "caregiver", validForHours: 24 });
    await carer.caller.caregivers.accept({ token });
    await carer.caller.measurements.add({ babyId, measuredOn: "2026-03-12", weightKg: 4.1 });
    const age = async () => (await carer.client.measurements.list.query({ babyId })).items[0]?.growth.age;
    expect(await age()).toMatchObject({ chronologicalDays: 70, corrected: false });

    await parent.caller.babies.update({
      babyId,
      version: 1,
      patch: { gestationalAgeWeeks: 32, vaccinationSchedule: "who" },
    });
    expect(await age()).toEqual({
      chronologicalDays: 70,
      correctedDays: 14,
      usedDays: 14,
      corrected: true,
      postmenstrualDays: 294,
    });
    expect((await carer.caller.vaccinations.status({ babyId })).schedule).toBe("who");
    expect((await carer.caller.milestones.view({ babyId })).age.corrected).toBe(true);

    await parent.caller.babies.update({
      babyId,
      version: 2,
      patch: { gestationalAgeWeeks: null, dateOfBirth: "2026-01-02" },
    });
    expect(await age()).toMatchObject({ chronologicalDays: 69, corrected: false });
    await expect(
      carer.caller.measurements.add({ babyId, measuredOn: "2026-01-01", weightKg: 3 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
