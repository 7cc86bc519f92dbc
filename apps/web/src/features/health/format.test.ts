import { describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { clockText, courseDayText, spacingText, temperatureText, waitText } from "./format.ts";

const ZONE = "America/Chicago";

describe("the health page's words", () => {
  it("says a course's spacing and day", async () => {
    await i18n.changeLanguage("en");
    expect(spacingText({ everyHours: 6 })).toBe("every 6 h");
    expect(spacingText({ timesPerDay: 3 })).toBe("3 times a day");
    expect(spacingText({ timesPerDay: 1 })).toBe("once a day");
    expect(courseDayText(2, 7)).toBe("day 2 of 7");
    expect(courseDayText(12, undefined)).toBe("day 12");
    await i18n.changeLanguage("es");
    expect(spacingText({ everyHours: 7.5 })).toBe("cada 7,5 h");
    expect(spacingText({ timesPerDay: 2 })).toBe("2 veces al día");
    await i18n.changeLanguage("en");
  });

  it("writes a time on the family's clock, with its date on another day", async () => {
    await i18n.changeLanguage("en");
    const now = Date.parse("2026-12-01T20:00:00Z"); // 14:00 in Chicago
    expect(clockText("2026-12-01T20:30:00.000Z", ZONE, now)).toBe("14:30");
    // 04:30Z on 2 December is still 1 December, 22:30, in Chicago.
    expect(clockText("2026-12-02T04:30:00.000Z", ZONE, now)).toBe("22:30");
    expect(clockText("2026-12-02T08:30:00.000Z", ZONE, now)).toBe("02:30, 2 Dec 2026");
  });

  it("says a wait to the minute, and a temperature in the person's units", () => {
    expect(waitText(80 * 60_000)).toBe("1 h 20 min");
    expect(waitText(4 * 3600_000 - 30_000)).toBe("4 h");
    expect(temperatureText(38, "metric")).toBe("38.0 °C");
    expect(temperatureText(38.5, "imperial")).toBe("101.3 °F");
  });
});
