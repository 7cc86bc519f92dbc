import { bottle, breast, diaper, note, sleep } from "@upnest/care/testing";
import { flOzToMl } from "@upnest/i18n";
import { describe, expect, it } from "vitest";
import { type EntryFormValues, formValuesOf, parseEntryForm } from "./values.ts";

const ZONE = "America/Chicago";
const now = Date.parse("2026-01-15T20:00:00Z"); // 14:00 in Chicago
const blank = (kind: Parameters<typeof formValuesOf>[0], preset: Partial<EntryFormValues> = {}) =>
  formValuesOf(kind, undefined, ZONE, "metric", now, preset);

describe("an entry's form", () => {
  it("starts a new entry now on the family's clock, and an edit from the entry, in the person's units", () => {
    expect(blank("diapers")).toMatchObject({ time: "2026-01-15T14:00", contents: "wet" });
    expect(blank("sleeps")).toMatchObject({ time: "2026-01-15T13:00", end: "2026-01-15T14:00" });
    const feed = bottle("2026-01-15T14:30:00Z", flOzToMl(4), { timeZone: ZONE });
    expect(formValuesOf("feedings", feed, ZONE, "imperial", now)).toMatchObject({
      time: "2026-01-15T08:30",
      method: "bottle",
      amount: "4",
      milk: "formula",
    });
    const fed = breast("2026-01-15T14:30:00Z", { left: 12.5, right: 7, last: "right" });
    expect(formValuesOf("feedings", fed, ZONE, "metric", now)).toMatchObject({
      leftMinutes: "12.5",
      rightMinutes: "7",
      lastSide: "right",
    });
  });

  it("sends a time typed on the family's clock as its UTC instant, minutes as seconds, ounces as millilitres", () => {
    const values = { ...blank("feedings", { method: "bottle" }), time: "2026-01-15T02:10", amount: "4,5" };
    const parsed = parseEntryForm("feedings", values, blank("feedings"), {}, ZONE, "imperial");
    expect(parsed).toEqual({
      ok: true,
      values: { startedAt: "2026-01-15T08:10:00.000Z", timeZone: ZONE, method: "bottle", amountMl: 133.1 },
    });
    const tummy = { ...blank("tummyTimes"), minutes: "12.5" };
    expect(parseEntryForm("tummyTimes", tummy, blank("tummyTimes"), {}, ZONE, "metric")).toMatchObject({
      ok: true,
      values: { durationSeconds: 750 },
    });
  });

  it("keeps a stored value exactly when its field was not touched (seconds and millilitres are not rounded again)", () => {
    const fed = breast("2026-01-15T14:30:00Z", { left: 10 });
    const stored = { ...fed.record, leftSeconds: 601 };
    const initial = formValuesOf("feedings", { ...fed, record: stored }, ZONE, "metric", now);
    const parsed = parseEntryForm("feedings", { ...initial, notes: "sleepy" }, initial, stored, ZONE, "metric");
    expect(parsed).toMatchObject({ ok: true, values: { leftSeconds: 601, notes: "sleepy" } });
  });

  it("leaves out what does not belong to the choice: a wet diaper's stool colour, a bottle's sides", () => {
    const values = { ...blank("diapers"), contents: "wet" as const, colour: "green" as const, rash: true };
    expect(parseEntryForm("diapers", values, blank("diapers"), {}, ZONE, "metric")).toEqual({
      ok: true,
      values: { at: "2026-01-15T20:00:00.000Z", timeZone: ZONE, contents: "wet", rash: true },
    });
  });

  it("says what is wrong next to the field it is about", () => {
    const meal = { ...blank("feedings", { method: "solids" }), foods: " , " };
    expect(parseEntryForm("feedings", meal, blank("feedings"), {}, ZONE, "metric")).toEqual({
      ok: false,
      errors: { foods: "Enter at least one food" },
    });
    const nap = { ...blank("sleeps"), time: "2026-01-15T13:00", end: "2026-01-15T12:00" };
    expect(parseEntryForm("sleeps", nap, blank("sleeps"), {}, ZONE, "metric")).toEqual({
      ok: false,
      errors: { end: "The end must be after the start" },
    });
    const bad = { ...blank("feedings", { method: "bottle" }), amount: "lots" };
    expect(parseEntryForm("feedings", bad, blank("feedings"), {}, ZONE, "metric")).toMatchObject({
      ok: false,
      errors: { amount: expect.stringMatching(/Amount/) },
    });
  });

  it("edits keep the zone an entry was logged in", () => {
    const nap = sleep("2026-01-15T16:00:00Z", "2026-01-15T17:00:00Z", "nap", { timeZone: "Europe/Madrid" });
    const initial = formValuesOf("sleeps", nap, ZONE, "metric", now);
    const parsed = parseEntryForm("sleeps", initial, initial, nap.record, ZONE, "metric");
    expect(parsed).toMatchObject({ ok: true, values: { timeZone: "Europe/Madrid", kind: "nap" } });
  });

  it("an edit keeps the entry's labels; one the person removed is gone, and none left sends none", () => {
    const wet = diaper("2026-01-15T14:30:00Z", "wet", { timeZone: ZONE });
    const labelled = { ...wet, record: { ...wet.record, labels: ["daycare", "sick"] } };
    const initial = formValuesOf("diapers", labelled, ZONE, "metric", now);
    expect(initial.labels).toEqual(["daycare", "sick"]);
    const edit = (values: Partial<EntryFormValues>) =>
      parseEntryForm("diapers", { ...initial, ...values }, initial, labelled.record, ZONE, "metric");
    expect(edit({ notes: "Changed at noon" })).toMatchObject({
      ok: true,
      values: { notes: "Changed at noon", labels: ["daycare", "sick"] },
    });
    expect(edit({ labels: ["sick"] })).toMatchObject({ ok: true, values: { labels: ["sick"] } });
    const none = edit({ labels: [] });
    expect(none.ok && "labels" in none.values).toBe(false);
    const written = note("2026-01-15T14:30:00Z");
    const tagged = { ...written, record: { ...written.record, labels: ["first laugh"] } };
    const noteForm = formValuesOf("careNotes", tagged, ZONE, "metric", now);
    expect(
      parseEntryForm("careNotes", { ...noteForm, text: "Laughed" }, noteForm, tagged.record, ZONE, "metric"),
    ).toMatchObject({ ok: true, values: { text: "Laughed", labels: ["first laugh"] } });
  });
});
