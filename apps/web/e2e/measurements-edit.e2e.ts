// The Growth tab's list end to end: a parent edits a measurement from the list with the keyboard (and is told when
// someone else changed it meanwhile), deletes one by touch and takes it back with Undo, enters the parents' heights
// in the baby's form and reads the target height, sees a flag card for a newborn who lost 12 % by day 4, and reads
// a preterm baby's corrected and postmenstrual ages in the summary and the list. Screenshots at 390 px, light and
// dark, of the list with its insights, the edit form and the baby form (apps/web/screenshots/measurements/).
import { mkdirSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

const SHOTS = `${WEB_DIR}screenshots/measurements/`;
let e2e: E2E;
let page: Page;
/** A newborn born at 39 weeks, 6 days ago: 3.5 kg at birth, 3.08 kg on day 4 (12 % below). */
let maxId = "";
/** Born at 31 + 0 weeks, 120 days ago: due 63 days after birth, so 57 days corrected today. */
let liaId = "";

const growthTab = (babyId: string) => `${e2e.web}/babies/${babyId}/measurements`;
const rows = (on: Page = page) => on.getByRole("list", { name: "Measurements" }).getByRole("listitem");
const notice = (text: string, on: Page = page) =>
  on.getByRole("status").locator(":scope > div").filter({ hasText: text });
const cards = (on: Page = page) =>
  on.getByRole("list", { name: "Worth asking your clinician about" }).getByRole("listitem");

/** Screenshots in the light and the dark theme, with axe on each. */
async function shotBoth(name: string, on: Page = page) {
  for (const scheme of ["light", "dark"] as const) {
    await on.emulateMedia({ colorScheme: scheme });
    await on.screenshot({ path: `${SHOTS}${name}-${scheme}.png`, fullPage: true, animations: "disabled" });
    await e2e.axe(on, `measurements ${name} ${scheme}`);
  }
  await on.emulateMedia({ colorScheme: "light" });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  page = (await e2e.phone()).page;
  page.setDefaultTimeout(15_000);
  await page.goto(e2e.web);
  await signUp(e2e, page, "measurements-edit@example.com");
  const api = await apiAs(e2e, page);
  ({ babyId: maxId } = await api.babies.create.mutate({
    name: "Max",
    dateOfBirth: daysAgo(6),
    sex: "male",
    gestationalAgeWeeks: 39,
  }));
  for (const [day, weightKg] of [
    [0, 3.5],
    [2, 3.2],
    [4, 3.08],
  ] as const) {
    await api.measurements.add.mutate({
      babyId: maxId,
      measuredOn: daysAgo(6 - day),
      weightKg,
      ...(day === 0 ? { lengthCm: 50, lengthMethod: "lying" as const, headCircumferenceCm: 34.5 } : {}),
    });
  }
  ({ babyId: liaId } = await api.babies.create.mutate({
    name: "Lia",
    dateOfBirth: daysAgo(120),
    sex: "female",
    gestationalAgeWeeks: 31,
  }));
  // Day 20 is before her due date (33 + 6 weeks postmenstrual); day 80 is 17 days corrected, and was imported with
  // labels (the other app's tags).
  for (const [day, weightKg, lengthCm, headCircumferenceCm] of [
    [20, 1.9, 43, 30.5],
    [80, 3.6, 51, 35.5],
  ] as const) {
    await api.measurements.add.mutate({
      babyId: liaId,
      measuredOn: daysAgo(120 - day),
      weightKg,
      lengthCm,
      lengthMethod: "lying",
      headCircumferenceCm,
      ...(day === 80 ? { labels: ["clinic", "after the fever"] } : {}),
    });
  }
});

// A failed step leaves a picture of the screen in apps/web/screenshots/ (not committed).
afterEach(async ({ task }) => {
  if (task.result?.state === "fail")
    await page?.screenshot({ path: `${SHOTS}failed.png`, fullPage: true }).catch(() => {});
});

afterAll(async () => {
  await e2e?.stop();
  expect(e2e?.pageErrors ?? []).toEqual([]);
  expect(e2e?.serverErrors ?? []).toEqual([]);
  expect(e2e?.a11yViolations ?? []).toEqual([]);
});

