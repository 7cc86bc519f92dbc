// Growth at every age, end to end: a girl born at 30 weeks, measured from her first week in the NICU to 3 years.
// Her weight chart walks INTERGROWTH-21st (born early) → WHO (corrected age) → CDC 2000 with both switches marked
// and explained; a NICU point has its percentile; points open their details by touch and by keyboard, and a
// measurement is edited and deleted (then brought back with Undo) from the chart. Her BMI at 3 years, her length
// to 20 years with the target height from her parents' heights, and the table. Screenshots at 390 px, light and
// dark, and the weight chart at 1280 px, with axe on each (apps/web/screenshots/growth-ages/, not committed).
import { mkdirSync } from "node:fs";
import { valueAtPercentile } from "@upnest/growth";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

const SHOTS = `${WEB_DIR}screenshots/growth-ages/`;
const AGE_DAYS = 1100; // 3 years and a few days
const GA_WEEKS = 30;
const GA_DAYS = GA_WEEKS * 7;
const CORRECTION = 280 - GA_DAYS;
/** The measurement date at `age` days old. */
const on = (age: number) => daysAgo(AGE_DAYS - age);
type Standard = "intergrowth-postnatal" | "who-2006" | "cdc-2000";
/** A girl's value at `percentile` on the standard for `age` days, read at the age that standard reads. */
function value(indicator: "weight-for-age" | "length-for-age", age: number, percentile: number): number {
  const standard: Standard = GA_DAYS + age <= 448 ? "intergrowth-postnatal" : age < 731 ? "who-2006" : "cdc-2000";
  const at = standard === "intergrowth-postnatal" ? GA_DAYS + age : standard === "who-2006" ? age - CORRECTION : age;
  const found = valueAtPercentile({ standard, indicator, sex: "female", at, percentile });
  if (found === null) throw new Error(`no ${standard} ${indicator} at ${at}`);
  return (
    Math.round(found * (indicator === "weight-for-age" ? 1000 : 10)) / (indicator === "weight-for-age" ? 1000 : 10)
  );
}
/** NICU weeks (1, 3 and 6 weeks old: 31, 33 and 36 weeks postmenstrual), after the due date, 1 year, 2 years 1 month, 3 years. */
const AGES = [7, 21, 42, 120, 365, 761, 1096];

let e2e: E2E;
let page: Page;
let babyId = "";

const points = (p: Page = page) => p.locator(".growth-chart .growth-point");
/** Opens a chart and waits for its points (Recharts loads with the chart). */
async function openChart(url: string, p: Page = page) {
  await p.goto(url);
  await points(p).first().waitFor();
}
const details = (p: Page = page) => p.locator(".growth-details");
const chart = (kind: string, extra = "") => `${e2e.web}/babies/${babyId}/growth?chart=${kind}${extra}`;
async function shotBoth(name: string, p: Page = page) {
  for (const scheme of ["light", "dark"] as const) {
    await p.emulateMedia({ colorScheme: scheme });
    await p.screenshot({ path: `${SHOTS}${name}-${scheme}.png`, fullPage: true, animations: "disabled" });
    await e2e.axe(p, `growth-ages ${name} ${scheme}`);
  }
  await p.emulateMedia({ colorScheme: "light" });
}
const notice = (text: string) => page.getByRole("status").locator(":scope > div").filter({ hasText: text });
const focusedPoint = () =>
  page.evaluate(() => {
    const active = document.activeElement as SVGElement | null;
    return active?.classList.contains("growth-point") ? (active.dataset.point ?? null) : null;
  });
/** Another browser of the same person: touch, or a desktop screen. */
async function sameUser(options: Parameters<E2E["browser"]["newContext"]>[0]): Promise<BrowserContext> {
  const context = await e2e.browser.newContext({
    locale: "en-US",
    timezoneId: "UTC",
    storageState: await page.context().storageState(),
    ...options,
  });
  await e2e.watch(context);
  return context;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  page = (await e2e.phone()).page;
  page.setDefaultTimeout(15_000);
  await page.goto(e2e.web);
  await signUp(e2e, page, "growth-ages@example.com");
  const api = await apiAs(e2e, page);
  ({ babyId } = await api.babies.create.mutate({
    name: "Ivy",
    dateOfBirth: daysAgo(AGE_DAYS),
    sex: "female",
    gestationalAgeWeeks: GA_WEEKS,
    motherHeightCm: 165,
    fatherHeightCm: 180,
    timeZone: "UTC",
  }));
  for (const age of AGES) {
    // At 3 years a heavy weight on a short stature: a BMI above the 95th percentile.
    const heavy = age === 1096;
    await api.measurements.add.mutate({
      babyId,
      measuredOn: on(age),
      weightKg: value("weight-for-age", age, heavy ? 97 : 50),
      lengthCm: value("length-for-age", age, heavy ? 10 : 50),
      lengthMethod: age < 731 ? "lying" : "standing",
    });
  }
});

