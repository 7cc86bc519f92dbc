// Reminders end to end: a parent opens Settings → Reminders, keeps e-mail on, turns on notifications on this
// phone and makes a calendar link (copied, replaced, turned off); a partner who shares the baby turns e-mail off
// for themselves and, on a browser that blocks notifications, is told so. A vaccine due tomorrow is then sent by
// the stack's real reminders job, run twice: exactly one e-mail reaches the local inbox and exactly one
// notification is shown by the app's service worker. Screenshots at 390 px, light and dark, with axe on each.
//
// The push service is the one stand-in (support/push-service.ts says why and how); the app's subscribe call, the
// server's encryption and VAPID signature, and the service worker are real.

import { mkdirSync } from "node:fs";
import { startPushReceiver } from "@upnest/api/dev";
import { subMonths } from "date-fns";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceWorkerOf, standInForPushService, subscribedKey } from "./support/push-service.ts";
import { apiAs, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

let e2e: E2E;
let receiver: Awaited<ReturnType<typeof startPushReceiver>>;
let parent: Page;
let parentContext: BrowserContext;
let partner: Page;
let babyId = "";

const PARENT = "reminders-parent@example.com";
const PARTNER = "reminders-partner@example.com";
/** The family's zone: one where it is early morning now, so today's 09:00 "due tomorrow" reminder is still ahead. */
const utcHour = new Date().getUTCHours();
const offset = ((utcHour - 5 + 36) % 24) - 12; // local = UTC − offset: about 05:00
const ZONE = offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "+" : ""}${offset}`;
const dayIn = (zone: string, at = new Date()) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(at);
const TOMORROW = dayIn(ZONE, new Date(Date.now() + 86_400_000));
/** Born two months before tomorrow: the two-month vaccines are due tomorrow. */
const BORN = dayIn("UTC", subMonths(new Date(`${TOMORROW}T12:00:00Z`), 2));

const api = (on: Page = parent) => apiAs(e2e, on);
const section = (name: string, on: Page = parent) => on.getByRole("region", { name });
const notice = (text: string, on: Page = parent) =>
  on.getByRole("status").locator(":scope > div").filter({ hasText: text });
async function told(text: string, on: Page = parent) {
  const shown = notice(text, on);
  await shown.waitFor();
  await shown.getByRole("button", { name: "Dismiss" }).click();
}
/** The e-mail that reached the local inbox for `to` after message `after` (see `inbox.mark()`), oldest first. */
const mailTo = (to: string, after: number) =>
  e2e.inbox
    .messages()
    .filter((m) => m.id > after && m.to.includes(to))
    .reverse();
const VACCINES_DUE = "Noa: vaccines due tomorrow";

async function shotBoth(name: string, on: Page = parent) {
  for (const scheme of ["light", "dark"] as const) {
    await on.emulateMedia({ colorScheme: scheme });
    await on.screenshot({
      path: `${WEB_DIR}screenshots/reminders/${name}-${scheme}.png`,
      fullPage: true,
      animations: "disabled",
    });
    await e2e.axe(on, `reminders ${name} ${scheme}`);
  }
  await on.emulateMedia({ colorScheme: "light" });
}

beforeAll(async () => {
  mkdirSync(`${WEB_DIR}screenshots/reminders`, { recursive: true });
  receiver = await startPushReceiver();
  e2e = await startE2E({ pushOrigins: [receiver.origin] });
  ({ context: parentContext, page: parent } = await e2e.phone());
  await parentContext.grantPermissions(["notifications", "clipboard-read", "clipboard-write"], { origin: e2e.web });
  await standInForPushService(parentContext, receiver.subscribe("parents-phone").subscription);
  await parent.goto(e2e.web);
  await signUp(e2e, parent, PARENT, "Ana");
  const me = await (await api()).users.me.query();
  // The family lives in ZONE (the phone says UTC): quiet hours are on the parent's clock.
  await (await api()).users.updateProfile.mutate({ version: me.version, timezone: ZONE });
  ({ babyId } = await (await api()).babies.create.mutate({
    name: "Noa",
    dateOfBirth: BORN,
    sex: "female",
    timeZone: ZONE,
  }));
  const { token } = await (await api()).caregivers.invite.mutate({ babyId, role: "caregiver", validForHours: 48 });
  ({ page: partner } = await e2e.phone());
  await partner.goto(`${e2e.web}/invite/${token}`);
  await signUp(e2e, partner, PARTNER, "Luis");
});

afterAll(async () => {
  await e2e?.stop();
  await receiver?.close();
});

describe("a parent's reminders", () => {
  it("Settings → Reminders starts with e-mail on and this phone not yet getting notifications", async () => {
    await parent.goto(`${e2e.web}/settings`);
    await parent.getByRole("link", { name: /^Reminders/ }).click();
    await parent.getByRole("heading", { name: "Reminders", level: 1 }).waitFor();
    expect(await parent.title()).toBe("Reminders · Settings · UpNest");
    expect(await parent.getByRole("checkbox", { name: /^E-mail/ }).isChecked()).toBe(true);
    expect(await parent.getByRole("checkbox", { name: "Vaccines coming due" }).isChecked()).toBe(true);
    await section("Notifications").getByText("This device does not get notifications yet.").waitFor();
    await section("Notifications").getByText("No device gets notifications yet.").waitFor();
  });

  it("saves quiet hours, refusing ones that end when they start", async () => {
    await parent.getByLabel("From", { exact: true }).fill("21:30");
    await parent.getByLabel("To", { exact: true }).fill("21:30");
    await parent.getByRole("button", { name: "Save reminder settings" }).click();
    await parent.getByText("Quiet hours must end at another time than they start").waitFor();
    await parent.getByLabel("To", { exact: true }).fill("06:30");
    await parent.getByRole("button", { name: "Save reminder settings" }).click();
    await told("Reminder settings saved");
    const saved = (await (await api()).users.me.query()).notifications;
    expect(saved).toMatchObject({ email: true, push: true, quietHours: { from: "21:30", to: "06:30" } });
  });

  it("turns on notifications on this phone, subscribed with the server's key", async () => {
    await parent.getByRole("button", { name: "Turn on notifications on this device" }).click();
    await told("Notifications turned on for this device");
    await section("Notifications").getByText("Notifications are on for this device.").waitFor();
    const devices = section("Notifications").getByRole("list", { name: "Devices that get notifications" });
    await devices.getByRole("listitem").getByText("This device").waitFor();
    expect(await devices.getByRole("listitem").count()).toBe(1);
    const { publicKey } = await (await api()).reminders.vapidPublicKey.query();
    expect(await subscribedKey(parent)).toBe(publicKey);
    // The app registered its service worker, and it controls the page's scope.
    expect(await parent.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.scope)).toBe(
      `${e2e.web}/`,
    );
  });

  it("makes a calendar link, copies it, replaces it and turns it off, and each old link stops working", async () => {
    const calendar = section("Calendar link");
    await calendar.getByRole("button", { name: "Make a calendar link" }).click();
    const link = calendar.getByRole("textbox", { name: "Your calendar link" });
    await link.waitFor();
    const first = await link.inputValue();
    expect(first).toMatch(/^http:\/\/.+\/calendar\/[\w-]+\.ics$/);
    const feed = await fetch(first);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
    await calendar.getByRole("button", { name: "Copy link" }).click();
    await told("Link copied");
    expect(await parent.evaluate(() => navigator.clipboard.readText())).toBe(first);
    await calendar.getByText("How to add it to a calendar").click();
    await calendar.getByText(/^Google Calendar, on a computer/).waitFor();
    await shotBoth("01-settings");

    await calendar.getByRole("button", { name: "Make a new link" }).click();
    const renew = parent.getByRole("dialog", { name: "Make a new calendar link?" });
    await renew.getByText(/stops working at once/).waitFor();
    await renew.getByRole("button", { name: "Make a new link" }).click();
    await told("New calendar link made; the old one no longer works");
    await expect.poll(() => link.inputValue()).not.toBe(first);
    const second = await link.inputValue();
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);

    await calendar.getByRole("button", { name: "Turn off the calendar link" }).click();
    const off = parent.getByRole("dialog", { name: "Turn off the calendar link?" });
    await off.getByText(/calendars that use it get no new dates/).waitFor();
    await off.getByRole("button", { name: "Turn off the link" }).click();
    await told("Calendar link turned off");
    await calendar.getByRole("button", { name: "Make a calendar link" }).waitFor();
    expect((await fetch(second)).status).toBe(404);
    expect((await (await api()).reminders.calendar.query()).url).toBeNull();
  });

  it("lists what is coming up for the baby: the vaccines due tomorrow", async () => {
    const upcoming = section("Upcoming reminders").getByRole("list", { name: "Noa" });
    await upcoming.getByRole("listitem").first().waitFor();
    expect(await upcoming.getByRole("listitem").first().textContent()).toMatch(/^.+Vaccine: .*DTaP/);
  });
});

describe("a partner chooses for themselves", () => {
  it("turns e-mail off for themselves; the parent's choice stays", async () => {
    await partner.goto(`${e2e.web}/settings/reminders`);
    await partner.getByRole("checkbox", { name: /^E-mail/ }).uncheck();
    await partner.getByRole("button", { name: "Save reminder settings" }).click();
    await told("Reminder settings saved", partner);
    expect((await (await api(partner)).users.me.query()).notifications.email).toBe(false);
    expect((await (await api()).users.me.query()).notifications.email).toBe(true);
  });

  it("is told, on a browser that blocks notifications, where to allow them", async () => {
    // This phone's browser was given no permission: headless Chromium answers the prompt with "denied".
    await partner.getByRole("button", { name: "Turn on notifications on this device" }).click();
    await section("Notifications", partner)
      .getByText(/^Notifications are blocked in the browser's settings/)
      .waitFor();
    await shotBoth("02-blocked", partner);
    await expect
      .poll(() => partner.getByRole("button", { name: "Turn on notifications on this device" }).count())
      .toBe(0);
    expect(await (await api(partner)).reminders.devices.query()).toEqual([]);
  });
});

describe("a vaccine due tomorrow", () => {
  it("reaches the parent once by e-mail and once as a notification, with the job run twice", async () => {
    const due = (await (await api()).reminders.upcoming.query({ babyId })).find(
      (r) => r.topic === "vaccines" && r.dueAt === TOMORROW,
    );
    if (!due) throw new Error(`No vaccine reminder for ${TOMORROW}`);
    const now = new Date(Date.parse(due.at) + 60_000);
    const before = e2e.inbox.mark();
    const pushedBefore = receiver.received().length;
    const first = await e2e.stack.runReminders(now);
    const second = await e2e.stack.runReminders(now);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBe(0);

    await e2e.inbox.waitFor(PARENT, { after: before });
    const mail = mailTo(PARENT, before);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe(VACCINES_DUE);
    expect(mail[0]?.text).toContain("Noa's next vaccines are due tomorrow");
    expect(mailTo(PARTNER, before)).toEqual([]);

    const pushed = receiver.received().slice(pushedBefore);
    expect(pushed.map((p) => p.device)).toEqual(["parents-phone"]);
    const message = pushed[0]?.payload as { title: string; body: string; tag: string; url: string };
    expect(message.title).toBe(VACCINES_DUE);

    const worker = await serviceWorkerOf(parent);
    await worker.deliver(message);
    await expect.poll(() => worker.shown()).toHaveLength(1);
    expect(await worker.shown()).toEqual([
      { title: VACCINES_DUE, body: message.body, tag: message.tag, url: message.url },
    ]);
    // A repeat of the same reminder (its tag; a changed body here, so the test sees it arrive) replaces the
    // notification instead of adding a second one.
    const repeat = { ...message, body: `${message.body} (again)` };
    await worker.deliver(repeat);
    await expect
      .poll(() => worker.shown())
      .toEqual([{ title: VACCINES_DUE, body: repeat.body, tag: message.tag, url: message.url }]);
    expect(message.body).toContain("Noa's next vaccines are due tomorrow");
    expect(new URL(message.url).origin).toBe(e2e.web);
  });

  it("sends a test reminder on the parent's channels", async () => {
    const before = e2e.inbox.mark();
    const pushedBefore = receiver.received().length;
    await parent.getByRole("button", { name: "Send a test reminder" }).click();
    await told("Test reminder sent");
    await e2e.inbox.waitFor(PARENT, { after: before });
    expect(mailTo(PARENT, before).map((m) => m.subject)).toEqual(["This is how UpNest reminders will look"]);
    // By now a second e-mail of the vaccine reminder would have arrived too: there is still one in the inbox.
    expect(e2e.inbox.messages().filter((m) => m.subject === VACCINES_DUE)).toHaveLength(1);
    expect(
      receiver
        .received()
        .slice(pushedBefore)
        .map((p) => p.payload.title),
    ).toEqual(["This is how UpNest reminders will look"]);
  });

  it("turns notifications off on this phone", async () => {
    const devices = section("Notifications").getByRole("list", { name: "Devices that get notifications" });
    await devices.getByRole("button", { name: /^Turn off notifications on / }).click();
    await told("Notifications turned off on that device");
    await section("Notifications").getByText("No device gets notifications yet.").waitFor();
    expect(await subscribedKey(parent)).toBeNull();
    expect(await (await api()).reminders.devices.query()).toEqual([]);
  });

  it("signing out on this phone stops its notifications too", async () => {
    const { userId } = await (await api()).users.me.query();
    await parent.getByRole("button", { name: "Turn on notifications on this device" }).click();
    await told("Notifications turned on for this device");
    expect(await (await api()).reminders.devices.query()).toHaveLength(1);
    await parent.getByRole("button", { name: "Sign out" }).click();
    await parent.getByRole("button", { name: "Sign in or create an account" }).waitFor();
    expect(await subscribedKey(parent)).toBeNull();
    // Signed out, the page can no longer ask; the table says it.
    expect(await e2e.stack.services.repos.pushSubscriptions.list(userId)).toEqual([]);
  });

  it("met no page error, CSP refusal, accessibility violation or server error", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
