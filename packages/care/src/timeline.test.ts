import { describe, expect, it } from "vitest";
import { dayBounds } from "./days.ts";
import { idOf } from "./entry.ts";
import { bottle, breast, diaper, local, note, sleep } from "./testing/entries.ts";
import { sleepBands, timeline } from "./timeline.ts";

const NY = "America/New_York";
const LONDON = "Europe/London";
const LORD_HOWE = "Australia/Lord_Howe";

describe("the day's timeline", () => {
  it("places entries at fractions of an ordinary 24-hour day, earliest first", () => {
    const day = "2026-05-12";
    const at = (clock: string) => local(`${day} ${clock}`, LONDON);
    const items = timeline(
      [diaper(at("18:00"), "wet"), breast(at("06:00"), { left: 30 }), note(at("12:00"))],
      dayBounds(day, LONDON),
    );
    expect(items.map((i) => [i.entry.kind, i.start, i.end])).toEqual([
      ["feedings", 0.25, 0.25 + 30 / 1440],
      ["careNotes", 0.5, 0.5],
      ["diapers", 0.75, 0.75],
    ]);
  });

  it("clips a sleep across midnight to the day, on both sides", () => {
    const day = "2026-05-12";
    const night = sleep(local("2026-05-11 21:00", NY), local(`${day} 06:00`, NY), "night");
    const evening = sleep(local(`${day} 18:00`, NY), local("2026-05-13 03:00", NY), "night");
    const [morning, late] = timeline([evening, night], dayBounds(day, NY));
    expect(morning).toMatchObject({ start: 0, end: 0.25, clippedStart: true, clippedEnd: false });
    expect(late).toMatchObject({ start: 0.75, end: 1, clippedStart: false, clippedEnd: true });
  });

  it("leaves out what is wholly on another day (the evening before that care.day also sends)", () => {
    const day = "2026-05-12";
    const items = timeline(
      [bottle(local("2026-05-11 22:00", NY), 90), diaper(local("2026-05-13 00:00", NY), "wet")],
      dayBounds(day, NY),
    );
    expect(items).toEqual([]);
  });

  it("on the 23-hour spring-forward day in New York, 12:00 sits 11/23 of the way", () => {
    const day = "2026-03-08";
    const [item] = timeline([diaper(local(`${day} 12:00`, NY), "wet")], dayBounds(day, NY));
    expect(item?.start).toBeCloseTo(11 / 23, 12);
  });

  it("on the 25-hour fall-back day in New York, 12:00 sits 13/25 of the way", () => {
    const day = "2026-11-01";
    const [item] = timeline([diaper(local(`${day} 12:00`, NY), "wet")], dayBounds(day, NY));
    expect(item?.start).toBeCloseTo(13 / 25, 12);
  });

  it("on Lord Howe Island's 24½-hour day (clocks go back half an hour), 12:00 sits 12.5/24.5 of the way", () => {
    const day = "2026-04-05";
    const [item] = timeline([diaper(local(`${day} 12:00`, LORD_HOWE), "wet")], dayBounds(day, LORD_HOWE));
    expect(item?.start).toBeCloseTo(12.5 / 24.5, 12);
  });
});

describe("sleep bands, one row per day", () => {
  it("splits a night at midnight into the evening's band and the morning's", () => {
    const night = sleep(local("2026-05-11 20:00", LONDON), local("2026-05-12 06:00", LONDON), "night");
    const nap = sleep(local("2026-05-12 13:00", LONDON), local("2026-05-12 14:30", LONDON), "nap");
    const rows = sleepBands([nap, night], LONDON, ["2026-05-11", "2026-05-12", "2026-05-13"]);
    const whole = (s: typeof night) => ({ startedAt: s.record.startedAt, endedAt: s.record.endedAt });
    expect(rows).toEqual([
      { day: "2026-05-11", bands: [{ sleepId: idOf(night), kind: "night", start: 20 / 24, end: 1, ...whole(night) }] },
      {
        day: "2026-05-12",
        bands: [
          { sleepId: idOf(night), kind: "night", start: 0, end: 0.25, ...whole(night) },
          { sleepId: idOf(nap), kind: "nap", start: 13 / 24, end: 14.5 / 24, ...whole(nap) },
        ],
      },
      { day: "2026-05-13", bands: [] },
    ]);
  });

  it("keeps a London night across the spring-forward change in real hours: 2 before midnight, 5 after", () => {
    const night = sleep(local("2026-03-28 22:00", LONDON), local("2026-03-29 06:00", LONDON), "night");
    const [saturday, sunday] = sleepBands([night], LONDON, ["2026-03-28", "2026-03-29"]);
    expect(saturday?.bands[0]).toMatchObject({ start: 22 / 24, end: 1 });
    // Sunday is 23 hours long; 06:00 BST is 5 real hours after midnight.
    expect(sunday?.bands[0]?.start).toBe(0);
    expect(sunday?.bands[0]?.end).toBeCloseTo(5 / 23, 12);
  });

  it("leaves out days not asked for", () => {
    const nap = sleep(local("2026-05-12 13:00", NY), local("2026-05-12 14:00", NY));
    expect(sleepBands([nap], NY, ["2026-05-13"])).toEqual([{ day: "2026-05-13", bands: [] }]);
  });
});
