import { bottle, breast, diaper, sleep } from "@upnest/care/testing";
import { describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { describeEntry, entryTimes } from "./describe.ts";

const ZONE = "America/Chicago";

describe("an entry in the day's list", () => {
  it("says what it was and the details a parent glances for, on the family's clock", async () => {
    await i18n.changeLanguage("en");
    const feed = breast("2026-01-15T14:30:00Z", { left: 12, last: "left" });
    expect(describeEntry(feed, "metric", ZONE)).toEqual({
      title: "Breastfeed",
      details: ["Left 12 min", "finished on the left"],
    });
    expect(entryTimes(feed, ZONE)).toBe("08:30–08:42");
    expect(describeEntry(bottle("2026-01-15T14:30:00Z", 120), "metric", ZONE).title).toBe("Bottle 120 ml of formula");
    const nap = sleep("2026-01-15T19:00:00Z", "2026-01-15T20:30:00Z");
    expect(describeEntry(nap, "metric", ZONE)).toEqual({ title: "Nap", details: ["13:00–14:30", "1 h 30 min"] });
    expect(entryTimes(nap, ZONE)).toBe("13:00");
    const both = diaper("2026-01-15T14:30:00Z", "both");
    const green = { ...both, record: { ...both.record, colour: "green" as const, rash: true } };
    expect(describeEntry(green, "metric", ZONE)).toEqual({ title: "Wet and dirty diaper", details: ["Green", "rash"] });
  });

  it("in Spanish, with ounces for a person who reads them", async () => {
    await i18n.changeLanguage("es");
    expect(describeEntry(bottle("2026-01-15T14:30:00Z", 120), "imperial", ZONE).title).toBe(
      "Biberón de 4,1 oz de fórmula",
    );
    await i18n.changeLanguage("en");
  });
});
