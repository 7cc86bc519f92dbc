// Growth charts end to end: a parent records a boy's measurements, reads the WHO chart (bands, lines, points, the
// tooltip) and its table, sees a flagged value, then switches to imperial units and enters lb + oz and inches.
// Screenshots of the chart (phone and desktop) and the table are saved to screenshots/docs/ for `pnpm docs:refresh`.
import { mkdirSync } from "node:fs";
import { valueAtZ } from "@upnest/growth";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { formatLength, formatWeight, lbOzToKg } from "../src/lib/units.ts";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

/** Screens the docs show: `pnpm docs:refresh` copies them to docs/screenshots/ (a test run changes no tracked file). */
const DOCS_SHOTS = `${WEB_DIR}screenshots/docs/`;
const PARENT = "growth-parent@example.com";
const AGE_DAYS = 122; // about 4 months
const BORN = daysAgo(AGE_DAYS);
/** The measurement date at `age` days old. */
const on = (age: number) => daysAgo(AGE_DAYS - age);
/** WHO's value for a boy at `age` days and z-score `z`. */
const who = (indicator: "weight-for-age" | "length-for-age" | "head-circumference-for-age", age: number, z: number) => {
  const value = valueAtZ({ indicator, sex: "male", at: age, z });
  if (value === null) throw new Error(`no WHO value for ${indicator} at ${age} days`);
  return value;
};
const grams = (kg: number) => Math.round(kg * 1000) / 1000;
const tenth = (cm: number) => Math.round(cm * 10) / 10;

// At 30 days, typed into the form: the median weight (to the gram), length at +1 SD, the median head.
const DAY30 = {
  weightKg: grams(who("weight-for-age", 30, 0)),
  lengthCm: tenth(who("length-for-age", 30, 1)),
  headCm: tenth(who("head-circumference-for-age", 30, 0)),
};

let e2e: E2E;
let page: Page;
let babyId: string;

const shotTo = async (name: string, on: Page = page) => {
  await on.screenshot({ path: `${DOCS_SHOTS}${name}.png` });
  await e2e.axe(on, name);
};
/** Other screens, for looking at (apps/web/screenshots/, not committed). */
const shot = (name: string) => e2e.shot(page, name);
const measurementItems = () => page.getByRole("list", { name: "Measurements" }).getByRole("listitem");
const points = (on: Page = page) => on.locator(".growth-chart .growth-point");
const tooltip = (on: Page = page) => on.locator(".growth-tooltip");

/** For each point of the chart, how far (px) it sits from the 50th percentile line at the same x. */
function offsetsFromMedian(on: Page) {
  return on.evaluate(() => {
    const line = document.querySelector<SVGPathElement>(".growth-curve-p50 path.recharts-line-curve");
    if (!line) throw new Error("no 50th percentile line");
    const total = line.getTotalLength();
    const yAt = (x: number) => {
      // Curves run left to right: binary search the path for the x.
      let lo = 0;
      let hi = total;
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (line.getPointAtLength(mid).x < x) lo = mid;
        else hi = mid;
      }
      return line.getPointAtLength(hi).y;
    };
    return [...document.querySelectorAll<SVGGraphicsElement>(".growth-point")].map((point) => {
      const box = point.getBBox();
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      return { date: point.dataset.point ?? "", dy: Math.round((cy - yAt(cx)) * 10) / 10 };
    });
  });
}

beforeAll(async () => {
  mkdirSync(DOCS_SHOTS, { recursive: true });
  e2e = await startE2E();
  page = (await e2e.phone()).page;
  page.setDefaultTimeout(15_000);
});

// A failed step leaves a picture of the screen in apps/web/screenshots/ (not committed).
afterEach(async ({ task }) => {
  if (task.result?.state === "fail")
    await page?.screenshot({ path: `${WEB_DIR}screenshots/growth-failed.png`, fullPage: true }).catch(() => {});
});

afterAll(async () => {
  await e2e?.stop();
});

