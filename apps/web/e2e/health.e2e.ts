// The health log end to end on a phone: a course of medicine every 6 hours is added in its form; "Give dose"
// records one and the card says the next dose is allowed 6 hours later on the family's clock; a second dose right
// away is warned about first, Cancel records nothing and "Give it anyway" records it, marked early; a temperature
// typed in °F by a parent whose profile reads imperial is stored in °C; a viewer sees it all and no buttons.
// Screenshots at 390 px, light and dark, of the Health tab and its forms, with axe on each.

import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

let e2e: E2E;
let parent: Page;
let grandma: Page;
let babyId = "";

/** The family's zone: a fixed-offset zone where it is about 08:00 now, so 6 hours later is the same day. */
const utcHour = new Date().getUTCHours();
const nearest = ((utcHour - 8 + 36) % 24) - 12;
const offset = nearest === 0 ? 1 : nearest;
const ZONE = `Etc/GMT${offset > 0 ? "+" : ""}${offset}`;
/** An instant as the family's clock shows it ("14:30"). */
const clock = (instant: number) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    instant,
  );

const api = () => apiAs(e2e, parent);
const course = (on: Page = parent) => on.getByRole("article", { name: "Amoxicillin" });
const notice = (text: string, on: Page = parent) =>
  on.getByRole("status").locator(":scope > div").filter({ hasText: text });
async function told(text: string, on: Page = parent) {
  const shown = notice(text, on);
  await shown.waitFor();
  await shown.getByRole("button", { name: "Dismiss" }).click();
}
const doses = async () => (await (await api()).medicineDoses.list.query({ babyId, limit: 100 })).items;

async function shotBoth(name: string, { on = parent, fullPage = true }: { on?: Page; fullPage?: boolean } = {}) {
  for (const scheme of ["light", "dark"] as const) {
    await on.emulateMedia({ colorScheme: scheme });
    await on.screenshot({
      path: `${WEB_DIR}screenshots/health/${name}-${scheme}.png`,
      fullPage,
      animations: "disabled",
    });
    await e2e.axe(on, `health ${name} ${scheme}`);
  }
  await on.emulateMedia({ colorScheme: "light" });
}

beforeAll(async () => {
  mkdirSync(`${WEB_DIR}screenshots/health`, { recursive: true });
  e2e = await startE2E();
  parent = (await e2e.phone()).page;
  grandma = (await e2e.phone()).page;
  await parent.goto(e2e.web);
  await signUp(e2e, parent, "health-parent@example.com", "Ana");
  ({ babyId } = await (await api()).babies.create.mutate({
    name: "Mia",
    dateOfBirth: daysAgo(130),
    sex: "female",
    timeZone: ZONE,
  }));
  const { token } = await (await api()).caregivers.invite.mutate({ babyId, role: "viewer", validForHours: 48 });
  await grandma.goto(`${e2e.web}/invite/${token}`);
  await signUp(e2e, grandma, "health-grandma@example.com", "Rosa");
});

afterAll(async () => {
  await e2e?.stop();
});

