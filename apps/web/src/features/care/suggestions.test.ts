import { ML_PER_FL_OZ } from "@upnest/i18n";
import { describe, expect, it } from "vitest";
import { allergensSeen, bottleChips, lastBottle, trackerLabels } from "./suggestions.ts";
import { entry } from "./testing.ts";

describe("what the family logged before, offered again", () => {
  it("bottle chips in the person's units, and the last bottle", () => {
    expect(bottleChips("metric")).toEqual([30, 60, 90, 120, 150, 180]);
    expect(bottleChips("imperial")[3]).toBeCloseTo(4 * ML_PER_FL_OZ, 10);
    const older = entry("feedings", { startedAt: "2026-01-15T10:00:00Z", method: "bottle", amountMl: 90 });
    const newer = entry("feedings", { startedAt: "2026-01-15T13:00:00Z", method: "bottle", amountMl: 110 });
    const breast = entry("feedings", { startedAt: "2026-01-15T15:00:00Z", method: "breast", side: "left" });
    expect(lastBottle([older, breast, newer])?.amountMl).toBe(110);
    expect(lastBottle([breast])).toBeUndefined();
  });

  it("the family's own trackers, newest first, each once", () => {
    const entries = [
      entry("customEntries", { startedAt: "2026-01-15T08:00:00Z", label: "Vitamin D" }),
      entry("customEntries", { startedAt: "2026-01-15T09:00:00Z", label: "Bath" }),
      entry("customEntries", { startedAt: "2026-01-15T10:00:00Z", label: "vitamin d " }),
    ];
    expect(trackerLabels(entries)).toEqual(["vitamin d", "Bath"]);
  });

  it("allergens already had before a meal, not counting the meal itself", () => {
    const first = entry("feedings", {
      startedAt: "2026-01-14T10:00:00Z",
      method: "solids",
      foods: ["egg"],
      allergens: ["egg"],
    });
    const second = entry("feedings", {
      startedAt: "2026-01-15T10:00:00Z",
      method: "solids",
      foods: ["toast"],
      allergens: ["wheat", "egg"],
    });
    const id = second.kind === "feedings" ? second.record.feedingId : "";
    expect([...allergensSeen([first, second], "2026-01-15T10:00:00Z", id)]).toEqual(["egg"]);
    expect([...allergensSeen([first, second])].sort()).toEqual(["egg", "wheat"]);
  });
});