describe("a parent reading growth charts", () => {
  it("signs up, adds a boy born about 4 months ago and records his measurements", async () => {
    await page.goto(e2e.web);
    await signUp(e2e, page, PARENT);
    await page.getByRole("heading", { name: "Your babies" }).waitFor();
    await page.getByRole("link", { name: "Add a baby" }).first().click();
    await page.getByLabel("Name").fill("Noah");
    await page.getByLabel("Date of birth").fill(BORN);
    await page.getByLabel("Male", { exact: true }).check();
    await page.getByRole("button", { name: "Add baby" }).click();
    await page.getByRole("heading", { name: "Noah" }).waitFor();
    babyId = /\/babies\/([0-9A-Z]{26})$/.exec(page.url())?.[1] ?? "";
    expect(babyId).not.toBe("");

    // The 30-day visit through the form (metric, the default), from the Growth tab.
    await page.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Growth" }).click();
    await page.getByRole("link", { name: "Add measurement" }).click();
    await page.getByLabel("Date measured").fill(on(30));
    await page.getByLabel("Weight (kg)").fill(String(DAY30.weightKg));
    await page.getByLabel("Length or height (cm)").fill(String(DAY30.lengthCm));
    await page.getByLabel("Head circumference (cm)").fill(String(DAY30.headCm));
    await page.getByRole("button", { name: "Save measurement" }).click();
    await page.getByRole("heading", { name: "Noah" }).waitFor();
    await measurementItems().first().waitFor();

    // The others from the clinic's records: at birth (all medians), at 61 days, and at 92 days with a head
    // circumference typed wrong (50 cm is far above anything plausible at 3 months).
    const api = await apiAs(e2e, page);
    await api.measurements.add.mutate({
      babyId,
      measuredOn: on(0),
      weightKg: who("weight-for-age", 0, 0),
      lengthCm: who("length-for-age", 0, 0),
      lengthMethod: "lying",
      headCircumferenceCm: who("head-circumference-for-age", 0, 0),
    });
    await api.measurements.add.mutate({
      babyId,
      measuredOn: on(61),
      weightKg: grams(who("weight-for-age", 61, 1)),
      lengthCm: 60.1,
      lengthMethod: "lying",
      headCircumferenceCm: 39.5,
    });
    await api.measurements.add.mutate({
      babyId,
      measuredOn: on(92),
      weightKg: grams(who("weight-for-age", 92, -1)),
      lengthCm: 61.4,
      lengthMethod: "lying",
      headCircumferenceCm: 50,
    });
    await page.reload();
    await measurementItems().nth(3).waitFor();
  });

  it("sees percentiles in the list and a warning on the implausible head size", async () => {
    const items = await measurementItems().allTextContents();
    expect(items).toHaveLength(4);
    // Newest first: 92 days, 61 days, 30 days, birth.
    expect(items[0]).toMatch(/Weight: 16th percentile/);
    expect(items[0]).toMatch(/Head: above the 99\.9th percentile/);
    expect(items[0]).toContain("Check this measurement");
    expect(items[1]).toMatch(/Weight: 84th percentile/);
    expect(items[2]).toContain(`${DAY30.weightKg} kg · ${DAY30.lengthCm} cm lying · head ${DAY30.headCm} cm`);
    expect(items[2]).toMatch(
      /Weight: 50th percentile · Length: 8\d(\.\d)?\w\w percentile · Head: \d+(\.\d)?\w\w percentile/,
    );
    expect(items[3]).toMatch(/Weight: 50th percentile · Length: 50th percentile · Head: 50th percentile/);
    for (const item of items.slice(1)) expect(item).not.toContain("Check this measurement");
    await shot("growth-01-list-percentiles");
  });

  it("opens the weight chart: WHO bands, labelled lines, and his points where his percentiles say", async () => {
    await page.getByRole("link", { name: "Growth charts and percentiles" }).click();
    await page.getByRole("heading", { name: "Weight for age" }).waitFor();
    await expect.poll(() => points().count()).toBe(4);
    expect(await page.locator(".growth-band path.recharts-area-area").count()).toBe(4);
    expect(await page.locator(".growth-curve path.recharts-line-curve").count()).toBe(5);
    for (const label of ["3rd", "15th", "50th", "85th", "97th"]) {
      expect(
        await page
          .locator(".growth-chart svg text")
          .filter({ hasText: new RegExp(`^${label}$`) })
          .count(),
      ).toBe(1);
    }
    expect(await page.locator(".growth-chart").textContent()).toContain("Age in months");

    // The points at birth and at 30 days are the WHO medians: they sit on the 50th line. At 61 days (+1 SD) he is
    // above it, at 92 days (−1 SD) below it (SVG y grows downwards).
    const offsets = Object.fromEntries((await offsetsFromMedian(page)).map((p) => [p.date, p.dy]));
    expect(Math.abs(offsets[on(0)] ?? 99)).toBeLessThan(1.5);
    expect(Math.abs(offsets[on(30)] ?? 99)).toBeLessThan(1.5);
    expect(offsets[on(61)]).toBeLessThan(-8);
    expect(offsets[on(92)]).toBeGreaterThan(8);

    await points().nth(1).hover();
    await tooltip().waitFor();
    const tip = await tooltip().textContent();
    expect(tip).toContain(`${DAY30.weightKg} kg`);
    expect(tip).toContain("50th percentile (WHO)");
    expect(tip).toContain("z-score 0.00");
    await page.locator(".growth-chart").scrollIntoViewIfNeeded();
    await points().nth(2).hover();
    await expect.poll(() => tooltip().textContent()).toContain("84th percentile (WHO)");
    await shotTo("growth-chart-phone");
  });

  it("the head chart marks the implausible value and its tooltip asks to check it", async () => {
    await page.getByRole("link", { name: "Head", exact: true }).click();
    await page.getByRole("heading", { name: "Head circumference for age" }).waitFor();
    await expect.poll(() => page.locator(".growth-chart[data-chart=head] .growth-point").count()).toBe(4);
    const flagged = page.locator('.growth-point[data-flagged="true"]');
    expect(await flagged.count()).toBe(1);
    await flagged.hover();
    await expect.poll(() => tooltip().textContent()).toContain("Check this measurement");
    expect(await tooltip().textContent()).toContain("above the 99.9th percentile (WHO)");
    await shot("growth-02-head-flagged");
  });

  it("the table shows the same numbers, and the warning", async () => {
    await page.getByRole("link", { name: "Weight", exact: true }).click();
    await page.getByRole("heading", { name: "Weight for age" }).waitFor();
    await page.getByRole("link", { name: "Table" }).click();
    const rows = page.getByRole("table").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(4);
    const cells = async (i: number) => (await rows.nth(i).locator("td").allTextContents()).map((t) => t.trim());
    const day30 = await cells(2);
    // Date, age, weight, percentile (the list's precision), the chart that gave it.
    expect(await page.getByRole("table").locator("thead th").allTextContents()).toEqual([
      "Date",
      "Age",
      "Weight",
      "Percentile",
      "Chart used",
    ]);
    expect(day30.slice(2)).toEqual([`${DAY30.weightKg} kg`, "50", "WHO"]);
    expect((await cells(0)).slice(3)).toEqual(["16", "WHO"]);
    expect((await cells(1)).slice(3)).toEqual(["84", "WHO"]);
    expect((await cells(3)).slice(3)).toEqual(["50", "WHO"]);
    expect((await cells(3))[1]).toBe("0 days");
    await shotTo("growth-table");

    await page.getByRole("link", { name: "Head", exact: true }).click();
    await page.getByRole("heading", { name: "Head circumference for age" }).waitFor();
    const flaggedRow = page.locator('tbody tr[data-flagged="true"]');
    await flaggedRow.waitFor();
    expect(await flaggedRow.textContent()).toContain("Check this measurement");
    expect(await flaggedRow.textContent()).toContain("> 99.9");
  });

  it("on a desktop screen the chart is wider, with the same points", async () => {
    const { cookies, origins } = await page.context().storageState();
    const desktop = await e2e.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: "en-US",
      timezoneId: "UTC",
      storageState: { cookies, origins },
    });
    await e2e.watch(desktop);
    const wide = await desktop.newPage();
    await wide.goto(`${e2e.web}/babies/${babyId}/growth?chart=weight`);
    await wide
      .getByRole("heading", { name: "Weight for age" })
      .waitFor()
      .catch(async (error: unknown) => {
        await wide.screenshot({ path: `${WEB_DIR}screenshots/growth-failed-desktop.png` });
        throw error;
      });
    await expect.poll(() => points(wide).count()).toBe(4);
    // The growth page is wider than the layout's column (42 rem) on a desktop screen.
    expect((await wide.locator(".growth-chart").boundingBox())?.width).toBeGreaterThan(900);
    const offsets = await offsetsFromMedian(wide);
    expect(Math.abs(offsets.find((p) => p.date === on(30))?.dy ?? 99)).toBeLessThan(1.5);
    await points(wide).nth(3).hover();
    await expect.poll(() => tooltip(wide).textContent()).toContain("16th percentile (WHO)");
    await shotTo("growth-chart-desktop", wide);
    await desktop.close();
  });

  it("switches to imperial in settings and then reads and enters lb + oz and inches", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Settings" }).waitFor();
    await page.getByLabel("Imperial (lb + oz, in)").check();
    await page.getByLabel("Display name").fill("Noah's dad");
    expect(await page.getByLabel("Time zone").locator("option").count()).toBeGreaterThan(100);
    await page.getByLabel("Time zone").selectOption("America/Chicago");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved").waitFor();
    await shot("growth-03-settings");

    await page.goto(`${e2e.web}/babies/${babyId}/measurements`);
    await measurementItems().nth(3).waitFor();
    const items = await measurementItems().allTextContents();
    expect(items[2]).toContain(
      `${formatWeight(DAY30.weightKg, "imperial", "en-US")} · ${formatLength(DAY30.lengthCm, "imperial", "en-US")} lying · head ${formatLength(DAY30.headCm, "imperial", "en-US")}`,
    );
    expect(items[2]).toMatch(/\d+ lb \d+(\.\d)? oz · \d+(\.\d)? in lying/);

    await page.getByRole("link", { name: "Add measurement" }).click();
    await page.getByLabel("Date measured").fill(on(AGE_DAYS));
    await page.getByLabel("Weight (lb)").fill("13");
    await page.getByLabel("Weight (oz)").fill("16");
    await page.getByLabel("Length or height (in)").fill("24.5");
    await page.getByRole("button", { name: "Save measurement" }).click();
    await page.getByText("Ounces must be from 0 to 15.9").waitFor();
    await shot("growth-04-imperial-form");
    await page.getByLabel("Weight (oz)").fill("4.5");
    await page.getByRole("button", { name: "Save measurement" }).click();
    await page.getByRole("heading", { name: "Noah" }).waitFor();
    await expect
      .poll(async () => (await measurementItems().first().textContent()) ?? "")
      .toContain("13 lb 4.5 oz · 24.5 in lying");

    // Stored exactly: what the form sent is 13 lb 4.5 oz and 24.5 in in kg and cm.
    const api = await apiAs(e2e, page);
    const [newest] = (await api.measurements.list.query({ babyId, limit: 1 })).items;
    expect(newest?.weightKg).toBeCloseTo(lbOzToKg(13, 4.5), 12);
    expect(newest?.lengthCm).toBeCloseTo(62.23, 12);

    await page.getByRole("link", { name: "Growth charts and percentiles" }).click();
    await expect.poll(() => points().count()).toBe(5);
    expect(await page.locator(".growth-chart").textContent()).toContain("Weight (lb)");
    await points().nth(4).hover();
    await expect.poll(() => tooltip().textContent()).toContain("13 lb 4.5 oz");
    await shot("growth-05-imperial-chart");
    await page.getByRole("link", { name: "Weight for length" }).click();
    await expect.poll(() => points().count()).toBe(5);
    await shot("growth-06-weight-for-length");
    await page.getByRole("link", { name: "Length", exact: true }).click();
    await page.getByRole("link", { name: "Table" }).click();
    await expect.poll(() => page.getByRole("table").locator("tbody tr").first().textContent()).toContain("24.5 in");
  });

  it("a settings change made elsewhere is not overwritten: the person is told and can reload", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Display name").waitFor();
    const api = await apiAs(e2e, page);
    const me = await api.users.me.query();
    await api.users.updateProfile.mutate({ version: me.version, displayName: "Changed on the tablet" });
    await page.getByLabel("Metric (kg, cm)").check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText(/Your settings were changed somewhere else/).waitFor();
    await page.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => page.getByLabel("Display name").inputValue()).toBe("Changed on the tablet");
    expect(await page.getByLabel("Imperial (lb + oz, in)").isChecked()).toBe(true);
  });

  it("nothing failed unexpectedly in the page or on the server", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
