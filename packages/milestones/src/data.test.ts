import { describe, expect, it } from "vitest";
import type { Domain } from "./index.ts";
import {
  CHECKLIST_AGES,
  checklistFor,
  DOMAIN_ORDER,
  DOMAINS,
  MILESTONE_SOURCE,
  milestoneById,
  milestones,
} from "./index.ts";

const ID_FORMAT = /^m(\d{2})-(social|language|cognitive|movement)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Milestones per checklist and domain in CDC's 2022 lists (social, language,
// cognitive, movement). A change here means the data no longer mirrors CDC's.
const CDC_2022_COUNTS: Record<number, [number, number, number, number]> = {
  2: [4, 2, 2, 3],
  4: [3, 3, 2, 5],
  6: [3, 3, 3, 3],
  9: [5, 2, 2, 4],
  12: [1, 3, 2, 4],
  15: [5, 4, 2, 2],
  18: [5, 2, 2, 6],
  24: [2, 4, 3, 4],
  30: [3, 4, 4, 4],
  36: [2, 5, 2, 3],
  48: [6, 4, 3, 4],
  60: [3, 4, 6, 2],
};

describe("milestone data", () => {
  it("covers exactly CDC's twelve checklist ages", () => {
    expect(CHECKLIST_AGES).toEqual([2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60]);
    expect(new Set(milestones.map((milestone) => milestone.ageMonths))).toEqual(new Set(CHECKLIST_AGES));
  });

  it.each(CHECKLIST_AGES)("has milestones in all four domains at %i months", (age) => {
    const domains = new Set(checklistFor(age).map((milestone) => milestone.domain));
    expect([...domains].sort()).toEqual([...DOMAIN_ORDER].sort());
  });

  it.each(CHECKLIST_AGES)("has CDC's number of milestones per domain at %i months", (age) => {
    const counts = DOMAIN_ORDER.map(
      (domain) => checklistFor(age).filter((milestone) => milestone.domain === domain).length,
    );
    expect(counts).toEqual(CDC_2022_COUNTS[age]);
  });

  it("has 159 milestones in all", () => {
    expect(milestones).toHaveLength(159);
  });

  it("has unique ids in the stable format, matching each milestone's age and domain", () => {
    expect(new Set(milestones.map((milestone) => milestone.id)).size).toBe(milestones.length);
    for (const milestone of milestones) {
      const match = ID_FORMAT.exec(milestone.id);
      expect(match, milestone.id).not.toBeNull();
      expect(Number(match?.[1]), milestone.id).toBe(milestone.ageMonths);
      expect(match?.[2], milestone.id).toBe(milestone.domain);
    }
  });

  it("has texts that are non-empty, trimmed, at most 160 characters, without a final period and unique", () => {
    for (const { id, text } of milestones) {
      expect(text.trim(), id).toBe(text);
      expect(text.length, id).toBeGreaterThan(0);
      expect(text.length, id).toBeLessThanOrEqual(160);
      expect(text.endsWith("."), id).toBe(false);
    }
    expect(new Set(milestones.map((milestone) => milestone.text)).size).toBe(milestones.length);
  });

  it("is ordered by age, then domain in CDC's order", () => {
    const rank = (domain: Domain) => DOMAIN_ORDER.indexOf(domain);
    for (let i = 1; i < milestones.length; i++) {
      const before = milestones[i - 1];
      const after = milestones[i];
      if (before === undefined || after === undefined) throw new Error("unreachable");
      const ordered =
        before.ageMonths < after.ageMonths ||
        (before.ageMonths === after.ageMonths && rank(before.domain) <= rank(after.domain));
      expect(ordered, `${before.id} before ${after.id}`).toBe(true);
    }
  });

  it("is frozen, so no caller can edit the shared list", () => {
    expect(Object.isFrozen(milestones)).toBe(true);
    expect(milestones.every((milestone) => Object.isFrozen(milestone))).toBe(true);
    expect(Object.isFrozen(CHECKLIST_AGES)).toBe(true);
  });

  it("labels every domain", () => {
    for (const domain of DOMAIN_ORDER) expect(DOMAINS[domain].label.length).toBeGreaterThan(0);
    expect(Object.keys(DOMAINS).sort()).toEqual([...DOMAIN_ORDER].sort());
  });
});

describe("lookups", () => {
  it("finds a milestone by id", () => {
    expect(milestoneById("m02-social-calms-when-spoken-to")).toMatchObject({ ageMonths: 2, domain: "social" });
    expect(milestoneById("m60-movement-hops-one-foot")).toMatchObject({ ageMonths: 60, domain: "movement" });
  });

  it("returns null for an unknown id, including prototype names", () => {
    expect(milestoneById("m02-social-nope")).toBeNull();
    expect(milestoneById("constructor")).toBeNull();
    expect(milestoneById("")).toBeNull();
  });

  it("returns an empty checklist for an age without one", () => {
    expect(checklistFor(7)).toEqual([]);
    expect(checklistFor(0)).toEqual([]);
  });

  it("returns each checklist in data order", () => {
    expect(checklistFor(12).map((milestone) => milestone.id)).toEqual(
      milestones.filter((m) => m.ageMonths === 12).map((m) => m.id),
    );
  });
});

describe("source", () => {
  it("cites CDC's 2022 checklists and the Pediatrics paper", () => {
    expect(MILESTONE_SOURCE.publisher).toMatch(/CDC/);
    expect(MILESTONE_SOURCE.revision).toMatch(/2022/);
    expect(MILESTONE_SOURCE.url).toBe("https://www.cdc.gov/ncbddd/actearly/milestones/index.html");
    expect(MILESTONE_SOURCE.paper).toMatchObject({
      journal: "Pediatrics",
      year: 2022,
      doi: "10.1542/peds.2021-052138",
    });
  });

  it("says the lists are not a test or diagnosis and points to the doctor", () => {
    expect(MILESTONE_SOURCE.note).toMatch(/75%/);
    expect(MILESTONE_SOURCE.note).toMatch(/not a test/);
    expect(MILESTONE_SOURCE.note).toMatch(/diagnosis/);
    expect(MILESTONE_SOURCE.note).toMatch(/doctor/);
  });
});
