// The daily care log end to end, two caregivers on two phones (two browser contexts, two accounts): one starts a
// feeding timer, the other's open Today page shows it within the change poll and stops it; a diaper in one tap, a
// bottle in two; an entry logged for an earlier time, edited, deleted and brought back with Undo; the counts a
// parent reads; a forgotten timer flagged, ended and discarded; a viewer only reads. Screenshots at 390 px, light
// and dark, of the day, a form and the flagged timer, with axe on each.

import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

let e2e: E2E;
let parent: Page;
let partner: Page;
let babyId = "";

/**
 * The family's zone: a fixed-offset zone where it is early afternoon now, so the morning has room for earlier
 * entries whenever the test runs; both phones are on UTC, so the page names the family's zone.
 */
const utcHour = new Date().getUTCHours();
const nearest = ((utcHour - 13 + 36) % 24) - 12; // local = UTC − offset: 13:00 give or take
const offset = nearest === 0 ? 1 : nearest; // never UTC itself: the phones' zone
const ZONE = offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "+" : ""}${offset}`;
/** A time earlier today on the family's clock, as the form's `datetime-local` control takes it. */
const familyTime = (hoursAgo: number) =>
  new Date(Date.now() - offset * 3600_000 - hoursAgo * 3600_000).toISOString().slice(0, 16);

/** The API as the parent, with the token the app holds now (access tokens live a minute). */
const api = () => apiAs(e2e, parent);
const today = (on: Page = parent) => on.getByRole("list", { name: "Entries" });
const entry = (name: RegExp, on: Page = parent) => today(on).getByRole("button", { name });
const timer = (name: string, on: Page = parent) => on.getByRole("listitem", { name, exact: true });
const glance = (on: Page = parent) => on.getByRole("region", { name: "At a glance" });
const quick = (group: string, on: Page = parent) => on.getByRole("group", { name: new RegExp(`^${group}`) });
/** One notice (the live region holds them all), and waiting for one then dismissing it, so none covers a button. */
const notice = (text: string, on: Page = parent) =>
  on.getByRole("status").locator(":scope > div").filter({ hasText: text });
async function told(text: string, on: Page = parent) {
  const shown = notice(text, on);
  await shown.waitFor();
  await shown.getByRole("button", { name: "Dismiss" }).click();
}

/** Screenshots in the light and the dark theme, with axe on each; a form over the page as the screen shows it. */
async function shotBoth(name: string, { on = parent, fullPage = true }: { on?: Page; fullPage?: boolean } = {}) {
  for (const scheme of ["light", "dark"] as const) {
    await on.emulateMedia({ colorScheme: scheme });
    await on.screenshot({ path: `${WEB_DIR}screenshots/care/${name}-${scheme}.png`, fullPage, animations: "disabled" });
    await e2e.axe(on, `care ${name} ${scheme}`);
  }
  await on.emulateMedia({ colorScheme: "light" });
}

beforeAll(async () => {
  mkdirSync(`${WEB_DIR}screenshots/care`, { recursive: true });
  e2e = await startE2E();
  parent = (await e2e.phone()).page;
  partner = (await e2e.phone()).page;
  await parent.goto(e2e.web);
  await signUp(e2e, parent, "care-parent@example.com", "Ana");
  ({ babyId } = await (await api()).babies.create.mutate({
    name: "Mia",
    dateOfBirth: daysAgo(60),
    sex: "female",
    timeZone: ZONE,
  }));
  const { token } = await (await api()).caregivers.invite.mutate({ babyId, role: "caregiver", validForHours: 48 });
  await partner.goto(`${e2e.web}/invite/${token}`);
  await signUp(e2e, partner, "care-partner@example.com", "Luis");
});

afterAll(async () => {
  await e2e?.stop();
});

describe("two caregivers share the day", () => {
  it("the baby's home is Today, on the family's clock, with nothing logged yet", async () => {
    await partner.getByRole("heading", { name: "Mia" }).waitFor();
    expect(partner.url()).toBe(`${e2e.web}/babies/${babyId}`);
    await parent.goto(`${e2e.web}/babies/${babyId}`);
    await parent.getByText("Nothing logged yet today").waitFor();
    const sections = parent.getByRole("navigation", { name: "Baby sections" });
    expect(await sections.getByRole("link").first().textContent()).toBe("Today");
    expect(await sections.getByRole("link", { name: "Today" }).getAttribute("aria-current")).toBe("page");
    expect(await parent.title()).toBe("Today · Mia · UpNest");
    await parent.getByText(/^Times are shown in GMT/).waitFor();
    await glance().getByText("No feeds logged yet").waitFor();
    await glance().getByText("0 wet diapers today").waitFor();
    // A feed logged on another phone two hours ago: this page, left open, shows it within the poll.
    await (await api()).feedings.add.mutate({
      babyId,
      startedAt: new Date(Date.now() - 130 * 60_000).toISOString(),
      timeZone: ZONE,
      method: "breast",
      side: "left",
      leftSeconds: 600,
      lastSide: "left",
    });
    await glance()
      .getByText(/^Last fed 2 h 1\d min ago \(left\)$/)
      .waitFor();
    await glance().getByText("Offer the right side next").waitFor();
  });

  it("one starts a feeding timer; the other's open page shows it, switches side and stops it", async () => {
    await quick("Feed").getByRole("button", { name: "Left" }).click();
    await told("Feeding timer started");
    await timer("Feeding").getByRole("timer").waitFor();
    await glance().getByText("Feeding now (left)").waitFor();
    // The partner's page was open all along: the change poll brings the timer, no reload.
    const theirs = timer("Feeding", partner);
    await theirs.waitFor();
    expect(await theirs.textContent()).toContain("left");
    await theirs.getByRole("button", { name: "Switch to right" }).click();
    await theirs.getByRole("button", { name: "Switch to left" }).waitFor();
    await timer("Feeding").getByRole("button", { name: "Switch to left" }).waitFor();
    await theirs.getByRole("button", { name: "Stop Feeding" }).click();
    await told("Feeding saved", partner);
    await entry(/Breastfeed.*finished on the right/, partner).waitFor();
    // And back on the first phone, the timer is gone and the feed is in the day.
    await entry(/Breastfeed.*finished on the right/).waitFor();
    await timer("Feeding").waitFor({ state: "detached" });
    await glance()
      .getByText(/^(Fed just now|Last fed .+ ago) \(right\)$/)
      .waitFor();
    await glance().getByText("Offer the left side next").waitFor();
    const [feed] = (await (await api()).care.day.query({ babyId })).entries; // newest first
    expect(feed).toMatchObject({ kind: "feedings", record: { method: "breast", lastSide: "right" } });
  });

  it("logs a diaper in one tap and a bottle in two, each with Undo", async () => {
    await quick("Diaper").getByRole("button", { name: "Wet" }).click();
    await told("Wet diaper logged");
    await entry(/Wet diaper/).waitFor();
    await glance().getByText("1 wet diaper today").waitFor();
    await glance(partner).getByText("1 wet diaper today").waitFor();

    await quick("Feed").getByRole("button", { name: "Bottle" }).click();
    await quick("How much").getByRole("button", { name: "120 ml" }).click();
    await told("Bottle of 120 ml logged");
    await entry(/Bottle 120 ml/).waitFor();
    await glance()
      .getByText(/^(Fed just now|Last fed .+ ago) \(bottle\)$/)
      .waitFor();
    // A mis-tap is one more tap to take back.
    await quick("Diaper").getByRole("button", { name: "Dirty" }).click();
    await notice("Dirty diaper logged").getByRole("button", { name: "Undo" }).click();
    await told("Taken back");
    await expect
      .poll(() =>
        today()
          .getByRole("button", { name: /Dirty diaper/ })
          .count(),
      )
      .toBe(0);
    // The last amount is offered first next time.
    await quick("Feed").getByRole("button", { name: "Bottle" }).click();
    await quick("How much").getByRole("button", { name: "Last: 120 ml" }).waitFor();
    await quick("Feed").getByRole("button", { name: "Bottle" }).click();
  });

  it("logs a nap and a solid meal for earlier today from the forms, with the allergen's first time", async () => {
    await parent.getByRole("button", { name: "Something earlier" }).click();
    const form = parent.getByRole("dialog", { name: "Something earlier" });
    await form.getByLabel("Sleep").check();
    await form.getByLabel("Started").fill(familyTime(3));
    await form.getByLabel("Ended").fill(familyTime(4));
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByText("The end must be after the start").waitFor();
    await form.getByLabel("Ended").fill(familyTime(1.5));
    await form.getByLabel("Nap").check();
    await form.getByRole("button", { name: "Save" }).click();
    await form.waitFor({ state: "detached" });
    await told("Saved");
    await entry(/Nap/).waitFor();
    expect(await entry(/Nap/).textContent()).toContain("1 h 30 min");
    await glance()
      .getByText(/1 h 30 min of sleep/)
      .waitFor();

    await quick("More").getByRole("button", { name: "Solids" }).click();
    const meal = parent.getByRole("dialog", { name: "Log a feed" });
    await meal.getByLabel("Started").fill(familyTime(2));
    await meal.getByLabel("Foods").fill("scrambled egg, toast");
    await meal.getByLabel("Egg").check();
    await meal.getByText("first time").waitFor();
    await shotBoth("02-solids-form", { fullPage: false });
    await meal.getByRole("button", { name: "Save" }).click();
    await told("Saved");
    await entry(/Solids: scrambled egg, toast/).waitFor();
    expect(await entry(/Solids/).textContent()).toContain("Allergens: Egg");
  });

  it("edits a diaper, deletes it, and brings it back with Undo", async () => {
    await entry(/Wet diaper/).click();
    const form = parent.getByRole("dialog", { name: "Diaper" });
    await form.getByLabel("Both").check();
    await form.getByLabel("Colour (optional)").selectOption("green");
    await form.getByLabel("Diaper rash").check();
    await shotBoth("03-entry-form", { fullPage: false });
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.waitFor({ state: "detached" });
    await told("Saved");
    const edited = entry(/Wet and dirty diaper/);
    await edited.waitFor();
    expect(await edited.textContent()).toContain("Green · rash");
    await glance().getByText("1 wet diaper today").waitFor();
    await glance()
      .getByText(/1 dirty diaper/)
      .waitFor();

    await edited.click();
    await parent.getByRole("dialog", { name: "Diaper" }).getByRole("button", { name: "Delete" }).click();
    await edited.waitFor({ state: "detached" });
    await glance().getByText("0 wet diapers today").waitFor();
    await notice("Diaper deleted").getByRole("button", { name: "Undo" }).click();
    await told("Diaper restored");
    await entry(/Wet and dirty diaper/).waitFor();
    await glance(partner).getByText("1 wet diaper today").waitFor();
  });

  it("shows the day a parent reads: counts, the strip, the list, a running sleep", async () => {
    await quick("Diaper").getByRole("button", { name: "Wet" }).click();
    await told("Wet diaper logged");
    await quick("Timers")
      .getByRole("button", { name: /^Sleep/ })
      .click();
    await timer("Sleep").waitFor();
    const glanced = (await glance().textContent()) ?? "";
    expect(glanced).toContain("Asleep for");
    expect(glanced).toContain("2 wet diapers today");
    expect(glanced).toContain("1 dirty diaper");
    expect(glanced).toContain("3 feeds"); // breast and bottle; solids are meals
    expect(glanced).toContain("1 meal of solids");
    expect(glanced).toContain("120 ml from bottles");
    await parent.getByRole("img", { name: /The day hour by hour/ }).waitFor();
    expect(await today().getByRole("listitem").count()).toBe(7);
    // After a reload the running timer is still there: it lives on the server.
    await parent.reload();
    await timer("Sleep").getByRole("timer").waitFor();
    await parent.evaluate(() => window.scrollTo(0, 0));
    await shotBoth("01-today");
    await timer("Sleep").getByRole("button", { name: "Stop Sleep" }).click();
    await told("Sleep saved");
  });

  it("flags a timer left running far too long, and asks for its end or discards it", async () => {
    // 20 hours ago is 16:00–18:59 on the family's clock (it reads 12:00–13:59 when this file loads, and the file runs
    // well within the hour): a nap by its start whenever the suite runs. 19 hours crossed 19:00 (night) when the file
    // loaded at 13:59 and this test ran a minute later.
    const started = new Date(Date.now() - 20 * 3600_000).toISOString();
    await (await api()).timers.start.mutate({ babyId, kind: "sleep", timeZone: ZONE, startedAt: started });
    await (await api()).timers.start.mutate({
      babyId,
      kind: "tummyTime",
      timeZone: ZONE,
      startedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
    });
    const sleep = timer("Sleep");
    await sleep.getByText("Running 20 h: did someone forget to stop it?").waitFor();
    await timer("Tummy time")
      .getByText(/^Running 3 h/)
      .waitFor();
    expect(await sleep.getByRole("button", { name: "Stop Sleep" }).count()).toBe(0);
    // A forgotten timer does not make her asleep for 20 hours, nor fill the day's sleep.
    await glance()
      .getByText(/^Awake since \d\d:\d\d$/)
      .waitFor();
    expect(await glance().textContent()).not.toMatch(/Asleep|1\d h .*of sleep|of tummy time/);
    await parent.evaluate(() => window.scrollTo(0, 0));
    await shotBoth("04-flagged-timer");

    await sleep.getByRole("button", { name: "Enter the end time" }).click();
    // Someone forgot yesterday evening's nap: it ended an hour and a half after it began.
    const end = new Date(Date.parse(started) - offset * 3600_000 + 90 * 60_000).toISOString().slice(0, 16);
    await sleep.getByLabel("It ended at").fill(end);
    await sleep.getByRole("button", { name: "Save with this end" }).click();
    await told("Sleep saved");
    await sleep.waitFor({ state: "detached" });
    const nap = (await (await api()).care.day.query({ babyId })).entries
      .map((e) => (e.kind === "sleeps" ? e.record : undefined))
      .find((sleep) => sleep?.startedAt === started);
    expect(nap?.kind).toBe("nap");
    // The typed end is to the minute.
    expect(Date.parse(nap?.endedAt ?? "") - Date.parse(`${started.slice(0, 16)}:00Z`)).toBe(90 * 60_000);

    await timer("Tummy time").getByRole("button", { name: "Discard" }).click();
    await parent.getByRole("dialog", { name: "Discard this timer?" }).getByRole("button", { name: "Discard" }).click();
    await told("Tummy time timer discarded");
    expect(await (await api()).timers.list.query({ babyId })).toEqual([]);
  });

  it("an imported entry's labels show quietly on its row and stay when it is edited; one removed is gone", async () => {
    const startedAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    const { pumpingId } = await (await api()).pumpings.add.mutate({
      babyId,
      startedAt,
      timeZone: ZONE,
      side: "left",
      amountMl: 90,
      labels: ["daycare", "grandma's"],
    });
    const row = entry(/Pumping, left/);
    await row.waitFor();
    expect(await row.textContent()).toContain("Labels:daycaregrandma's");
    await row.scrollIntoViewIfNeeded();
    await shotBoth("05-labels");

    await row.click();
    const form = parent.getByRole("dialog", { name: "Pumping" });
    await form.getByRole("group", { name: "Labels" }).waitFor();
    await form.getByLabel("Notes (optional)").fill("Before the drive");
    await shotBoth("06-labels-form", { fullPage: false });
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.waitFor({ state: "detached" });
    await told("Saved");
    const stored = async () =>
      (await (await api()).pumpings.get.query({ babyId, pumpingId })) as { notes?: string; labels?: string[] };
    expect(await stored()).toMatchObject({ notes: "Before the drive", labels: ["daycare", "grandma's"] });

    await row.click();
    await form.getByRole("button", { name: "Remove the label daycare" }).click();
    await form.getByRole("button", { name: "Save changes" }).click();
    await told("Saved");
    expect((await stored()).labels).toEqual(["grandma's"]);
    expect(await row.textContent()).not.toContain("daycare");
  });

  it("a viewer sees the same day, read only, in their own units", async () => {
    const partnerId = (await (await api()).caregivers.list.query({ babyId })).items.find(
      (m) => m.role === "caregiver",
    )?.userId;
    await (await api()).caregivers.changeRole.mutate({ babyId, userId: partnerId ?? "", role: "viewer" });
    await partner.reload();
    await partner.getByText("You can view but not change this baby's records.").waitFor();
    await entry(/Wet and dirty diaper/, partner).waitFor({ state: "detached" });
    await today(partner).getByText("Wet and dirty diaper").waitFor();
    expect(await partner.getByRole("region", { name: "Log" }).count()).toBe(0);
    expect(await today(partner).getByRole("button").count()).toBe(0);
    await e2e.axe(partner, "care viewer");
    // Amounts in the reader's units: the same bottle in US fluid ounces for a person who reads imperial.
    const theirs = await apiAs(e2e, partner);
    await theirs.users.updateProfile.mutate({ version: (await theirs.users.me.query()).version, units: "imperial" });
    await partner.reload();
    await today(partner).getByText("Bottle 4.1 oz").waitFor();
    await glance(partner)
      .getByText(/4\.1 oz from bottles/)
      .waitFor();
  });

  it("nothing failed unexpectedly, and axe found nothing serious", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
