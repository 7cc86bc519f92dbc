import { beforeAll, describe, expect, it } from "vitest";
import { i18n } from "../../i18n/i18n.ts";
import { clockTime, dayName, dayTick, formatDuration, hoursOf, zoneName } from "./format.ts";

beforeAll(async () => {
  await i18n.changeLanguage("en");
});

describe("the Patterns page's words for time", () => {
  it("writes a duration to the minute", () => {
    expect(formatDuration(10.928 * 3600_000)).toBe("10 h 56 min");
    expect(formatDuration(45 * 60_000)).toBe("45 min");
    expect(formatDuration(3 * 3600_000 + 10_000)).toBe("3 h");
    expect(hoursOf(11.46 * 3600_000)).toBe(11.5);
  });

  it("names days and the family's clock times, in Spanish too", async () => {
    expect(dayTick("2026-05-14", 7)).toBe("Thu 14");
    expect(dayTick("2026-05-14", 30)).toBe("14");
    expect(dayName("2026-05-14")).toBe("Thu 14 May");
    // 14:30 UTC is 20:00 in India, whatever zone the phone is in.
    expect(clockTime("2026-05-14T14:30:00.000Z", "Asia/Kolkata")).toBe("20:00");
    expect(zoneName("Asia/Kolkata")).toBe("India Standard Time");
    expect(zoneName("America/New_York")).toBe("Eastern Time");
    await i18n.changeLanguage("es");
    expect(dayName("2026-05-14")).toBe("jue, 14 may");
    await i18n.changeLanguage("en");
  });
});
