import { assessImmunizations, CDSI_VERSION, parentView } from "@upnest/immunizations";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { todayIn } from "../derived/today.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("vax");
});
afterAll(() => h.close());

describe("vaccinations", () => {
  it("the status page agrees with assessImmunizations for the recorded history", async () => {
    const { babyId } = await parent.caller.babies.create({ name: "Vi", dateOfBirth: "2026-01-01", sex: "female" });
    const history = [
      { dateGiven: "2026-01-01", cvx: "08", lotNumber: "HB123", clinic: "City Hospital" },
      { dateGiven: "2026-03-02", cvx: "20" },
      { dateGiven: "2026-03-02", cvx: "10" },
      { dateGiven: "2026-03-20", cvx: "20", reactions: "fussy evening" }, // too soon after the first DTaP
    ];
    for (const dose of history) await parent.caller.vaccinations.add({ babyId, ...dose });
    const status = await parent.caller.vaccinations.status({ babyId });
    const today = todayIn("UTC");
    const expected = assessImmunizations({
      dateOfBirth: "2026-01-01",
      sex: "female",
      assessmentDate: today,
      doses: history.map(({ dateGiven, cvx }) => ({ dateGiven, cvx })),
    });
    // With the child's context (decision of issue 21): a travel vaccine is "not needed", not "no longer given".
    const child = { dateOfBirth: "2026-01-01" };
    expect(status.groups.map((g) => [g.vaccineGroup, g.status, g.note, g.nextDose])).toEqual(
      expected.vaccineGroups.map((g) => {
        const view = parentView(g, today, child);
        return [g.vaccineGroup, view.status, view.note, view.nextDose];
      }),
    );
    expect(status.doses.map((d) => d.evaluations.map((e) => e.status))).toEqual(
      expected.doses.map((d) => d.evaluations.map((e) => e.status)),
    );
    const early = status.doses[3]?.evaluations.find((e) => e.antigen === "Diphtheria");
    expect(early).toMatchObject({ status: "not-valid", reason: "too-soon" });
    expect(status.cdsiVersion).toBe(CDSI_VERSION);
  });

  it("a family can switch to the WHO schedule, which CDSi does not evaluate", async () => {
    const baby = await parent.caller.babies.create({
      name: "Wu",
      dateOfBirth: "2026-01-01",
      sex: "male",
      vaccinationSchedule: "who",
    });
    await parent.caller.vaccinations.add({
      babyId: baby.babyId,
      dateGiven: "2026-01-02",
      cvx: "19",
      givenAbroad: true,
    });
    const status = await parent.caller.vaccinations.status({ babyId: baby.babyId });
    expect(status.schedule).toBe("who");
    expect(status.cdsiVersion).toBeNull();
    expect(status.doses[0]).toMatchObject({ cvx: "19", givenAbroad: true });
    expect(status.groups.length).toBeGreaterThan(5);
  });

  it("refuses an unknown vaccine or a dose before birth, and writes nothing", async () => {
    const { babyId } = await parent.caller.babies.create({ name: "No", dateOfBirth: "2026-01-01", sex: "male" });
    await expect(
      parent.client.vaccinations.add.mutate({ babyId, dateGiven: "2026-02-01", cvx: "999" }),
    ).rejects.toMatchObject({
      data: { code: "BAD_REQUEST", fieldErrors: { cvx: ["Choose a vaccine from the list"] } },
    });
    await expect(
      parent.client.vaccinations.add.mutate({ babyId, dateGiven: "2025-12-01", cvx: "20" }),
    ).rejects.toMatchObject({
      data: { code: "BAD_REQUEST", fieldErrors: { dateGiven: [expect.stringMatching(/before the date of birth/)] } },
    });
    expect((await parent.caller.vaccinations.list({ babyId })).items).toEqual([]);
  });

  it("lists the products to pick from with CVX codes", async () => {
    const products = await parent.caller.vaccinations.products();
    expect(products.find((p) => p.cvx === "03")?.name).toBe("MMR");
  });
});
