import { checklistFor } from "@upnest/milestones";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
let parent: Awaited<ReturnType<Harness["user"]>>;

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
  parent = await h.user("milestones");
});
afterAll(() => h.close());

const daysAgo = (n: number) => new Date(Date.now() - n * 86400_000).toISOString().slice(0, 10);

describe("milestones", () => {
  it("a parent marks a checklist milestone once, and the view shows it achieved", async () => {
    const { babyId } = await parent.caller.babies.create({ name: "Mo", dateOfBirth: daysAgo(100), sex: "male" });
    const first = checklistFor(2)[0];
    if (!first) throw new Error("no 2-month milestones");
    await parent.caller.milestones.mark({ babyId, milestoneId: first.id, achievedOn: daysAgo(40) });
    await expect(
      parent.caller.milestones.mark({ babyId, milestoneId: first.id, achievedOn: daysAgo(30) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const view = await parent.caller.milestones.view({ babyId });
    expect(view.currentChecklist).toBe(2);
    const two = view.checklists.find((c) => c.ageMonths === 2);
    expect(two?.milestones.find((m) => m.id === first.id)).toMatchObject({
      status: "achieved",
      achievedOn: daysAgo(40),
    });
    expect(two?.milestones.filter((m) => m.status === "expected").length).toBeGreaterThan(0);
    expect(view.source.publisher).toMatch(/CDC|Centers for Disease Control/);
  });

  it("a baby born at 30 weeks sees the checklist for corrected age", async () => {
    const { babyId } = await parent.caller.babies.create({
      name: "Pre",
      dateOfBirth: daysAgo(100),
      sex: "female",
      gestationalAgeWeeks: 30,
    });
    const view = await parent.caller.milestones.view({ babyId });
    expect(view.age).toMatchObject({ chronologicalDays: 100, correctedDays: 30, corrected: true });
    expect(view.currentChecklist).toBeNull();
  });

  it("custom milestones are kept, and an unknown checklist id is refused", async () => {
    const { babyId } = await parent.caller.babies.create({ name: "Cu", dateOfBirth: daysAgo(200), sex: "female" });
    await parent.caller.milestones.addCustom({ babyId, title: "First swim", achievedOn: daysAgo(10) });
    const view = await parent.caller.milestones.view({ babyId });
    expect(view.custom.map((m) => m.title)).toEqual(["First swim"]);
    await expect(
      parent.client.milestones.mark.mutate({ babyId, milestoneId: "m99-made-up", achievedOn: daysAgo(1) }),
    ).rejects.toMatchObject({
      data: { code: "BAD_REQUEST", fieldErrors: { milestoneId: ["Choose a milestone from the checklist"] } },
    });
  });
});
