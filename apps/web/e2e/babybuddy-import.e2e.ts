// Importing Baby Buddy's export end to end: Baby Buddy's own import-test CSVs picked with the file input, read in the
// browser, the units, zone and temperature method confirmed, the preview's counts and the rows not imported, the
// child mapped to a new baby, the import run and its result; History shows an imported entry with its label; the same
// files again report everything already there; over the import budget the refusal says so and what was done.
// Screenshots at 390 px, light and dark, of each step.
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiAs, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

const FIXTURES = join(dirname(fileURLToPath(import.meta.resolve("@upnest/transfer"))), "babybuddy", "fixtures");
const CSVS = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".csv"))
  .map((f) => join(FIXTURES, f));
/**
 * The import budget of this stack: the first import (240 entries) fits, a second baby's runs out after one batch. A
 * day's window (UTC days), so the test does not straddle two windows, as it might an hour's.
 */
const BUDGET = { limit: 300, windowSeconds: 86_400 };

let e2e: E2E;
let page: Page;
let emilyId = "";
const scripts: string[] = [];

/** Light and dark screenshots of the page as it is, with axe on each. */
async function shots(name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await e2e.shot(page, `imports/${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** Steps 1 and 2 with Baby Buddy's example files: pounds, inches, °F, millilitres, New York, under the arm. */
async function chooseFilesAndUnits(withShots = false) {
  await page.goto(`${e2e.web}/settings/import/baby-buddy`);
  await page.getByRole("heading", { name: "Import from Baby Buddy" }).waitFor();
  await page.getByLabel("Baby Buddy's export files").setInputFiles(CSVS);
  await page.getByText(`${CSVS.length} files read.`).waitFor();
  if (withShots) await shots("01-files");
  await page.getByRole("button", { name: "Next: units and time zone" }).click();
  await page.getByRole("radio", { name: "Pounds (lb)" }).check();
  await page.getByRole("radio", { name: "Inches (in)" }).check();
  await page.getByRole("radio", { name: "°F" }).check();
  await page.getByRole("radio", { name: "Millilitres (ml)" }).check();
  await page.getByLabel("Baby Buddy's time zone").selectOption("America/New_York");
  await page.getByRole("radio", { name: "armpit" }).check();
  if (withShots) await shots("02-units");
  await page.getByRole("button", { name: "Next: check what will be imported" }).click();
}

const emily = () => page.getByRole("region", { name: "Emily Huerta" });
const progress = () => page.getByRole("region", { name: "Import progress" });

beforeAll(async () => {
  mkdirSync(`${WEB_DIR}screenshots/imports`, { recursive: true });
  e2e = await startE2E({ limits: { importRecords: BUDGET } });
  page = (await e2e.phone()).page;
  page.setDefaultTimeout(30_000);
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  // Another family shares their baby with this parent as a viewer: it must not be offered as a target.
  const other = (await e2e.phone()).page;
  await other.goto(e2e.web);
  await signUp(e2e, other, "bb-other@example.com", "Ola");
  const theirs = await apiAs(e2e, other);
  const { babyId: noahId } = await theirs.babies.create.mutate({
    name: "Noah",
    dateOfBirth: "2024-03-01",
    sex: "male",
  });
  const { token } = await theirs.caregivers.invite.mutate({ babyId: noahId, role: "viewer" });
  await page.goto(e2e.web);
  await signUp(e2e, page, "bb-parent@example.com", "Rosa Huerta");
  await (await apiAs(e2e, page)).caregivers.accept.mutate({ token });
});

afterEach(async ({ task }) => {
  if (task.result?.state === "fail")
    await page?.screenshot({ path: `${WEB_DIR}screenshots/imports-failed.png`, fullPage: true }).catch(() => {});
});
afterAll(async () => {
  await e2e?.stop();
});

describe("a parent moving from Baby Buddy", () => {
  it("finds the import on the account page; its code loads only there", async () => {
    await page.goto(`${e2e.web}/account`);
    await page.getByRole("heading", { name: "Import from another app" }).waitFor();
    expect(scripts.filter((s) => s.includes("imports-route"))).toEqual([]);
    await page.getByRole("link", { name: "Import from Baby Buddy" }).scrollIntoViewIfNeeded();
    await shots("00-account");
    await page.getByRole("link", { name: "Import from Baby Buddy" }).click();
    await page.getByRole("heading", { name: "Import from Baby Buddy" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/settings/import/baby-buddy");
    expect(scripts.filter((s) => s.includes("imports-route"))).toHaveLength(1);
  });

  it("sees per kind what Baby Buddy's files hold, and each row that will not be imported with its reason", async () => {
    await chooseFilesAndUnits(true);
    await emily().waitFor();
    await emily().getByText("Born 17 Jan 2020 · 240 entries").waitFor();
    const counts = await emily().getByRole("row").allTextContents();
    expect(counts).toEqual([
      "Feedings28",
      "Sleep39",
      "Diapers75",
      "Pumping23",
      "Tummy time36",
      "Notes1",
      "Temperatures23",
      "Measurements15",
    ]);
    // The viewer-only baby is not offered; a new baby named from child.csv is the default.
    const target = emily().getByLabel("Import into");
    expect(await target.locator("option").allTextContents()).toEqual(["A new baby"]);
    expect(await emily().getByLabel("First name").inputValue()).toBe("Emily");
    expect(await emily().getByLabel("Date of birth").inputValue()).toBe("2020-01-17");
    await page.getByText("17 rows will not be imported").click();
    await page
      .getByText("feeding.csv, line 9: A bottle feed without an amount: UpNest records how much was fed")
      .waitFor();
    await page
      .getByText("bmi.csv, line 2: UpNest works BMI out from weight and length, so a BMI on its own is not imported")
      .waitFor();
    await shots("03-preview");
  });

  it("is asked the baby's sex, then imports every entry with a progress bar", async () => {
    await page.getByRole("button", { name: "Import 240 entries" }).click();
    await emily().getByText("Sex must be female or male").waitFor();
    await emily().getByRole("radio", { name: "Female" }).check();
    await page.getByRole("button", { name: "Import 240 entries" }).click();
    await progress().getByText("Imported 240 entries (0 were already here).").waitFor();
    expect(await progress().getByRole("progressbar").count()).toBe(0);
    await shots("04-done");
    await progress().getByRole("link", { name: "Open Emily" }).click();
    await page.getByRole("heading", { name: "Emily" }).waitFor();
    emilyId = new URL(page.url()).pathname.split("/")[2] ?? "";
    expect(emilyId).toMatch(/^[0-9A-Z]{26}$/);
  });

  it("finds an imported entry with its Baby Buddy tags as labels in History", async () => {
    await page.goto(`${e2e.web}/babies/${emilyId}/history`);
    await page.getByText("you, everybody, military, surface").first().waitFor();
    await shots("05-history");
  });

  it("imports the same files again into the same baby, chosen by name and birth date: everything is already there", async () => {
    await chooseFilesAndUnits();
    expect(await emily().getByLabel("Import into").inputValue()).toBe(emilyId);
    await page.getByRole("button", { name: "Import 240 entries" }).click();
    await progress().getByText("Imported 0 entries (240 were already here).").waitFor();
    await shots("06-again");
  });

  it("over the import budget, is told so and how far it got; continuing adds no second baby", async () => {
    await chooseFilesAndUnits();
    await emily().getByLabel("Import into").selectOption({ label: "A new baby" });
    await emily().getByRole("radio", { name: "Female" }).check();
    await page.getByRole("button", { name: "Import 240 entries" }).click();
    await progress()
      .getByText("Stopped after 49 of 240 entries. What was imported stays; continuing skips it.")
      .waitFor();
    await progress()
      .getByRole("alert")
      .getByText(/^You have imported as many entries as you can for now \(at most 300 in 1440 minutes\)/)
      .waitFor();
    await shots("07-budget");
    await progress().getByRole("button", { name: "Continue the import" }).click();
    await progress().getByRole("button", { name: "Continue the import" }).waitFor();
    const babies = await (await apiAs(e2e, page)).babies.list.query({ limit: 100 });
    expect(babies.items.map((b) => b.name).sort()).toEqual(["Emily", "Emily", "Noah"]);
  });

  it("nothing failed unexpectedly in the page or on the server", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
