// Patterns end to end: a week of a baby's care log seeded through the API (the family in India, the phone on UTC),
// then the Patterns page a parent reads: a day on average, the daily charts and tables, the sleep pattern on the
// family's clock, the last 30 days, bottles in ounces. Screenshots at 390 px, light and dark, to apps/web/screenshots/.
import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "@upnest/api";
import { dayOf, shiftDay } from "@upnest/care";
import { local } from "@upnest/care/testing";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

/** India keeps no daylight saving, so a week's sleep is the same length whenever the test runs. */
const ZONE = "Asia/Kolkata";
let e2e: E2E;
let page: Page;
let api: TRPCClient<AppRouter>;
let babyId = "";
let today = "";
const scripts: string[] = [];

const shot = (name: string) => e2e.shot(page, name);
/** The value of one of the "a day on average" figures, by its label. */
const average = (label: string) =>
  page
    .locator("#averages + dl > div")
    .filter({ has: page.locator("dt").getByText(label, { exact: true }) })
    .locator("dd");
/** The cells of a table's row for a family day. */
const row = async (table: string, day: string) =>
  (await page.locator(`table[data-table="${table}"] tr[data-day="${day}"] > *`).allTextContents()).map((c) => c.trim());

/**
 * Seven days the way a family logs them, the last one yesterday: breast feeds at 06:30, 12:30 and 18:30, bottles of
 * 120 and 150 ml at 09:30 and 15:30, a nap 13:00–14:30, four diapers (wet, both, wet, dirty), and nights from 20:00
 * to 06:00 from the evening before the week to the evening before yesterday (last night's is still going on).
 */
async function seedWeek() {
  const first = shiftDay(today, -7);
  const at = (day: string, clock: string) => local(`${day} ${clock}`, ZONE);
  const timeZone = ZONE;
  const night = (day: string) =>
    api.sleeps.add.mutate({
      babyId,
      timeZone,
      startedAt: at(day, "20:00"),
      endedAt: at(shiftDay(day, 1), "06:00"),
      kind: "night",
    });
  await night(shiftDay(first, -1));
  for (let k = 7; k >= 1; k--) {
    const day = shiftDay(today, -k);
    await Promise.all([
      api.feedings.add.mutate({
        babyId,
        timeZone,
        startedAt: at(day, "06:30"),
        method: "breast",
        side: "both",
        leftSeconds: 600,
        rightSeconds: 480,
        lastSide: "right",
      }),
      api.feedings.add.mutate({
        babyId,
        timeZone,
        startedAt: at(day, "09:30"),
        method: "bottle",
        amountMl: 120,
        milk: "formula",
      }),
      api.feedings.add.mutate({
        babyId,
        timeZone,
        startedAt: at(day, "12:30"),
        method: "breast",
        side: "left",
        leftSeconds: 720,
      }),
      api.feedings.add.mutate({
        babyId,
        timeZone,
        startedAt: at(day, "15:30"),
        method: "bottle",
        amountMl: 150,
        milk: "breast-milk",
      }),
      api.feedings.add.mutate({
        babyId,
        timeZone,
        startedAt: at(day, "18:30"),
        method: "breast",
        side: "right",
        rightSeconds: 600,
      }),
      api.sleeps.add.mutate({ babyId, timeZone, startedAt: at(day, "13:00"), endedAt: at(day, "14:30"), kind: "nap" }),
      api.diapers.add.mutate({ babyId, timeZone, at: at(day, "07:00"), contents: "wet" }),
      api.diapers.add.mutate({ babyId, timeZone, at: at(day, "11:00"), contents: "both" }),
      api.diapers.add.mutate({ babyId, timeZone, at: at(day, "16:00"), contents: "wet" }),
      api.diapers.add.mutate({ babyId, timeZone, at: at(day, "19:00"), contents: "dirty" }),
    ]);
    if (k >= 2) await night(day);
  }
}

beforeAll(async () => {
  e2e = await startE2E();
  const phone = await e2e.phone();
  page = phone.page;
  page.setDefaultTimeout(15_000);
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(e2e.web);
  await signUp(e2e, page, "patterns-parent@example.com");
  api = await apiAs(e2e, page);
  babyId = (await api.babies.create.mutate({ name: "Asha", dateOfBirth: daysAgo(70), sex: "female", timeZone: ZONE }))
    .babyId;
  today = dayOf(Date.now(), ZONE);
  await seedWeek();
});

afterEach(async ({ task }) => {
  if (task.result?.state === "fail")
    await page?.screenshot({ path: `${WEB_DIR}screenshots/patterns-failed.png`, fullPage: true }).catch(() => {});
});

afterAll(async () => {
  await e2e?.stop();
});

