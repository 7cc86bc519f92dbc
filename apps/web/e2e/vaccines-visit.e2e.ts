// The vaccines page for a baby born at 33 weeks who weighed 1.9 kg (the measurement on the date of birth): the next
// visit is the first thing on the page, no vaccine group says something false at 10 weeks (influenza, RSV), the
// birth HepB dose does not count and says why, and the 2-month visit is recorded in one form with several vaccines
// ticked. The page needs one data request; the product picker finds vaccines by common name and US brand; the
// child's conditions and the mother's RSV vaccine are chosen on the same page. Screenshots at 390 px, light and dark.
import { mkdirSync } from "node:fs";
import { formatDate } from "@upnest/i18n";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

const SHOTS = `${WEB_DIR}screenshots/vaccines`;
// The baby is 10 weeks old on the day the suite runs, on the server's real clock. The RSV words below (antibody
// "Due" in the first season) hold from October to March, CDSi's RSV season; a run outside it sees the season's
// other words and these expectations must follow the season.
const BORN = daysAgo(70);
/** A calendar date some months after birth, as the schedule counts them. */
const monthsAfterBirth = (months: number) => {
  const d = new Date(`${BORN}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

let e2e: E2E;
let page: Page;
let babyId: string;
let api: Awaited<ReturnType<typeof apiAs>>;

/** The page's top, or all of it, in the light and the dark theme, with axe on each. */
async function shotBoth(name: string, fullPage = false) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage, animations: "disabled" });
    await e2e.axe(page, `vaccines ${name} ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

const nextVisit = () => page.getByRole("region", { name: /^Next visit: / });
const groupCard = (name: string) => page.getByRole("listitem", { name, exact: true });

/** The tRPC procedures each request to the API names, from the moment this is called. */
function recordRequests() {
  const requests: string[][] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const at = url.pathname.indexOf("/trpc/");
    if (at >= 0) requests.push(decodeURIComponent(url.pathname.slice(at + 6)).split(","));
  });
  return requests;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  ({ page } = await e2e.phone());
  await page.goto(e2e.web);
  await signUp(e2e, page, "vaccines-visit@example.com");
  api = await apiAs(e2e, page);
  ({ babyId } = await api.babies.create.mutate({
    name: "Mia",
    dateOfBirth: BORN,
    sex: "female",
    gestationalAgeWeeks: 33,
  }));
  await api.measurements.add.mutate({ babyId, measuredOn: BORN, weightKg: 1.9 });
  // The birth dose (which cannot count under 2,000 g) and a HepB dose at 1 month, from the vaccination card.
  await api.vaccinations.add.mutate({ babyId, dateGiven: BORN, cvx: "08", clinic: "Maternity ward" });
  await api.vaccinations.add.mutate({ babyId, dateGiven: monthsAfterBirth(1), cvx: "08" });
});

afterAll(async () => {
  await e2e?.stop();
});

