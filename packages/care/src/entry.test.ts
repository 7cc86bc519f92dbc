import { describe, expect, it } from "vitest";
import { endSide, median, spanOf } from "./entry.ts";
import { bottle, breast, diaper, feeding, note, pumping, sleep, tummyTime } from "./testing/entries.ts";

const T = "2026-05-12T10:00:00.000Z";
const t = Date.parse(T);
const MIN = 60_000;

describe("an entry's span", () => {
  it("covers a sleep to its end, a breast feed for both sides, pumping and tummy time for their duration", () => {
    expect(spanOf(sleep(T, "2026-05-12T11:30:00.000Z"))).toEqual({ start: t, end: t + 90 * MIN });
    expect(spanOf(breast(T, { left: 12, right: 8 }))).toEqual({ start: t, end: t + 20 * MIN });
    expect(spanOf(pumping(T, 80, 15))).toEqual({ start: t, end: t + 15 * MIN });
    expect(spanOf(tummyTime(T, 5))).toEqual({ start: t, end: t + 5 * MIN });
  });

  it("is a moment for a diaper, a note and a bottle", () => {
    for (const entry of [diaper(T, "wet"), note(T), bottle(T, 90)]) expect(spanOf(entry)).toEqual({ start: t, end: t });
  });
});

describe("the side a breast feed ended on", () => {
  it("is the last side given, else its only side, else unknown", () => {
    expect(endSide(breast(T, { left: 5, right: 5, last: "left" }).record)).toBe("left");
    expect(endSide(breast(T, { right: 5 }).record)).toBe("right");
    expect(endSide(breast(T, { left: 5, right: 5 }).record)).toBeNull();
    expect(endSide(feeding(T, { method: "bottle", amountMl: 60, lastSide: "left" }).record)).toBeNull();
  });
});

describe("the median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