describe("a parent reading the week's patterns", () => {
  it("the page and its charts load only when Patterns is opened", async () => {
    await page.goto(`${e2e.web}/babies/${babyId}`);
    await page.getByRole("heading", { name: "Asha" }).waitFor();
    expect(scripts.filter((s) => s.includes("patterns-route"))).toEqual([]);
    await page.goto(`${e2e.web}/babies/${babyId}/patterns`);
    await page.getByRole("heading", { name: "A day on average" }).waitFor();
    expect(scripts.filter((s) => s.includes("patterns-route"))).toHaveLength(1);
  });

  it("reads a day on average over the last 7 full days", async () => {
    expect(await average("Feeds").allTextContents()).toEqual(["5"]);
    expect(await average("Bottle").allTextContents()).toEqual(["270 ml"]);
    // Six days of 11 h 30 min and yesterday's 7 h 30 min (last night is not over): 10 h 56 min.
    expect(await average("Sleep").allTextContents()).toEqual(["10 h 56 min", "Naps 1 h 30 min"]);
    expect(await average("Wet diapers").allTextContents()).toEqual(["3"]);
    expect(await average("Dirty diapers").allTextContents()).toEqual(["2"]);
    expect(await average("Time between feeds").allTextContents()).toEqual(["3 h", "median"]);
    await page.getByText("Over 7 full days with entries; today counts once it is over.").waitFor();
  });

  it("shows each daily total as a chart, and the sleep pattern with nights and naps told apart", async () => {
    for (const title of [
      "Feeds a day",
      "Bottle volume a day (ml)",
      "Sleep a day (hours)",
      "Diapers a day",
      "Sleep pattern",
    ])
      await page.getByRole("heading", { name: title }).waitFor();
    // A bar for each of the six full days, labelled 5; none for today yet.
    await expect.poll(() => page.locator('[data-chart="chart-feeds"] .recharts-bar-rectangle').count()).toBe(6);
    const labels = await page.locator('[data-chart="chart-feeds"] .recharts-label-list text').allTextContents();
    expect(labels.filter((l) => l === "5")).toHaveLength(6);
    // Seven rows up to today: five with a night's morning, a nap and an evening; yesterday a morning and a nap.
    const bands = (kind: string) => page.locator(`.sleep-pattern .sleep-band[data-kind="${kind}"]`).count();
    expect(await bands("night")).toBe(5 * 2 + 1);
    expect(await bands("nap")).toBe(5 + 1);
    expect(await page.locator(`.sleep-pattern [data-day="${today}"] .sleep-band`).count()).toBe(0);
    await page.getByText("India Standard Time").waitFor();
    await shot("patterns-01-week-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await shot("patterns-02-week-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("as tables: each day's totals, its sleeps on the family's clock and the time between feeds", async () => {
    await page.getByRole("button", { name: "Tables" }).click();
    const day = shiftDay(today, -3);
    await page.locator(`table[data-table="table-totals"] tr[data-day="${day}"]`).waitFor();
    expect((await row("table-totals", day)).slice(1)).toEqual(["5", "270 ml", "11 h 30 min", "3", "2"]);
    expect((await row("table-totals", shiftDay(today, -1))).slice(1)).toEqual(["5", "270 ml", "7 h 30 min", "3", "2"]);
    expect((await row("table-totals", today))[0]).toContain("Today");
    // The phone is on UTC; the sleeps are on the family's clock in India.
    expect((await row("table-sleep", day)).slice(1)).toEqual([
      "20:00–06:00 Night sleep13:00–14:30 Nap20:00–06:00 Night sleep",
      "11 h 30 min",
    ]);
    expect((await row("table-intervals", day)).slice(1)).toEqual(["3 h", "3 h", "12 h"]);
    expect(await page.locator('table[data-table="table-totals"] tbody tr').count()).toBe(7);
    await shot("patterns-03-tables-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await shot("patterns-04-tables-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("over the last 30 days, averages the days with entries", async () => {
    await page.getByRole("button", { name: "Last 30 days" }).click();
    await expect.poll(() => page.locator('table[data-table="table-totals"] tbody tr').count()).toBe(30);
    // The evening before the week counts as a logged day: 35 feeds over 8 days.
    expect(await average("Feeds").allTextContents()).toEqual(["4.4"]);
    await page.getByText("Over 8 full days with entries; today counts once it is over.").waitFor();
    await page.getByRole("button", { name: "Charts" }).click();
    await expect.poll(() => page.locator(".sleep-pattern [data-day]").count()).toBe(30);
    await shot("patterns-05-month-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await shot("patterns-06-month-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("shows bottles in ounces for a parent who reads imperial units", async () => {
    const me = await api.users.me.query();
    await api.users.updateProfile.mutate({ version: me.version, units: "imperial" });
    await page.reload();
    await page.getByRole("heading", { name: "A day on average" }).waitFor();
    expect(await average("Bottle").allTextContents()).toEqual(["9.1 oz"]);
    await page.getByRole("heading", { name: "Bottle volume a day (oz)" }).waitFor();
    const bottles = await page.locator('[data-chart="chart-volume"] .recharts-label-list text').allTextContents();
    expect(bottles.filter((l) => l === "9.1")).toHaveLength(6);
  });

  it("nothing failed unexpectedly in the page or on the server", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
