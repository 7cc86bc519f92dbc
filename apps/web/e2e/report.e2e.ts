// The paediatrician's report end to end: a baby born at 34 weeks with measurements, vaccines, a milestone and a
// visit (through the API), then the report page a parent opens: the dates since the last visit, questions kept on
// the phone, and one tap makes the PDF in the browser, which downloads; another downloads the records as a FHIR file.
// Screenshots at 390 px, light and dark.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "@upnest/api";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

let e2e: E2E;
let page: Page;
let api: TRPCClient<AppRouter>;
let babyId = "";
const scripts: string[] = [];
const downloads = mkdtempSync(join(tmpdir(), "upnest-report-"));
const shot = (name: string) => e2e.shot(page, name);

beforeAll(async () => {
  e2e = await startE2E();
  const phone = await e2e.phone();
  page = phone.page;
  page.setDefaultTimeout(30_000);
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(e2e.web);
  await signUp(e2e, page, "report-parent@example.com", "Marta Ruiz");
  api = await apiAs(e2e, page);
  const born = daysAgo(300);
  babyId = (
    await api.babies.create.mutate({
      name: "Lucía",
      dateOfBirth: born,
      sex: "female",
      gestationalAgeWeeks: 34,
      timeZone: "Europe/Madrid",
    })
  ).babyId;
  for (const [age, weightKg, lengthCm] of [
    [60, 3.9, 52],
    [120, 5.4, 58],
    [240, 7.3, 66],
  ] as const)
    await api.measurements.add.mutate({
      babyId,
      measuredOn: daysAgo(300 - age),
      weightKg,
      lengthCm,
      lengthMethod: "lying",
    });
  await api.vaccinations.add.mutate({ babyId, dateGiven: born, cvx: "08" });
  await api.milestones.mark.mutate({
    babyId,
    milestoneId: "m02-social-calms-when-spoken-to",
    achievedOn: daysAgo(200),
  });
  await api.visits.add.mutate({
    babyId,
    visitedOn: daysAgo(150),
    clinician: "Dra. Núñez",
    reason: "Revisión",
    wellChild: true,
  });
});

afterEach(async ({ task }) => {
  if (task.result?.state === "fail")
    await page?.screenshot({ path: `${WEB_DIR}screenshots/report-failed.png`, fullPage: true }).catch(() => {});
});

afterAll(async () => {
  await e2e?.stop();
  rmSync(downloads, { recursive: true, force: true });
});

describe("a parent making the report for the visit", () => {
  it("opens the report page, loaded only then, with the dates since the last visit", async () => {
    await page.goto(`${e2e.web}/babies/${babyId}`);
    await page.getByRole("heading", { name: "Lucía" }).waitFor();
    expect(scripts.filter((s) => s.includes("report-route") || s.includes("/pdf-"))).toEqual([]);
    // The Growth tab leads there.
    await page.goto(`${e2e.web}/babies/${babyId}/measurements`);
    await page.getByRole("link", { name: "Report for the paediatrician" }).click();
    await page.getByRole("heading", { name: "Report for the paediatrician" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/babies/${babyId}/report`);
    expect(scripts.filter((s) => s.includes("report-route"))).toHaveLength(1);
    // The PDF library waits for the tap.
    expect(scripts.filter((s) => s.includes("/pdf-"))).toEqual([]);
    await expect.poll(() => page.getByRole("radio", { name: /Since the last visit/ }).isChecked()).toBe(true);
  });

  it("keeps the questions on the phone", async () => {
    await page
      .getByLabel("Your questions for the visit")
      .fill("¿Duerme lo suficiente?\nWhen can she start cow's milk?");
    await page.reload();
    await page.getByRole("heading", { name: "Report for the paediatrician" }).waitFor();
    await expect
      .poll(() => page.getByLabel("Your questions for the visit").inputValue())
      .toBe("¿Duerme lo suficiente?\nWhen can she start cow's milk?");
    await page.getByRole("radio", { name: "The whole history" }).check();
    await shot("report-01-page-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await shot("report-02-page-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("makes the PDF with one tap: it downloads, starts with %PDF and has the baby and the questions", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Make the PDF" }).click();
    const file = join(downloads, "report.pdf");
    await (await download).saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await page
      .getByRole("status")
      .getByText(/The PDF is ready: Lucia-report-\d{4}-\d{2}-\d{2}\.pdf/)
      .waitFor();
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    const pages = text.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.every((p) => p.includes("Lucía"))).toBe(true);
    expect(text).toContain("Made by Marta Ruiz");
    expect(text).toContain("¿Duerme lo suficiente?");
    expect(text).toContain("Settles when you talk to them or pick them up");
    expect(execFileSync("pdffonts", [file], { encoding: "utf8" })).toMatch(/NotoSans.*yes\s+yes\s+yes/);
    await shot("report-03-made-light");
  });

  it("downloads the same records as a FHIR file for a clinic's system", async () => {
    // What the page hands the browser to save: the file's type (the download event does not carry it).
    await page.evaluate(() => {
      const make = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        document.body.dataset.lastBlobType = blob instanceof Blob ? blob.type : "";
        return make(blob);
      };
    });
    await page.getByText("For a clinic or health portal whose system imports FHIR files").waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download for a clinic's system (FHIR)" }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("Lucia-fhir.json");
    const file = join(downloads, "fhir.json");
    await saved.saveAs(file);
    expect(await page.evaluate(() => document.body.dataset.lastBlobType)).toBe("application/fhir+json");
    const bundle = JSON.parse(readFileSync(file, "utf8")) as {
      resourceType: string;
      type: string;
      entry: { resource: { resourceType: string; name?: { text: string }[]; vaccineCode?: unknown } }[];
    };
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types[0]).toBe("Patient");
    expect(bundle.entry[0]?.resource.name).toEqual([{ use: "usual", text: "Lucía" }]);
    expect(types.filter((t) => t === "Immunization")).toHaveLength(1);
    expect(types.filter((t) => t === "ImmunizationRecommendation")).toHaveLength(1);
    expect(types.filter((t) => t === "Observation").length).toBeGreaterThan(3 * 2);
    await page.getByRole("status").getByText("Downloaded: Lucia-fhir.json").waitFor();
    await shot("report-04-fhir-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await shot("report-05-fhir-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("nothing failed unexpectedly in the page or on the server", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
