import { shiftDay } from "@upnest/care";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { todayIn } from "../derived/today.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

// The calendar feed over real HTTP, read back by a calendar parser (node-ical).

let h: Harness;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

/** node-ical gives an all-day date as local midnight. */
const dayOf = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

const events = (body: string) =>
  Object.values(ical.sync.parseICS(body)).filter((c): c is VEvent => c?.type === "VEVENT");
const summaryOf = (e: VEvent) => String(typeof e.summary === "object" ? e.summary.val : e.summary);

describe("the calendar feed", () => {
  it("lists each baby's due vaccines, next appointment and the coming year's check-ups, and stops when revoked", async () => {
    const parent = await h.user("calendar");
    const today = todayIn("UTC");
    const { babyId } = await parent.caller.babies.create({
      name: "Cal",
      dateOfBirth: shiftDay(today, -50),
      sex: "male",
    });
    await parent.caller.visits.add({
      babyId,
      visitedOn: today,
      reason: "Weight check",
      nextAppointmentOn: shiftDay(today, 20),
      nextAppointmentTime: "10:15",
    });
    expect(await parent.caller.reminders.calendar()).toEqual({ url: null });
    const { url } = await parent.caller.reminders.createCalendar({ confirm: "new-url" });
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await parent.caller.reminders.calendar()).toEqual({ url });

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    const found = events(await res.text());
    const vaccineDue = (await parent.caller.reminders.upcoming({ babyId })).find((r) => r.topic === "vaccines");
    const vaccines = found.filter((e) => summaryOf(e).startsWith("Cal: vaccines due"));
    expect(vaccines.map((e) => dayOf(e.start))).toContain(vaccineDue?.dueAt);
    expect(vaccines.every((e) => e.datetype === "date")).toBe(true);
    expect(summaryOf(vaccines[0] as VEvent)).toMatch(/DTaP|Hib|Polio|Pneumococcal|Rotavirus|Hep/);
    const appointment = found.find((e) => summaryOf(e) === "Cal: appointment");
    expect(appointment?.start.toISOString()).toBe(`${shiftDay(today, 20)}T10:15:00.000Z`);
    const checkUps = found.filter((e) => summaryOf(e).startsWith("Cal: usual time for a check-up"));
    expect(checkUps.map((e) => summaryOf(e))).toContain("Cal: usual time for a check-up (2 months)");
    expect(checkUps.every((e) => e.status === "TENTATIVE")).toBe(true);
    expect(checkUps.every((e) => dayOf(e.start) >= today && dayOf(e.start) <= shiftDay(today, 366))).toBe(true);

    // A new URL: the old one is gone.
    const renewed = await parent.caller.reminders.createCalendar({ confirm: "new-url" });
    expect(renewed.url).not.toBe(url);
    const old = await fetch(url);
    expect([old.status, await old.text()]).toEqual([404, ""]);
    expect((await fetch(renewed.url)).status).toBe(200);

    // Revoked: nothing.
    await parent.caller.reminders.revokeCalendar();
    expect((await fetch(renewed.url)).status).toBe(404);
    expect(await parent.caller.reminders.calendar()).toEqual({ url: null });
  });

  it("is in the person's language", async () => {
    const parent = await h.user("calendario");
    const me = await parent.caller.users.me();
    await parent.caller.users.updateProfile({ version: me.version, language: "es" });
    await parent.caller.babies.create({ name: "Lu", dateOfBirth: shiftDay(todayIn("UTC"), -40), sex: "female" });
    const { url } = await parent.caller.reminders.createCalendar({ confirm: "new-url" });
    const found = events(await (await fetch(url)).text());
    expect(found.map(summaryOf)).toContain("Lu: edad habitual de una revisión (2 meses)");
    expect(found.some((e) => summaryOf(e).startsWith("Lu: vacunas ("))).toBe(true);
  });

  it("answers an unknown secret or any other path with a bare 404", async () => {
    for (const path of [`/calendar/${"A".repeat(43)}.ics`, "/calendar/short.ics", "/calendar/"]) {
      const res = await fetch(`${h.apiUrl}${path}`);
      expect([res.status, await res.text()]).toEqual([404, ""]);
    }
  });
});
