import { bottle, breast, feeding } from "@upnest/care/testing";
import { ML_PER_FL_OZ } from "@upnest/i18n";
import { describe, expect, it } from "vitest";
import type { CareEntry } from "./entries.ts";
import { allergensSeen, bottleChips, lastBottle, lastTracker, trackerLabels } from "./suggestions.ts";

const tracker = (startedAt: string, label: string, more: { unit?: string; amount?: number } = {}): CareEntry => ({
  kind: "customEntries",
  record: {
    customEntryId: `01TRACKER${startedAt.replace(/\D/g, "").slice(0, 17)}`,
    babyId: "01TESTBABY0000000000000000",
    createdBy: "user-1",
    createdAt: startedAt,
    updatedAt: startedAt,
    version: 1,
    startedAt,
    timeZone: "UTC",
    label,
    ...more,
  },
});

describe("what the family logged before, offered again", () => {
  it("bottle chips in the person's units, and the last bottle", () => {
    expect(bottleChips("metric")).toEqual([30, 60, 90, 120, 150, 180]);
    expect(bottleChips("imperial")[3]).toBeCloseTo(4 * ML_PER_FL_OZ, 10);
    const entries = [
      bottle("2026-01-15T10:00:00Z", 90),
      breast("2026-01-15T15:00:00Z"),
      bottle("2026-01-15T13:00:00Z", 110),
    ];
    expect(lastBottle(entries)?.amountMl).toBe(110);
    expect(lastBottle([breast("2026-01-15T15:00:00Z")])).toBeUndefined();
  });

  it("the family's own trackers, newest first, each once, with the unit and amount they had last", () => {
    const entries = [
      tracker("2026-01-15T08:00:00Z", "Vitamin D", { unit: "drops", amount: 1 }),
      tracker("2026-01-15T09:00:00Z", "Bath"),
      tracker("2026-01-15T10:00:00Z", "vitamin d ", { unit: "drops", amount: 2 }),
    ];
    expect(trackerLabels(entries)).toEqual(["vitamin d", "Bath"]);
    expect(lastTracker(entries, "Vitamin D")).toEqual({ unit: "drops", amount: 2 });
    expect(lastTracker(entries, "Bath")).toEqual({});
  });

  it("allergens already had before a meal, not counting the meal itself", () => {
    const first = feeding("2026-01-14T10:00:00Z", { method: "solids", foods: ["egg"], allergens: ["egg"] });
    const second = feeding("2026-01-15T10:00:00Z", {
      method: "solids",
      foods: ["toast"],
      allergens: ["wheat", "egg"],
    });
    expect([...allergensSeen([first, second], second.record.startedAt, second.record.feedingId)]).toEqual(["egg"]);
    expect([...allergensSeen([first, second])].sort()).toEqual(["egg", "wheat"]);
  });
});
