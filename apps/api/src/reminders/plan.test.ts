import type { MedicineCourse, MedicineDose, Visit } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { instantAt, PLAN_DAYS, plan, remindersOf } from "./plan.ts";
import { allowedEndpoint, DEFAULT_PUSH_ORIGINS } from "./push.ts";
import { quietUntil } from "./quiet-hours.ts";
import { parseVapidKeys } from "./vapid.ts";

const meta = {
  createdBy: "u",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 1,
};
const baby = { name: "Ada", dateOfBirth: "2026-10-01", sex: "female" as const, timeZone: "America/Chicago" };

describe("planning a baby's reminders", () => {
  it("vaccines due on one date make one reminder, the day before at 09:00 on the baby's clock", () => {
    const now = new Date("2026-11-15T12:00:00.000Z");
    const [first] = plan({ baby, vaccinations: [] }, now, ["vaccines"]);
    // Two months old on 1 December: DTaP, Hib, polio, pneumococcal and rotavirus come due together.
    expect(first).toMatchObject({
      reminderId: "vaccines:2026-12-01",
      dueAt: "2026-12-01",
      at: "2026-11-30T15:00:00.000Z",
    });
    expect(first?.vaccines).toEqual(expect.arrayContaining(["DTaP/Tdap/Td", "Hib", "Polio"]));
    expect(plan({ baby, vaccinations: [] }, now, ["vaccines"]).every((r) => r.at <= "2027-01-14T12:00:00.000Z")).toBe(
      true,
    );
  });

  it("a course's next dose is due by its own every-N-hours, and nothing is due once the course has ended", () => {
    const course = {
      ...meta,
      babyId: "b",
      courseId: "c1",
      name: "Amoxicillin",
      startedOn: "2026-11-10",
      amount: 5,
      unit: "ml",
      route: "oral",
      everyHours: 8,
      days: 3,
    } as MedicineCourse;
    const dose = (givenAt: string) =>
      ({
        ...meta,
        babyId: "b",
        doseId: givenAt,
        givenAt,
        timeZone: "UTC",
        name: "Amoxicillin",
        courseId: "c1",
      }) as MedicineDose;
    const now = new Date("2026-11-10T10:00:00.000Z");
    expect(plan({ baby, courses: [course], doses: [dose("2026-11-10T08:00:00.000Z")] }, now, ["medicines"])).toEqual([
      {
        reminderId: "dose:c1:2026-11-10T16:00:00.000Z",
        topic: "medicines",
        at: "2026-11-10T16:00:00.000Z",
        dueAt: "2026-11-10T16:00:00.000Z",
        medicine: "Amoxicillin",
      },
    ]);
    expect(plan({ baby, courses: [course], doses: [] }, now, ["medicines"])).toEqual([]);
    expect(
      plan({ baby, courses: [course], doses: [dose("2026-11-12T20:00:00.000Z")] }, new Date("2026-11-14T00:00:00Z"), [
        "medicines",
      ]),
    ).toEqual([]);
  });

  it("a next appointment is reminded the day before at 09:00, with its time and clinician", () => {
    const visit = {
      ...meta,
      babyId: "b",
      visitId: "v1",
      visitedOn: "2026-11-01",
      clinician: "Dr Rivera",
      nextAppointmentOn: "2026-11-20",
      nextAppointmentTime: "10:30",
    } as Visit;
    expect(remindersOf({ baby, visits: [visit] }, new Date("2026-11-02T00:00:00Z"), ["visits"])).toEqual([
      {
        reminderId: "visit:v1:2026-11-20",
        topic: "visits",
        at: "2026-11-19T15:00:00.000Z",
        dueAt: "2026-11-20",
        clinician: "Dr Rivera",
        time: "10:30",
      },
    ]);
    // Past its send time, or further than the planner looks ahead: not written to the schedule.
    expect(plan({ baby, visits: [visit] }, new Date("2026-11-19T16:01:00Z"), ["visits"])).toEqual([]);
    expect(
      plan({ baby, visits: [visit] }, new Date(Date.parse("2026-11-19T15:00:00Z") - (PLAN_DAYS + 1) * 86_400_000), [
        "visits",
      ]),
    ).toEqual([]);
  });

  it("09:00 on a zone's clock across daylight saving", () => {
    expect(instantAt("2026-07-01", "09:00", "America/Chicago")).toBe("2026-07-01T14:00:00.000Z");
    expect(instantAt("2026-12-01", "09:00", "America/Chicago")).toBe("2026-12-01T15:00:00.000Z");
  });
});

describe("quiet hours", () => {
  const quiet = { from: "22:00", to: "07:00" };
  it("across midnight on the person's clock, ending at their `to`", () => {
    expect(quietUntil(quiet, "Europe/Madrid", new Date("2026-12-01T22:30:00Z"))).toBe("2026-12-02T06:00:00.000Z");
    expect(quietUntil(quiet, "Europe/Madrid", new Date("2026-12-02T05:00:00Z"))).toBe("2026-12-02T06:00:00.000Z");
    expect(quietUntil(quiet, "Europe/Madrid", new Date("2026-12-02T06:00:00Z"))).toBeUndefined();
    expect(quietUntil(null, "Europe/Madrid", new Date("2026-12-02T02:00:00Z"))).toBeUndefined();
  });
  it("within one day", () => {
    expect(quietUntil({ from: "12:00", to: "14:00" }, "UTC", new Date("2026-12-01T13:00:00Z"))).toBe(
      "2026-12-01T14:00:00.000Z",
    );
    expect(quietUntil({ from: "12:00", to: "14:00" }, "UTC", new Date("2026-12-01T11:59:00Z"))).toBeUndefined();
  });
});

describe("push endpoints", () => {
  it("only the push services' origins are called", () => {
    for (const ok of [
      "https://fcm.googleapis.com/fcm/send/abc",
      "https://updates.push.services.mozilla.com/wpush/v2/abc",
      "https://web.push.apple.com/QGx",
      "https://wns2-par02p.notify.windows.com/w/?token=x",
    ])
      expect(allowedEndpoint(ok, DEFAULT_PUSH_ORIGINS), ok).toBe(true);
    for (const bad of [
      "http://fcm.googleapis.com/fcm/send/abc",
      "https://fcm.googleapis.com.evil.example/x",
      "https://user:pw@fcm.googleapis.com/x",
      "https://169.254.169.254/latest/meta-data",
      "http://127.0.0.1:8000/",
      "https://notify.windows.com.evil.example/",
      "https://evil.example/?https://fcm.googleapis.com",
      "https://web.push.apple.com:8443/x",
      "not a url",
    ])
      expect(allowedEndpoint(bad, DEFAULT_PUSH_ORIGINS), bad).toBe(false);
  });
});

describe("VAPID keys", () => {
  it("are checked without printing them", () => {
    expect(() => parseVapidKeys("{")).toThrow("Invalid VAPID keys: not JSON");
    expect(() => parseVapidKeys(JSON.stringify({ publicKey: "secret-ish", privateKey: "x" }))).toThrow(
      /publicKey: .*privateKey: /,
    );
    expect(() => parseVapidKeys(JSON.stringify({ publicKey: "secret-ish", privateKey: "x" }))).not.toThrow(
      /secret-ish/,
    );
  });
});