describe("the vaccines page of a 10-week-old born at 33 weeks and 1.9 kg", () => {
  it("asks the API once for the page's data, and shows the next visit first", async () => {
    const requests = recordRequests();
    await page.goto(`${e2e.web}/babies/${babyId}/vaccinations`);
    await nextVisit().waitFor();
    const vaccinationCalls = requests.flat().filter((p) => p.startsWith("vaccinations."));
    expect(vaccinationCalls).toEqual(["vaccinations.overview"]);
    expect(requests.filter((r) => r.some((p) => p.startsWith("vaccinations.")))).toHaveLength(1);
    // The 2-month vaccines are due now, with RSV's antibody and the HepB dose that replaces the birth one.
    expect(await nextVisit().getByRole("heading").textContent()).toBe(
      "Next visit: now — DTaP, polio, Hib, PCV, HepB, rotavirus, RSV",
    );
    // The first thing in the page's main content is the next visit.
    const firstHeading = page.getByRole("main").getByRole("heading", { level: 2 }).first();
    expect(await firstHeading.textContent()).toMatch(/^Next visit: /);
    await shotBoth("01-top");
  });

  it("says nothing false: influenza from 6 months each season, RSV in the first season, no 'no longer given'", async () => {
    // Each group's card is under the visits, collapsed.
    await page
      .locator("summary")
      .filter({ hasText: /^Each vaccine still to give/ })
      .click();
    const flu = groupCard("Influenza");
    expect(await flu.textContent()).toContain("Upcoming");
    expect(await flu.textContent()).toContain("from 6 months of age");
    const rsv = groupCard("RSV");
    expect(await rsv.textContent()).toContain("Due");
    expect(await rsv.textContent()).toContain("for babies under 8 months in their first RSV season");
    expect(await page.getByText("No longer given").count()).toBe(0);
    expect(await page.getByText(/past the age/i).count()).toBe(0);
    // Travel and adult vaccines are not listed as if they applied: they are under "Other vaccines", collapsed.
    const groups = page.getByRole("list", { name: "Vaccine groups" });
    for (const name of ["Yellow Fever", "Zoster", "Rabies"]) expect(await groups.getByText(name).count(), name).toBe(0);
    await page
      .locator("summary")
      .filter({ hasText: /^Each vaccine still to give/ })
      .click();
    const other = page.locator("details").filter({ hasText: /^Other vaccines/ });
    expect(await other.getByRole("listitem", { name: "Yellow Fever" }).isVisible()).toBe(false);
    await other.locator("summary").click();
    const yellowFever = page.getByRole("list", { name: "For travel" }).getByRole("listitem", { name: "Yellow Fever" });
    expect(await yellowFever.textContent()).toContain("Not needed");
    expect(await yellowFever.textContent()).toContain(
      "Only for children with certain health conditions or travel plans",
    );
    const zoster = page.getByRole("list", { name: "For adults" }).getByRole("listitem", { name: "Zoster" });
    expect(await zoster.textContent()).toContain("A vaccine for adults");
    await other.scrollIntoViewIfNeeded();
    await shotBoth("02-other-vaccines-open", true);
    await other.locator("summary").click();
  });

  it("marks the birth HepB dose as not counting, with the reason", async () => {
    const doses = page.getByRole("list", { name: "Doses" }).getByRole("listitem");
    const birth = doses.filter({ hasText: "Maternity ward" });
    expect(await birth.textContent()).toContain("Does not count");
    expect(await birth.textContent()).toContain(
      "does not count. It was given before 1 month of age to a baby who weighed under 2,000 g at birth",
    );
    const oneMonth = doses.filter({ hasText: formatDate(monthsAfterBirth(1), "en") });
    expect(await oneMonth.textContent()).toContain("Counts");
  });

  it("finds vaccines in the picker by common name and US brand", async () => {
    await page.getByRole("button", { name: "Record a visit" }).click();
    const search = page.getByLabel("Another vaccine");
    // Nothing typed: only what a 10-week-old in the US is given (no BCG, no travel vaccine).
    await search.focus();
    const options = page.getByRole("listbox", { name: "Vaccines" }).getByRole("option");
    await options.first().waitFor();
    const offered = await options.allTextContents();
    expect(offered.some((o) => o.startsWith("BCG"))).toBe(false);
    expect(offered.some((o) => /Yellow|YF-Vax|Typhim/.test(o))).toBe(false);
    for (const [typed, brand] of [
      ["HepB", "Engerix-B (pediatric)"],
      ["Engerix-B", "Engerix-B (pediatric)"],
      ["Pentacel", "Pentacel"],
      ["Vaxelis", "Vaxelis"],
      ["RotaTeq", "RotaTeq"],
      ["Prevnar 20", "Prevnar 20"],
    ] as const) {
      await search.fill(typed);
      await options.first().waitFor();
      expect((await options.first().textContent())?.startsWith(brand), `${typed}: ${brand}`).toBe(true);
    }
    // A combination vaccine says every antigen it counts for.
    await search.fill("Vaxelis");
    expect(await options.first().textContent()).toContain(
      "counts for Diphtheria, Tetanus, Pertussis, Polio, Hib, HepB",
    );
    await search.fill("");
    await page.keyboard.press("Escape");
  });

  it("records the 2-month visit in one form: the date and clinic once, several vaccines ticked", async () => {
    const form = page.getByRole("form", { name: "Record a visit" });
    await form.getByRole("button", { name: "Save visit" }).click();
    await form.getByText("Choose at least one vaccine").waitFor();
    await form.getByLabel("Date given").fill(monthsAfterBirth(2));
    await form.getByLabel("Clinic (optional)").fill("Riverside clinic");
    // One suggestion per vaccine group of the visit; all seven were given.
    const ticks = form.getByRole("checkbox");
    expect(await ticks.count()).toBe(7);
    for (const tick of await ticks.all()) await tick.check();
    await form.getByLabel("Lot number of Infanrix (optional)").fill("AB123");
    await shotBoth("03-visit-form", true);
    const saves = recordRequests();
    await form.getByRole("button", { name: "Save visit" }).click();
    await page.getByRole("button", { name: "Record a visit" }).waitFor();
    expect(saves.flat().filter((p) => p === "vaccinations.addVisit")).toHaveLength(1);

    // The next visit moves to 4 months: DTaP, Hib, PCV, polio and rotavirus on one date.
    await expect
      .poll(() => nextVisit().getByRole("heading").textContent())
      .toBe(`Next visit: ${formatDate(monthsAfterBirth(4), "en")} — DTaP, polio, Hib, PCV, rotavirus`);
    const doses = page.getByRole("list", { name: "Doses" }).getByRole("listitem");
    expect(await doses.filter({ hasText: "Riverside clinic" }).count()).toBe(7);
    expect(await doses.filter({ hasText: "Lot AB123" }).count()).toBe(1);
    expect((await api.vaccinations.list.query({ babyId, limit: 100 })).items).toHaveLength(9);
    // RSV is done for the season; influenza still comes from 6 months.
    expect(await page.getByText("No longer given").count()).toBe(0);
    await page
      .locator("summary")
      .filter({ hasText: /^Each vaccine still to give/ })
      .click();
    expect(await groupCard("Influenza").textContent()).toContain("from 6 months of age");
  });

  it("chooses a condition from CDC's list in plain words, and the mother's RSV vaccine", async () => {
    const health = page.getByRole("region", { name: "Health details that change the schedule" });
    await health.getByRole("button", { name: "Change health details" }).click();
    await health.getByLabel("Add a condition").fill("spleen work");
    await health
      .getByRole("list", { name: "Matching conditions" })
      .getByRole("button", { name: "No spleen, or a spleen that does not work (asplenia)" })
      .click();
    await health.getByLabel("Not given").check();
    await health.scrollIntoViewIfNeeded();
    await shotBoth("04-conditions", true);
    await health.getByRole("button", { name: "Save health details" }).click();
    await health.getByRole("button", { name: "Change health details" }).waitFor();
    await health.getByText("No spleen, or a spleen that does not work (asplenia)").waitFor();
    await health.getByText("Not given").waitFor();
    const baby = await api.babies.get.query({ babyId });
    expect(baby.conditions).toEqual([{ code: "160" }]);
    expect(baby.maternalRsvVaccine).toEqual({ status: "not-given" });

    // Cleared again: removed and saved.
    await health.getByRole("button", { name: "Change health details" }).click();
    await health.getByRole("button", { name: "Remove No spleen, or a spleen that does not work (asplenia)" }).click();
    await health.getByRole("button", { name: "Save health details" }).click();
    await health.getByRole("button", { name: "Change health details" }).waitFor();
    await health.getByText("None recorded.").waitFor();
    expect((await api.babies.get.query({ babyId })).conditions).toBeUndefined();
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