afterEach(async ({ task }) => {
  if (task.result?.state === "fail")
    await page?.screenshot({ path: `${SHOTS}failed.png`, fullPage: true }).catch(() => {});
});

afterAll(async () => {
  await e2e?.stop();
});

describe("a baby born at 30 weeks, from the NICU to 3 years", () => {
  it("the weight chart walks INTERGROWTH-21st → WHO → CDC 2000, each switch marked and explained", async () => {
    await openChart(chart("weight"));
    await expect.poll(() => points().count()).toBe(AGES.length);
    expect(await page.locator(".growth-standards").textContent()).toBe(
      "Chart: INTERGROWTH-21st (born early) → WHO → CDC 2000",
    );
    expect(await page.locator(".growth-switch").allTextContents()).toEqual(["WHO", "CDC"]);
    expect(await page.locator(".growth-standards-sentence").first().textContent()).toBe(
      "Until 34 weeks old (64 weeks postmenstrual) this chart uses INTERGROWTH-21st's standard for babies born early; from then WHO's, at corrected age; from 2 years CDC's charts, as US paediatricians use.",
    );
    // Each standard's curves are their own lines: nothing joins across a switch.
    for (const standard of ["intergrowth-postnatal", "who-2006", "cdc-2000"])
      expect(await page.locator(`.growth-curve-p50.growth-segment-${standard} path.recharts-line-curve`).count()).toBe(
        1,
      );
    expect(await page.locator(".growth-chart").textContent()).toContain("Age in months");

    // No point left of zero: every point is inside the plot, the first at its first week.
    const plot = await page.locator(".recharts-cartesian-grid").boundingBox();
    for (const box of await Promise.all((await points().all()).map((p) => p.boundingBox())))
      expect((box?.x ?? -99) + (box?.width ?? 0) / 2).toBeGreaterThanOrEqual(plot?.x ?? 0);

    // The NICU weeks have a percentile, on INTERGROWTH-21st's standard, and say the postmenstrual age.
    const first = await points().first().getAttribute("aria-label");
    expect(first).toContain("7 days (31 + 0 weeks postmenstrual)");
    expect(first).toMatch(/(49\.\d|50(\.\d)?)\w\w percentile \(INTERGROWTH-21st\)$/);
    expect(first).not.toContain("due date");
    expect(await points().nth(4).getAttribute("aria-label")).toMatch(/months corrected\), [\d.]+ kg, .*\(WHO\)$/);
    expect(await points().nth(6).getAttribute("aria-label")).toContain("(CDC)");
    await shotBoth("weight-chart");
  });

  it("a tap on a point opens its details, which stay open until closed", async () => {
    const context = await sameUser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await openChart(chart("weight"), phone);
    await expect.poll(() => points(phone).count()).toBe(AGES.length);
    await points(phone).nth(1).tap();
    await details(phone).waitFor();
    const text = await details(phone).textContent();
    expect(text).toContain("3 weeks (33 + 0 weeks postmenstrual)");
    expect(text).toMatch(/percentile \(INTERGROWTH-21st\)/);
    expect(await details(phone).getByRole("link", { name: "Edit" }).count()).toBe(1);
    await shotBoth("details", phone);
    // Still open after the screenshots (no hover keeps it: it stays until closed).
    expect(await details(phone).isVisible()).toBe(true);
    await details(phone).getByRole("button", { name: "Close" }).tap();
    await details(phone).waitFor({ state: "detached" });
    await context.close();
  });

  it("by keyboard: Tab to the first point, ArrowRight to the next, Enter opens, Escape returns to the point", async () => {
    await openChart(chart("weight"));
    await expect.poll(() => points().count()).toBe(AGES.length);
    for (let i = 0; i < 60 && (await focusedPoint()) === null; i++) await page.keyboard.press("Tab");
    expect(await focusedPoint()).toBe(on(AGES[0] ?? 0));
    await page.keyboard.press("ArrowRight");
    expect(await focusedPoint()).toBe(on(AGES[1] ?? 0));
    await page.keyboard.press("End");
    expect(await focusedPoint()).toBe(on(AGES[6] ?? 0));
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await details().waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest(".growth-details") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await details().waitFor({ state: "detached" });
    expect(await focusedPoint()).toBe(on(AGES[1] ?? 0));
    // One tab stop for all the points: Tab leaves the chart.
    await page.keyboard.press("Tab");
    expect(await focusedPoint()).toBeNull();
  });

  it("Edit from the chart changes the weight, and the chart shows the new value", async () => {
    await openChart(chart("weight"));
    await expect.poll(() => points().count()).toBe(AGES.length);
    await points().nth(1).focus();
    await page.keyboard.press("Enter");
    await details().getByRole("link", { name: "Edit" }).press("Enter");
    await page.waitForURL(/\/measurements\/[0-9A-Z]{26}\/edit$/);
    await page.getByLabel("Weight (kg)").fill("1.615");
    await page.getByRole("button", { name: /^Save/ }).click();
    await page.waitForURL((url) => !url.pathname.endsWith("/edit"));
    await openChart(chart("weight"));
    await expect.poll(() => points().nth(1).getAttribute("aria-label")).toContain("1.615 kg");
  });

  it("Delete from the chart removes the point, and Undo brings it back", async () => {
    const deleted = page.locator(`.growth-point[data-point="${on(AGES[3] ?? 0)}"]`);
    await deleted.click();
    await details().getByRole("button", { name: "Delete" }).click();
    await notice("Measurement deleted").waitFor();
    await deleted.waitFor({ state: "detached" });
    expect(await points().count()).toBe(AGES.length - 1);
    expect(await details().count()).toBe(0);
    await notice("Measurement deleted").getByRole("button", { name: "Undo" }).click();
    await notice("Measurement restored").waitFor();
    await deleted.waitFor();
    expect(await points().count()).toBe(AGES.length);
  });

  it("the list shows the corrected age beside the real age", async () => {
    await page.goto(`${e2e.web}/babies/${babyId}/measurements`);
    const items = page.getByRole("list", { name: "Measurements" }).getByRole("listitem");
    await items.first().waitFor();
    await expect.poll(() => items.count()).toBe(AGES.length);
    const texts = await items.allTextContents();
    // Newest first: 3 years, 2 years 1 month, 1 year, after the due date, then the NICU weeks.
    expect(texts[2]).toMatch(/1[12] months \(9 months corrected\)/);
    // Born before 32 weeks: the corrected age is shown past 2 years, until 3.
    expect(texts[1]).toMatch(/2 years( 1 month)? \(2\d months corrected\)/);
    expect(texts[0]).not.toContain("corrected");
    // The NICU weeks: the postmenstrual age, and a weight percentile (INTERGROWTH-21st), not "before the due date".
    expect(texts[6]).toContain("(31 + 0 weeks postmenstrual)");
    for (const text of texts.slice(3)) expect(text).toMatch(/Weight: \d+\w\w percentile/);
  });

  it("the BMI chart at 3 years gives CDC's percent of the 95th percentile", async () => {
    await openChart(chart("bmi"));
    await page.getByRole("heading", { name: "BMI for age" }).waitFor();
    await expect.poll(() => points().count()).toBeGreaterThan(0);
    expect(await page.locator(".growth-chart").textContent()).toContain("BMI (kg/m²)");
    await points().last().click();
    await details().waitFor();
    const text = await details().textContent();
    expect(text).toMatch(/BMI is \d+% of the 95th percentile/);
    expect(text).toContain("(CDC)");
    await shotBoth("bmi-chart");
  });

  it("the length chart shows the target height to 20 years, and back to the ages measured", async () => {
    await openChart(chart("length"));
    await expect.poll(() => points().count()).toBe(AGES.length);
    expect(await page.locator(".growth-target-height").textContent()).toMatch(
      /^Target height from the parents' heights: about 166 cm as an adult, most often between 157\.5 cm and 174\.5 cm\./,
    );
    await page.getByRole("link", { name: "Show to 20 years" }).click();
    await page.waitForURL(/range=adult/);
    await page.locator(".growth-target").waitFor();
    expect(await page.locator(".growth-chart").textContent()).toContain("Age in years");
    await shotBoth("length-target");
    await page.getByRole("link", { name: "Show measured ages" }).click();
    await page.waitForURL(/range=measured/);
    await page.locator(".growth-target").waitFor({ state: "detached" });
  });

  it("the table: plain column names, the list's percentiles, the chart each came from", async () => {
    await page.goto(chart("weight", "&view=table"));
    const rows = page.getByRole("table").locator("tbody tr");
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(AGES.length);
    expect(await page.getByRole("table").locator("thead th").allTextContents()).toEqual([
      "Date",
      "Age",
      "Weight",
      "Percentile",
      "Chart used",
    ]);
    const used = await rows.locator("td:last-child").allTextContents();
    expect(used).toEqual(["CDC 2000", "CDC 2000", "WHO", ...Array(4).fill("INTERGROWTH-21st (born early)")]);
    const nicu = await rows.last().locator("td").allTextContents();
    expect(nicu[1]).toBe("7 days31 + 0 weeks postmenstrual");
    expect(nicu[3]).toMatch(/^\d+(\.\d)?$/);
    await shotBoth("table");
  });

  it("on a desktop screen the weight chart uses the width there is", async () => {
    const context = await sameUser({ viewport: { width: 1280, height: 800 } });
    const wide = await context.newPage();
    await openChart(chart("weight"), wide);
    await expect.poll(() => points(wide).count()).toBe(AGES.length);
    expect((await wide.locator(".growth-chart").boundingBox())?.width).toBeGreaterThan(900);
    await wide.screenshot({ path: `${SHOTS}weight-chart-desktop.png`, fullPage: true, animations: "disabled" });
    await e2e.axe(wide, "growth-ages weight-chart-desktop");
    await context.close();
  });

  it("nothing failed unexpectedly in the page or on the server", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