describe("the health log", () => {
  it("the Health tab comes after Vaccines, with the next check-up and nothing recorded yet", async () => {
    await parent.goto(`${e2e.web}/babies/${babyId}`);
    const sections = parent.getByRole("navigation", { name: "Baby sections" });
    await sections.getByRole("link", { name: "Health" }).waitFor();
    const tabs = await sections.getByRole("link").allTextContents();
    expect(tabs.indexOf("Health")).toBe(tabs.indexOf("Vaccines") + 1);
    await sections.getByRole("link", { name: "Health" }).click();
    await parent.waitForURL(`${e2e.web}/babies/${babyId}/health`);
    expect(await parent.title()).toBe("Health · Mia · UpNest");
    await parent.getByText("No courses of medicine").waitFor();
    // 130 days old: the 4-month check-up is next (its window is open), with the vaccines usually given then.
    await parent.getByText(/^Next check-up: 4 months, (around|due since) \d+ \w+ \d{4}$/).waitFor();
    await parent.getByText(/^Vaccines usually given then: .*DTaP/).waitFor();
    await parent.getByRole("link", { name: "Report for the paediatrician" }).waitFor();
  });

  it("a course every 6 hours: a dose now, and the next allowed 6 hours later on the family's clock", async () => {
    await parent.getByRole("button", { name: "Add a course" }).click();
    const form = parent.getByRole("dialog", { name: "Add a course of medicine" });
    await form.getByLabel("Medicine").fill("Amoxicillin");
    await form.getByLabel("Amount").fill("5");
    await form.getByLabel("Unit").selectOption("ml");
    await form.getByLabel("Every how many hours").fill("6");
    await form.getByLabel("For how many days").fill("5");
    await shotBoth("course-form", { fullPage: false });
    await form.getByRole("button", { name: "Save" }).click();
    await told("Saved");
    await course().getByText("5 ml · every 6 h · day 1 of 5").waitFor();
    await course().getByText("No dose given yet").waitFor();

    await course().getByRole("button", { name: "Give dose" }).click();
    await told("Dose of Amoxicillin recorded");
    const [first] = await doses();
    expect(first).toMatchObject({ name: "Amoxicillin", amount: 5, unit: "ml", timeZone: ZONE });
    await course()
      .getByText(`Next dose allowed at ${clock(Date.parse(first?.givenAt ?? "") + 6 * 3600_000)}`)
      .waitFor();
    await course().getByText("1 of 20 doses given").waitFor();
    await shotBoth("course");
  });

  it("a second dose right away is warned about: Cancel records nothing, confirming records it marked early", async () => {
    const [first] = await doses();
    const allowed = clock(Date.parse(first?.givenAt ?? "") + 6 * 3600_000);
    await course().getByRole("button", { name: "Give dose" }).click();
    const warning = parent.getByRole("alertdialog", { name: "Early dose" });
    await warning
      .getByText(
        new RegExp(
          `^The course you entered allows the next dose at ${allowed} \\(in (6 h|5 h 59 min)\\)\\. Give it now anyway\\?$`,
        ),
      )
      .waitFor();
    await shotBoth("early-warning", { fullPage: false });
    await warning.getByRole("button", { name: "Cancel" }).click();
    await told("Nothing was recorded");
    expect(await doses()).toHaveLength(1);

    await course().getByRole("button", { name: "Give dose" }).click();
    await parent
      .getByRole("alertdialog", { name: "Early dose" })
      .getByRole("button", { name: "Give it anyway" })
      .click();
    await told("Dose of Amoxicillin recorded");
    expect(await doses()).toHaveLength(2);
    const recent = course().getByRole("list", { name: "Recent doses" });
    await recent.getByText(/^Early by (6 h|5 h 59 min)$/).waitFor();
    expect(await recent.getByText(/^Early by/).count()).toBe(1);
    await course().getByText("2 of 20 doses given").waitFor();
  });

  it("a temperature typed in °F for an imperial profile is stored in °C", async () => {
    const me = await (await api()).users.me.query();
    await (await api()).users.updateProfile.mutate({ version: me.version, units: "imperial" });
    await parent.reload();
    await parent.getByRole("button", { name: "Add a temperature" }).click();
    const form = parent.getByRole("dialog", { name: "Add a temperature" });
    await form.getByLabel("Temperature (°F)").fill("101.3");
    await form.getByLabel("rectal").check();
    await shotBoth("temperature-form", { fullPage: false });
    await form.getByRole("button", { name: "Save" }).click();
    await told("Saved");
    await parent.getByRole("list", { name: "Temperature" }).getByText("101.3 °F").waitFor();
    const [stored] = (await (await api()).temperatures.list.query({ babyId, limit: 10 })).items;
    expect(stored).toMatchObject({ celsius: 38.5, method: "rectal" });
  });

  it("an allergy from the suggestions, an illness still going on and a check-up visit", async () => {
    await parent.getByRole("button", { name: "Add an allergy" }).click();
    const allergy = parent.getByRole("dialog", { name: "Add an allergy" });
    await allergy.getByLabel("Allergen").fill("peanut");
    await allergy.getByLabel("Reaction").fill("Hives around the mouth");
    await allergy.getByLabel("moderate").check();
    await allergy.getByRole("button", { name: "Save" }).click();
    await told("Saved");
    await parent.getByRole("list", { name: "Allergies" }).getByText("Hives around the mouth").waitFor();

    await parent.getByRole("button", { name: "Add an illness" }).click();
    const illness = parent.getByRole("dialog", { name: "Add an illness" });
    await illness.getByLabel("Illness").fill("Ear infection");
    await illness.getByLabel("Symptoms").fill("fever, pulling at the ear");
    await illness.getByRole("button", { name: "Save" }).click();
    await told("Saved");
    await parent
      .getByRole("list", { name: "Illnesses" })
      .getByText(/^Since .* · fever, pulling at the ear$/)
      .waitFor();

    await parent.getByRole("button", { name: "Add a visit" }).click();
    const visit = parent.getByRole("dialog", { name: "Add a visit" });
    await visit.getByLabel("Clinician").fill("Dr Rivera");
    await visit.getByLabel("Reason").fill("Ear check");
    await shotBoth("visit-form", { fullPage: false });
    await visit.getByRole("button", { name: "Save" }).click();
    await told("Saved");
    await parent.getByRole("list", { name: "Visits" }).getByText("Ear check").waitFor();
    await shotBoth("page");
  });

  it("a record opens its form, deletes, and comes back with Undo", async () => {
    await parent
      .getByRole("list", { name: "Visits" })
      .getByRole("button", { name: /Ear check/ })
      .click();
    const form = parent.getByRole("dialog", { name: "Edit the visit" });
    await form.getByRole("button", { name: "Delete" }).click();
    await parent.getByRole("list", { name: "Visits" }).waitFor({ state: "detached" });
    await notice("Deleted").getByRole("button", { name: "Undo" }).click();
    await told("Restored");
    await parent.getByRole("list", { name: "Visits" }).getByText("Ear check").waitFor();
  });

  it("an imported temperature's labels show on its row and stay when its notes are edited", async () => {
    const { temperatureId } = await (await api()).temperatures.add.mutate({
      babyId,
      takenAt: new Date(Date.now() - 3600_000).toISOString(),
      timeZone: ZONE,
      celsius: 37.9,
      method: "ear",
      labels: ["teething", "night"],
    });
    await parent.reload();
    const row = parent.getByRole("list", { name: "Temperature" }).getByRole("button", { name: /100\.2 °F/ });
    expect(await row.textContent()).toContain("Labels:teethingnight");
    await row.scrollIntoViewIfNeeded();
    await shotBoth("labels", { fullPage: false });
    await row.click();
    const form = parent.getByRole("dialog", { name: "Edit the temperature" });
    await form.getByRole("group", { name: "Labels" }).getByText("teething").waitFor();
    await form.getByLabel("Notes").fill("After her bath");
    await shotBoth("labels-form", { fullPage: false });
    await form.getByRole("button", { name: "Save changes" }).click();
    await told("Saved");
    const stored = await (await api()).temperatures.get.query({ babyId, temperatureId });
    expect(stored).toMatchObject({ celsius: 37.9, notes: "After her bath", labels: ["teething", "night"] });
  });

  it("a viewer sees the health log and no buttons to change it", async () => {
    await grandma.goto(`${e2e.web}/babies/${babyId}/health`);
    await course(grandma)
      .getByText(/^Next dose allowed at /)
      .waitFor();
    await grandma.getByText("Hives around the mouth").waitFor();
    expect(await grandma.getByRole("button", { name: "Give dose" }).count()).toBe(0);
    expect(await grandma.getByRole("button", { name: /^Add / }).count()).toBe(0);
    expect(await grandma.getByRole("main").getByRole("button").count()).toBe(0);
    await e2e.axe(grandma, "health viewer");
  });

  it("reads in Spanish for a parent whose profile says so", async () => {
    const me = await (await api()).users.me.query();
    await (await api()).users.updateProfile.mutate({ version: me.version, language: "es" });
    await parent.reload();
    await parent.getByRole("heading", { name: "Medicamentos" }).waitFor();
    await course()
      .getByText(/^Próxima dosis permitida a las \d\d:\d\d$/)
      .waitFor();
    await course()
      .getByText(/^Adelantada (6 h|5 h 59 min)$/)
      .waitFor();
    await parent.getByText("101,3 °F").waitFor();
    await shotBoth("page-es");
  });

  it("nothing failed unexpectedly, and axe found nothing serious", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
