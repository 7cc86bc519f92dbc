import { shiftDay } from "@upnest/care";
import { dumpTable } from "@upnest/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { todayIn } from "../derived/today.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { type PushReceiver, startPushReceiver } from "../testing/push-receiver.ts";
import { runReminders } from "./job.ts";

// The reminders job end to end: real DynamoDB Local, real tokens, e-mail over SMTP into the local inbox, and Web
// Push encrypted and VAPID-signed by web-push into a loopback push service that checks and decrypts it.

let h: Harness;
let receiver: PushReceiver;
const commands: string[] = [];

beforeAll(async () => {
  let publicKey: string | undefined;
  receiver = await startPushReceiver({ vapidPublicKey: () => publicKey });
  h = await createHarness(
    inject("dynamoEndpoint"),
    {},
    { observe: (side, command) => void (side === "api" && commands.push(command)), pushOrigins: [receiver.origin] },
  );
  publicKey = h.services.reminders.push?.vapid.publicKey;
});
afterAll(async () => {
  await h.close();
  await receiver.close();
});

const job = () => ({ repos: h.services.repos, channels: h.services.reminders, log: h.services.log });
const run = (now: Date) => runReminders(job(), { now });

/**
 * A parent with a baby born `daysOld` days ago (vaccines come due at two months) and one device for
 * notifications; returns when the first vaccine reminder is to be sent (under two months old: within 60 days).
 */
async function family(name: string, daysOld: number) {
  const parent = await h.user(name);
  const { babyId } = await parent.caller.babies.create({
    name: `${name}-baby`,
    dateOfBirth: shiftDay(todayIn("UTC"), -daysOld),
    sex: "female",
  });
  const { device, subscription } = receiver.subscribe();
  await parent.caller.reminders.subscribe({ ...subscription, device: "Test browser" });
  const upcoming = await parent.caller.reminders.upcoming({ babyId });
  const vaccine = upcoming.find((r) => r.topic === "vaccines") ?? {
    reminderId: "",
    topic: "vaccines",
    at: new Date(0).toISOString(),
    dueAt: "1970-01-02",
  };
  return { parent, babyId, device, vaccine, at: new Date(Date.parse(vaccine.at) + 60_000) };
}

const mailsTo = (email: string) =>
  h.inbox.messages().filter((m) => m.to.includes(email) && m.subject.includes("vaccines due tomorrow"));
const pushesTo = (device: string) => receiver.received().filter((p) => p.device === device);

