import { describe, expect, it } from "vitest";
import type { MilestoneView } from "./index.ts";
import { CHECKLIST_AGES, milestoneView } from "./index.ts";

function statusOf(view: MilestoneView, id: string) {
  for (const checklist of view.checklists) {
    const item = checklist.milestones.find((milestone) => milestone.id === id);
    if (item) return item;
  }
  throw new Error(`${id} not in view`);
}

describe("milestoneView", () => {
  it("lists every checklist, youngest first, with all its milestones", () => {
    const view = milestoneView({ ageInDays: 200, achieved: {} });
    expect(view.checklists.map((checklist) => checklist.ageMonths)).toEqual(CHECKLIST_AGES);
    expect(view.checklists.reduce((sum, checklist) => sum + checklist.milestones.length, 0)).toBe(159);
  });

  it("marks the current and next checklists for a baby between checklists", () => {
    const view = milestoneView({ ageInDays: 150, achieved: {} }); // 4.9 months
    expect(view).toMatchObject({ ageMonths: 4, currentChecklist: 4, nextChecklist: 6 });
    expect(view.checklists.filter((checklist) => checklist.current).map((c) => c.ageMonths)).toEqual([4]);
    expect(view.checklists.filter((checklist) => checklist.next).map((c) => c.ageMonths)).toEqual([6]);
    expect(view.checklists.filter((checklist) => checklist.reached).map((c) => c.ageMonths)).toEqual([2, 4]);
  });

  it("gives achieved, expected and upcoming statuses", () => {
    const view = milestoneView({
      ageInDays: 150,
      achieved: { "m02-social-smiles-back": "2025-02-10", "m06-social-laughs": "2025-04-01" },
    });
    expect(statusOf(view, "m02-social-smiles-back")).toMatchObject({ status: "achieved", achievedOn: "2025-02-10" });
    expect(statusOf(view, "m02-social-calms-when-spoken-to")).toMatchObject({ status: "expected", achievedOn: null });
    expect(statusOf(view, "m04-language-coos")).toMatchObject({ status: "expected", achievedOn: null });
    // Recorded before its checklist age: early is still achieved.
    expect(statusOf(view, "m06-social-laughs")).toMatchObject({ status: "achieved", achievedOn: "2025-04-01" });
    expect(statusOf(view, "m06-social-likes-mirror")).toMatchObject({ status: "upcoming", achievedOn: null });
    expect(statusOf(view, "m60-movement-hops-one-foot").status).toBe("upcoming");
  });

  it("keeps the milestone's data on each item", () => {
    const item = statusOf(milestoneView({ ageInDays: 61, achieved: {} }), "m02-movement-opens-hands");
    expect(item).toMatchObject({ ageMonths: 2, domain: "movement", text: "Opens their hands for a moment" });
  });

  it("has everything upcoming (or achieved) before 2 months", () => {
    const view = milestoneView({ ageInDays: 59, achieved: {} });
    expect(view).toMatchObject({ ageMonths: 1, currentChecklist: null, nextChecklist: 2 });
    const statuses = new Set(view.checklists.flatMap((checklist) => checklist.milestones.map((m) => m.status)));
    expect(statuses).toEqual(new Set(["upcoming"]));
  });

  it("reaches a checklist on its first day: 2 months on day 61, 24 months on day 731", () => {
    expect(statusOf(milestoneView({ ageInDays: 60, achieved: {} }), "m02-language-makes-sounds").status).toBe(
      "upcoming",
    );
    expect(statusOf(milestoneView({ ageInDays: 61, achieved: {} }), "m02-language-makes-sounds").status).toBe(
      "expected",
    );
    expect(statusOf(milestoneView({ ageInDays: 730, achieved: {} }), "m24-movement-runs").status).toBe("upcoming");
    expect(statusOf(milestoneView({ ageInDays: 731, achieved: {} }), "m24-movement-runs").status).toBe("expected");
  });

  it("has nothing upcoming after 5 years", () => {
    const view = milestoneView({ ageInDays: 1900, achieved: {} });
    expect(view).toMatchObject({ currentChecklist: 60, nextChecklist: null });
    expect(view.checklists.every((checklist) => checklist.reached)).toBe(true);
  });

  it("reports recorded ids it does not know, and ignores prototype names", () => {
    const achieved: Record<string, string> = {
      "m99-social-gone": "2024-01-01",
      constructor: "x",
      "m02-social-smiles-back": "2025-01-01",
    };
    const view = milestoneView({ ageInDays: 100, achieved });
    expect(view.unknownAchievedIds.sort()).toEqual(["constructor", "m99-social-gone"]);
    expect(statusOf(view, "m02-social-smiles-back").status).toBe("achieved");
    // An empty record must not pick "constructor" up from Object.prototype.
    expect(milestoneView({ ageInDays: 100, achieved: {} }).unknownAchievedIds).toEqual([]);
  });

  it("does not let callers change the shared data through the view", () => {
    const view = milestoneView({ ageInDays: 100, achieved: {} });
    const item = statusOf(view, "m02-social-smiles-back");
    item.status = "achieved";
    expect(statusOf(milestoneView({ ageInDays: 100, achieved: {} }), "m02-social-smiles-back").status).toBe("expected");
  });

  it("rejects a non-finite age", () => {
    expect(() => milestoneView({ ageInDays: Number.NaN, achieved: {} })).toThrow(RangeError);
  });
});