describe("the Growth tab's list, insights and the parents' heights", () => {
  it("shows a preterm baby's corrected age in the summary and her postmenstrual age on a NICU measurement", async () => {
    await page.goto(growthTab(liaId));
    await rows().nth(1).waitFor();
    const summary = await page.getByRole("definition").first().textContent();
    expect(summary).toMatch(/^\d months \(8 weeks corrected\)$/);
    const [later = "", nicu = ""] = await rows().allTextContents();
    expect(nicu).toContain("2 weeks (33 + 6 weeks postmenstrual)");
    // Before the due date her percentiles come from INTERGROWTH-21st, named once for the row.
    expect(nicu).toMatch(/INTERGROWTH-21st\s*Weight: \d+(\.\d)?\w\w percentile · Length: .* · Head: /);
    // Weight-for-length and BMI have no chart before the due date; computed, not typed, they are left out.
    expect(nicu).not.toContain("No percentile");
    expect(nicu).not.toContain("before the due date");
    expect(later).toMatch(/\d+ (weeks|months?) \(2 weeks corrected\)/);
    // 17 days corrected is still INTERGROWTH-21st's (to 64 weeks postmenstrual); weight-for-length and BMI are WHO's.
    expect(later).toMatch(/INTERGROWTH-21st\s*Weight: /);
    expect(later).toMatch(/WHO\s*Weight for length: /);
    expect(later.match(/WHO/g)).toHaveLength(1);
  });

  it("edits a measurement from the list with the keyboard", async () => {
    await page.goto(growthTab(liaId));
    await rows().nth(1).waitFor();
    const edit = rows()
      .nth(0)
      .getByRole("link", { name: /^Edit the measurement of / });
    await edit.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Edit measurement" }).waitFor();
    const weight = page.getByLabel("Weight (kg)");
    expect(await weight.inputValue()).toBe("3.6");
    expect(await page.getByLabel("Head circumference (cm)").inputValue()).toBe("35.5");
    await page.getByRole("group", { name: "Labels" }).getByText("after the fever").waitFor();
    await shotBoth("edit-form");
    await weight.focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("3.75");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Lia" }).waitFor();
    await notice("Measurement saved").waitFor();
    await expect.poll(async () => (await rows().first().textContent()) ?? "").toContain("3.75 kg · 51 cm lying");
    // The edit kept the labels it did not show a box for.
    expect(await rows().first().textContent()).toContain("Labels:clinicafter the fever");
    const saved = (await (await apiAs(e2e, page)).measurements.list.query({ babyId: liaId })).items[0];
    expect(saved).toMatchObject({ weightKg: 3.75, labels: ["clinic", "after the fever"] });
  });

  it("says so when someone else changed the measurement meanwhile, and loads theirs", async () => {
    await rows()
      .first()
      .getByRole("link", { name: /^Edit the measurement of / })
      .click();
    await page.getByRole("heading", { name: "Edit measurement" }).waitFor();
    const api = await apiAs(e2e, page);
    const { items } = await api.measurements.list.query({ babyId: liaId });
    const newest = items[0];
    if (!newest) throw new Error("no measurement");
    await api.measurements.update.mutate({
      babyId: liaId,
      measurementId: newest.measurementId,
      version: newest.version,
      measuredOn: newest.measuredOn,
      weightKg: 3.8,
      lengthCm: 51,
      lengthMethod: "lying",
      headCircumferenceCm: 35.5,
      labels: newest.labels,
    });
    await page.getByLabel("Notes (optional)").fill("after the bath");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.locator("#main").getByText("This measurement was changed by someone else").waitFor();
    await page.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => page.getByLabel("Weight (kg)").inputValue()).toBe("3.8");
    expect(await page.getByLabel("Notes (optional)").inputValue()).toBe("");
    // Nothing was overwritten.
    expect((await api.measurements.list.query({ babyId: liaId })).items[0]?.weightKg).toBe(3.8);
  });

  it("deletes a measurement by touch and brings it back with Undo", async () => {
    const context: BrowserContext = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      locale: "en-US",
      timezoneId: "UTC",
      storageState: await page.context().storageState(),
    });
    await e2e.watch(context);
    const phone = await context.newPage();
    await phone.goto(growthTab(liaId));
    await rows(phone).nth(1).waitFor();
    const remove = rows(phone)
      .nth(1)
      .getByRole("button", { name: /^Delete the measurement of / });
    const box = await remove.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
    await remove.tap();
    await expect.poll(() => rows(phone).count()).toBe(1);
    await notice("Measurement deleted", phone).getByRole("button", { name: "Undo" }).tap();
    await notice("Measurement restored", phone).waitFor();
    await expect.poll(() => rows(phone).count()).toBe(2);
    expect(await rows(phone).nth(1).textContent()).toContain("1.9 kg · 43 cm lying · head 30.5 cm");
    await context.close();
  });

  it("shows a flag card, with its numbers and source, for a newborn 12 % below his birth weight on day 4", async () => {
    await page.goto(growthTab(maxId));
    await cards().first().waitFor();
    expect(await cards().count()).toBe(1);
    const card = (await cards().first().textContent()) ?? "";
    expect(card).toContain("Worth asking your clinician about");
    expect(card).toContain("Weight 12% below birth weight");
    expect(card).toContain("day 4, the weight was 3.08 kg: 12% below the birth weight of 3.5 kg");
    expect(card).toContain("Source: AAP and Academy of Breastfeeding Medicine");
    expect(card).not.toMatch(/diagnos|disease|failure/i);
    const insights = (await page.getByRole("region", { name: "About this growth" }).textContent()) ?? "";
    expect(insights).toMatch(
      /Born at 39 \+ 0 weeks weighing 3\.5 kg: appropriate for gestational age \(\d+\w\w percentile, INTERGROWTH-21st\)/,
    );
    expect(insights).toContain("Add both biological parents' heights");
  });

  it("saves the parents' heights in the baby's form and shows the target height", async () => {
    await page.goto(`${e2e.web}/babies/${maxId}/edit`);
    const mother = page.getByLabel("Biological mother's height (cm)");
    await mother.waitFor();
    await mother.fill("16.5");
    await page.getByLabel("Biological father's height (cm)").fill("180");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("A parent's height must be between 100 and 250 cm").waitFor();
    await mother.fill("165");
    await shotBoth("baby-form");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`${e2e.web}/babies/${maxId}`);
    await page.goto(growthTab(maxId));
    const target = page.getByRole("region", { name: "About this growth" }).getByText("From the parents' heights");
    await target.waitFor();
    // A boy: (165 + 180 + 13) / 2 = 179 cm, ± 8.5 cm.
    expect(await target.textContent()).toContain("about 179 cm as an adult");
    await rows().nth(2).waitFor();
    await shotBoth("growth-tab-flag");
    const saved = await (await apiAs(e2e, page)).babies.get.query({ babyId: maxId });
    expect([saved.motherHeightCm, saved.fatherHeightCm]).toEqual([165, 180]);

    // Emptied, a height is cleared.
    await page.goto(`${e2e.web}/babies/${maxId}/edit`);
    await mother.fill("");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(`${e2e.web}/babies/${maxId}`);
    const cleared = await (await apiAs(e2e, page)).babies.get.query({ babyId: maxId });
    expect([cleared.motherHeightCm, cleared.fatherHeightCm]).toEqual([undefined, 180]);
  });

  it("a viewer reads the list without Edit or Delete", async () => {
    const { token } = await (await apiAs(e2e, page)).caregivers.invite.mutate({
      babyId: liaId,
      role: "viewer",
      validForHours: 1,
    });
    const { page: viewer, context } = await e2e.phone();
    await viewer.goto(`${e2e.web}/invite/${token}`);
    await signUp(e2e, viewer, "measurements-viewer@example.com", "Grandma");
    await viewer.getByRole("heading", { name: "Lia" }).waitFor();
    await viewer.goto(growthTab(liaId));
    await rows(viewer).nth(1).waitFor();
    const edits = rows(viewer).getByRole("link", { name: /^Edit the measurement/ });
    const deletes = rows(viewer).getByRole("button", { name: /^Delete the measurement/ });
    expect([await edits.count(), await deletes.count()]).toEqual([0, 0]);
    await context.close();
  });

  it("the preterm baby's Growth tab, for the screenshots", async () => {
    await page.goto(growthTab(liaId));
    await rows().nth(1).waitFor();
    await page.getByRole("region", { name: "About this growth" }).waitFor();
    await shotBoth("growth-tab-preterm");
  });
});