describe("a vaccine due tomorrow", () => {
  it("reaches the parent once by e-mail and once by push, however often the job runs", async () => {
    const f = await family("twice", 50);
    expect(f.vaccine.at).toBe(`${shiftDay(f.vaccine.dueAt, -1)}T09:00:00.000Z`); // the day before, 09:00 (UTC baby)
    expect(await run(f.at)).toEqual({ sent: 2, skipped: 0 });
    expect(await run(new Date(f.at.getTime() + 60_000))).toEqual({ sent: 0, skipped: 0 });
    const [mail, ...moreMail] = mailsTo(f.parent.email);
    expect(moreMail).toEqual([]);
    expect(mail?.subject).toBe("twice-baby: vaccines due tomorrow");
    expect(mail?.text).toContain("http://localhost:5173/babies/");
    expect(mail?.text).toMatch(/DTaP|Hib|Polio|Pneumococcal|Rotavirus|HepB/);
    const pushes = pushesTo(f.device);
    expect(pushes).toHaveLength(1);
    expect(pushes[0]?.payload).toMatchObject({
      title: "twice-baby: vaccines due tomorrow",
      url: mail?.text.match(/http\S+/)?.[0],
    });
    expect(receiver.refused()).toEqual([]);
  });

  it("is sent once when two runs race", async () => {
    const f = await family("race", 45);
    const results = await Promise.all([run(f.at), run(f.at)]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(mailsTo(f.parent.email)).toHaveLength(1);
    expect(pushesTo(f.device)).toHaveLength(1);
  });

  it("waits for the end of the person's quiet hours", async () => {
    const f = await family("quiet", 40);
    const me = await f.parent.caller.users.me();
    await f.parent.caller.users.updateProfile({
      version: me.version,
      notifications: { ...me.notifications, quietHours: { from: "08:30", to: "10:00" } },
    });
    expect((await run(f.at)).sent).toBe(0);
    expect(mailsTo(f.parent.email)).toHaveLength(0);
    const tenPast = new Date(Date.parse(`${shiftDay(f.vaccine.dueAt, -1)}T10:01:00.000Z`));
    expect((await run(tenPast)).sent).toBe(2);
    expect(mailsTo(f.parent.email)).toHaveLength(1);
    expect(pushesTo(f.device)).toHaveLength(1);
  });

  it("goes only by push to a person who turned e-mail off", async () => {
    const f = await family("noemail", 35);
    const me = await f.parent.caller.users.me();
    await f.parent.caller.users.updateProfile({
      version: me.version,
      notifications: { ...me.notifications, email: false },
    });
    expect((await run(f.at)).sent).toBe(1);
    expect(mailsTo(f.parent.email)).toHaveLength(0);
    expect(pushesTo(f.device)).toHaveLength(1);
  });

  it("reaches a current caregiver, not one removed, and nobody once the baby is deleted", async () => {
    const f = await family("shared", 30);
    const [kept, removed] = [await h.user("kept"), await h.user("removed")];
    for (const who of [kept, removed]) {
      const { token } = await f.parent.caller.caregivers.invite({ babyId: f.babyId, role: "caregiver" });
      await who.caller.caregivers.accept({ token });
    }
    await f.parent.caller.caregivers.remove({ babyId: f.babyId, userId: removed.userId });
    expect((await run(f.at)).sent).toBe(3); // the owner's e-mail and push, the caregiver's e-mail
    expect(h.inbox.messages().filter((m) => m.to.includes(kept.email) && /vaccines/.test(m.subject))).toHaveLength(1);
    expect(h.inbox.messages().filter((m) => m.to.includes(removed.email) && /vaccines/.test(m.subject))).toEqual([]);

    const gone = await family("deleted", 25);
    const baby = await gone.parent.caller.babies.get({ babyId: gone.babyId });
    await gone.parent.caller.babies.delete({ babyId: gone.babyId, version: baby.version });
    // Deleting the baby deleted its items from the schedule's hours too: nothing left keyed to it, nothing sent.
    expect((await dumpTable(h.table)).filter((i) => JSON.stringify(i).includes(gone.babyId))).toEqual([]);
    expect(await run(gone.at)).toEqual({ sent: 0, skipped: 0 });
    expect(mailsTo(gone.parent.email)).toEqual([]);
    expect(pushesTo(gone.device)).toEqual([]);
  });
});

describe("visits and medicines", () => {
  it("an appointment moved after planning is reminded at its new date only", async () => {
    const f = await family("visit", 100);
    const today = todayIn("UTC");
    const visit = await f.parent.caller.visits.add({
      babyId: f.babyId,
      visitedOn: today,
      reason: "Check-up",
      clinician: "Dr Rivera",
      nextAppointmentOn: shiftDay(today, 10),
      nextAppointmentTime: "14:30",
    });
    const planned = (await f.parent.caller.reminders.upcoming({ babyId: f.babyId })).find((r) => r.topic === "visits");
    expect(planned).toMatchObject({ at: `${shiftDay(today, 9)}T09:00:00.000Z`, dueAt: shiftDay(today, 10) });
    await f.parent.caller.visits.update({
      babyId: f.babyId,
      visitId: visit.visitId,
      version: visit.version,
      visitedOn: today,
      reason: "Check-up",
      clinician: "Dr Rivera",
      nextAppointmentOn: shiftDay(today, 12),
      nextAppointmentTime: "14:30",
    });
    const subject = "visit-baby: appointment tomorrow";
    // The old date's item is still in its hour's bucket: checked against the visit as it is now, it sends nothing.
    expect(await run(new Date(Date.parse(planned?.at ?? "") + 60_000))).toEqual({ sent: 0, skipped: 1 });
    expect(await run(new Date(`${shiftDay(today, 11)}T09:01:00.000Z`))).toEqual({ sent: 2, skipped: 0 });
    const mails = h.inbox.messages().filter((m) => m.to.includes(f.parent.email) && m.subject === subject);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("at 14:30");
    expect(mails[0]?.text).toContain("With Dr Rivera.");
  });

  it("a course's next dose is reminded when it is due by the course's own interval, and not after it is given", async () => {
    const f = await family("dose", 120);
    const me = await f.parent.caller.users.me();
    await f.parent.caller.users.updateProfile({
      version: me.version,
      notifications: { ...me.notifications, quietHours: null },
    });
    // Given six and a half hours ago, every 6 hours: due half an hour ago (the job's catch-up still finds it).
    const given = new Date(Date.now() - 6.5 * 3600_000).toISOString();
    const course = await f.parent.caller.medicineCourses.add({
      babyId: f.babyId,
      name: "Amoxicillin",
      startedOn: todayIn("UTC"),
      amount: 5,
      unit: "ml",
      route: "oral",
      everyHours: 6,
      days: 7,
    });
    await f.parent.caller.medicineDoses.add({
      babyId: f.babyId,
      givenAt: given,
      timeZone: "UTC",
      name: "Amoxicillin",
      courseId: course.courseId,
    });
    const dueAt = new Date(Date.parse(given) + 6 * 3600_000).toISOString();
    const planned = await f.parent.caller.reminders.upcoming({ babyId: f.babyId });
    expect(planned.find((r) => r.topic === "medicines")).toMatchObject({
      reminderId: `dose:${course.courseId}:${dueAt}`,
      at: dueAt,
    });
    expect((await run(new Date())).sent).toBe(2);
    const mail = h.inbox.messages().find((m) => m.to.includes(f.parent.email) && /Amoxicillin/.test(m.subject));
    expect(mail?.subject).toBe("dose-baby: Amoxicillin dose due");
    expect(mail?.text).toContain("By the course you entered");
    const now = new Date().toISOString();
    await f.parent.caller.medicineDoses.add({
      babyId: f.babyId,
      givenAt: now,
      timeZone: "UTC",
      name: "Amoxicillin",
      courseId: course.courseId,
    });
    const next = (await f.parent.caller.reminders.upcoming({ babyId: f.babyId })).filter(
      (r) => r.topic === "medicines",
    );
    expect(next.map((r) => r.at)).toEqual([new Date(Date.parse(now) + 6 * 3600_000).toISOString()]);
  });
});

describe("devices", () => {
  it("a device the push service says is gone (410) is removed", async () => {
    const f = await family("expired", 15);
    receiver.expire(f.device);
    expect((await run(f.at)).sent).toBe(1); // the e-mail
    expect(await f.parent.caller.reminders.devices()).toEqual([]);
  });

  it("subscribing is idempotent per endpoint, and an endpoint off the allowed push services is refused", async () => {
    const parent = await h.user("devices");
    const { subscription } = receiver.subscribe();
    await parent.caller.reminders.subscribe(subscription);
    await parent.caller.reminders.subscribe({ ...subscription, device: "Renamed" });
    expect(await parent.caller.reminders.devices()).toMatchObject([
      { endpoint: subscription.endpoint, device: "Renamed" },
    ]);
    await expect(
      parent.caller.reminders.subscribe({ ...subscription, endpoint: "http://169.254.169.254/latest/meta-data" }),
    ).rejects.toThrow("Notifications cannot be turned on for this browser's push service");
    expect(await parent.caller.reminders.devices()).toHaveLength(1);
    await parent.caller.reminders.unsubscribe({ endpoint: subscription.endpoint });
    expect(await parent.caller.reminders.devices()).toEqual([]);
  });

  it("keeps at most ten devices, replacing the oldest", async () => {
    const parent = await h.user("many");
    const first = receiver.subscribe().subscription;
    await parent.caller.reminders.subscribe(first);
    for (let i = 0; i < 10; i++) await parent.caller.reminders.subscribe(receiver.subscribe().subscription);
    const devices = await parent.caller.reminders.devices();
    expect(devices).toHaveLength(10);
    expect(devices.map((d) => d.endpoint)).not.toContain(first.endpoint);
  });

  it("sendTest sends one e-mail and one notification now, and is limited per person", async () => {
    const parent = await h.user("tester");
    const { device, subscription } = receiver.subscribe();
    await parent.caller.reminders.subscribe(subscription);
    expect(await parent.caller.reminders.sendTest()).toEqual({ email: true, push: true });
    expect(h.inbox.messages().filter((m) => m.to.includes(parent.email) && /will look/.test(m.subject))).toHaveLength(
      1,
    );
    expect(pushesTo(device)[0]?.payload.title).toBe("This is how UpNest reminders will look");
    for (let i = 0; i < 4; i++) await parent.caller.reminders.sendTest();
    await expect(parent.caller.reminders.sendTest()).rejects.toThrow(/Too many requests/);
  });
});

describe("the schedule", () => {
  it("is read with a Query per hour: nothing in planning or sending Scans", () => {
    expect(commands).toContain("QueryCommand");
    expect(commands.filter((c) => c.startsWith("Scan"))).toEqual([]);
  });
});
