// Family health records end to end, at a phone's width: vaccinations, milestones, inviting a caregiver (a
// second browser signs up through the link), roles, history, export and CSV import, switching children.
// The vaccination and milestone screens are saved to screenshots/docs/ for `pnpm docs:refresh`.
import { mkdirSync, readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signIn, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

/** Screens the docs show: `pnpm docs:refresh` copies them to docs/screenshots/ (a test run changes no tracked file). */
const DOCS_SHOTS = `${WEB_DIR}screenshots/docs/`;
const SHOTS = `${WEB_DIR}screenshots`;
const PARENT = "family-parent@example.com";
const GRANDMA = "grandma@example.com";
const BORN = daysAgo(100);
const ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

let e2e: E2E;
let parent: Page;
let grandma: Page;
let grandmaContext: BrowserContext;
let babyId: string;
let leoId: string;
let inviteUrl: string;

/** A screenshot of what the person sees, and axe on the same screen. */
const shot = async (name: string, on: Page = parent) => {
  await on.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, animations: "disabled" });
  await e2e?.axe(on, name);
};
const group = (name: string) =>
  parent.getByRole("list", { name: "Vaccine groups" }).getByRole("listitem", { name, exact: true });

beforeAll(async () => {
  mkdirSync(DOCS_SHOTS, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  parent = (await e2e.phone()).page;
  ({ context: grandmaContext, page: grandma } = await e2e.phone());
});

afterAll(async () => {
  await e2e?.stop();
});

describe("a family on phones", () => {
  it("a parent signs up and adds a baby born early, and a second child", async () => {
    await parent.goto(e2e.web);
    await signUp(e2e, parent, PARENT, "Ana García");
    await parent.getByRole("heading", { name: "Your babies" }).waitFor();
    await parent.getByRole("link", { name: "Add a baby" }).first().click();
    await parent.getByLabel("Name").fill("Mia");
    await parent.getByLabel("Date of birth").fill(BORN);
    await parent.getByLabel("Female").check();
    await parent.getByLabel("Weeks of pregnancy at birth (optional)").fill("36");
    await parent.getByRole("button", { name: "Add baby" }).click();
    await parent.getByRole("heading", { name: "Mia" }).waitFor();
    babyId = /\/babies\/([0-9A-Z]{26})$/.exec(parent.url())?.[1] ?? "";
    expect(babyId).not.toBe("");

    const api = await apiAs(e2e, parent);
    leoId = (await api.babies.create.mutate({ name: "Leo", dateOfBirth: daysAgo(700), sex: "male" })).babyId;
    // Doses from the vaccination card, entered earlier: a birth dose, and a polio dose given far too early.
    await api.vaccinations.add.mutate({ babyId, dateGiven: BORN, cvx: "08", clinic: "Maternity ward" });
    await api.vaccinations.add.mutate({ babyId, dateGiven: daysAgo(95), cvx: "10", givenAbroad: true });
  });

  it("records a dose and sees the next dose move; a dose that does not count says why", async () => {
    await parent.reload();
    await parent.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Vaccines" }).click();
    await parent.getByRole("heading", { name: "Recorded doses" }).waitFor();
    await parent.getByText("The schedule informs; your child's clinician decides.").waitFor();
    // Each group's card is under the next visits, collapsed.
    await parent
      .locator("summary")
      .filter({ hasText: /^Each vaccine still to give/ })
      .click();
    await expect.poll(() => group("DTaP/Tdap/Td").textContent()).toMatch(/Dose 1/);
    expect(await group("DTaP/Tdap/Td").textContent()).toMatch(/Due|Overdue/);
    const polio = parent.getByRole("list", { name: "Doses" }).getByRole("listitem").filter({ hasText: "IPV" });
    expect(await polio.textContent()).toContain(
      "does not count. It was given before the youngest age at which this dose counts.",
    );
    expect(await polio.textContent()).toContain("Given abroad");

    await parent.getByRole("button", { name: "Record a visit" }).click();
    await parent.getByRole("button", { name: "Save visit" }).click();
    await parent.locator("#visit-doses-error").getByText("Choose at least one vaccine").waitFor();
    await parent.getByLabel("Another vaccine").fill("dtap");
    await parent.getByRole("option", { name: /^Infanrix/ }).click();
    await parent.getByLabel("Date given").fill(daysAgo(38));
    await parent.getByLabel("Lot number of Infanrix (optional)").fill("AB123");
    await parent.getByLabel("Clinic (optional)").fill("Riverside clinic");
    await shot("family-01-record-dose");
    await parent.getByRole("button", { name: "Save visit" }).click();
    await parent.getByRole("button", { name: "Record a visit" }).waitFor();
    await expect.poll(() => group("DTaP/Tdap/Td").textContent()).toMatch(/Dose 2/);
    const dtap = parent
      .getByRole("list", { name: "Doses" })
      .getByRole("listitem")
      .filter({ hasText: "Riverside clinic" });
    expect(await dtap.textContent()).toContain("Counts");

    // Edit it, then the schedule choice.
    await dtap.getByRole("button", { name: "Edit" }).click();
    await parent.getByLabel("Clinic (optional)").fill("Riverside health centre");
    await parent.getByLabel("Reactions (optional)").fill("Sleepy that evening");
    await parent.getByRole("button", { name: "Save changes" }).click();
    await parent.getByRole("list", { name: "Doses" }).getByText("Riverside health centre").waitFor();
    const edited = parent
      .getByRole("list", { name: "Doses" })
      .getByRole("listitem")
      .filter({ hasText: "Riverside health centre" });
    expect(await edited.textContent()).toContain("Lot AB123");
    expect(await edited.textContent()).toContain("Reactions: Sleepy that evening");
    await parent.getByLabel("WHO").click();
    await parent.getByText("WHO schedule: forecasts by recommended age and minimum interval only.").waitFor();
    await parent.getByLabel("CDC (US)").click();
    await parent.getByText(/CDC schedule, evaluated with CDC's CDSi logic/).waitFor();
    await parent.evaluate(() => window.scrollTo(0, 0));
    await parent.screenshot({ path: `${DOCS_SHOTS}vaccinations-phone.png` });
    await e2e.axe(parent, "vaccinations-phone");
    await shot("family-02-vaccinations");
  });

  it("switches to the other child in one tap", async () => {
    await parent.getByRole("navigation", { name: "Switch child" }).getByRole("link", { name: "Leo" }).click();
    await parent.waitForURL(`${e2e.web}/babies/${leoId}/vaccinations`);
    await parent.getByRole("heading", { name: "Leo" }).waitFor();
    await parent.getByRole("navigation", { name: "Switch child" }).getByRole("link", { name: "Mia" }).click();
    await parent.getByRole("heading", { name: "Mia" }).waitFor();
  });

  it("marks a milestone achieved today, and sees both ages for a baby born early", async () => {
    await parent.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Milestones" }).click();
    await parent.getByText(/Corrected age 2 months/).waitFor();
    await parent.getByText(/not a diagnosis/).waitFor();
    const checklist = parent.getByRole("list", { name: "2 months checklist" });
    await checklist
      .getByRole("button", { name: /^Mark achieved/ })
      .first()
      .click();
    expect(await parent.getByLabel("Date achieved").inputValue()).toBe(new Date().toISOString().slice(0, 10));
    await parent.getByRole("button", { name: "Save", exact: true }).click();
    await checklist.getByText(/Achieved \d/).waitFor();
    await parent.getByText("1 of 11 marked").waitFor();
    await parent.getByRole("button", { name: "Add your own" }).click();
    await parent.getByLabel("Milestone", { exact: true }).fill("First bath at grandma's");
    await parent.getByRole("button", { name: "Save milestone" }).click();
    await parent.getByRole("list", { name: "Your own milestones" }).getByText("First bath at grandma's").waitFor();
    await parent.evaluate(() => window.scrollTo(0, 0));
    await parent.screenshot({ path: `${DOCS_SHOTS}milestones-phone.png` });
    await e2e.axe(parent, "milestones-phone");
    await shot("family-03-milestones");
  });

  it("invites a caregiver, who signs up through the link, sees the baby and adds a measurement", async () => {
    await parent.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Family" }).click();
    await parent.getByRole("button", { name: "Create invitation link" }).click();
    inviteUrl = await parent.getByLabel("Invitation link").inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${e2e.web}/invite/[A-Za-z0-9_-]{43}$`));
    await parent.getByRole("list", { name: "Pending invitations" }).getByText("Caregiver").waitFor();
    await shot("family-04-invite");

    // Before signing up, the link says who invites, to which baby and as what (the parent's display name is
    // the one they chose at sign-up).
    await grandma.goto(inviteUrl);
    await grandma.getByRole("heading", { name: "Join Mia's family on UpNest" }).waitFor();
    await grandma.getByText("Ana García invited you to Mia's records as a caregiver.").waitFor();
    await grandma.getByText("Can add and edit records.").waitFor();
    await shot("family-04-invite-landing-light", grandma);
    await grandma.emulateMedia({ colorScheme: "dark" });
    await shot("family-04-invite-landing-dark", grandma);
    await grandma.emulateMedia({ colorScheme: "light" });
    await signUp(e2e, grandma, GRANDMA, "Rosa");
    await grandma.getByRole("heading", { name: "Mia" }).waitFor();
    expect(grandma.url()).toBe(`${e2e.web}/babies/${babyId}`);
    await grandma.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Growth" }).click();
    await grandma.getByRole("link", { name: "Add measurement" }).click();
    await grandma.getByLabel("Weight (kg)").fill("5.1");
    await grandma.getByRole("button", { name: "Save measurement" }).click();
    await grandma
      .getByRole("list", { name: "Measurements" })
      .getByText(/5\.1 kg/)
      .waitFor();

    await grandma.goto(inviteUrl);
    await grandma.getByText("This invitation link has expired or was already used. Ask for a new one.").waitFor();
    await shot("family-05-used-link", grandma);
  });

  it("the owner makes the caregiver a viewer, who then only sees", async () => {
    await parent.reload();
    await parent.getByRole("list", { name: "Members" }).getByText("(you)").waitFor();
    await expect.poll(() => parent.getByRole("list", { name: "Pending invitations" }).count()).toBe(0);
    await parent.getByLabel(/^Role of /).selectOption("viewer");
    await parent
      .getByRole("list", { name: "Members" })
      .getByText(/^Viewer ·/)
      .waitFor();

    await grandma.goto(`${e2e.web}/babies/${babyId}/measurements`);
    await grandma.getByText("You can view but not change this baby's records.").waitFor();
    await grandma
      .getByRole("list", { name: "Measurements" })
      .getByText(/5\.1 kg/)
      .waitFor();
    expect(await grandma.getByRole("link", { name: "Add measurement" }).count()).toBe(0);
    await grandma.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Vaccines" }).click();
    await grandma.getByRole("region", { name: /^Next visit: / }).waitFor();
    expect(await grandma.getByRole("button", { name: "Record a visit" }).count()).toBe(0);
    expect(await grandma.getByRole("button", { name: "Edit" }).count()).toBe(0);
    expect(
      await grandma.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "History" }).count(),
    ).toBe(0);
    await grandma.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Milestones" }).click();
    await grandma.getByRole("list", { name: "2 months checklist" }).waitFor();
    expect(await grandma.getByRole("button", { name: /Mark achieved/ }).count()).toBe(0);
    await shot("family-06-viewer", grandma);
    await grandmaContext.close();
  });

  it("the owner reads the history of changes, older ones on request", async () => {
    const api = await apiAs(e2e, parent);
    for (let i = 0; i < 8; i++)
      await api.measurements.add.mutate({
        babyId,
        measuredOn: daysAgo(60 + i),
        weightKg: 4,
        // The newest was imported with a label (the other app's tag): History says it in words.
        ...(i === 7 ? { labels: ["daycare", "scale at home"] } : {}),
      });
    await parent.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "History" }).click();
    const events = parent.getByRole("list", { name: "History" }).locator(":scope > li");
    await events.nth(19).waitFor();
    expect(await events.count()).toBe(20);
    await parent.getByRole("button", { name: "Load more" }).click();
    await events.nth(20).waitFor();
    const texts = await events.allTextContents();
    expect(texts.some((t) => t.includes("changed the role of") && t.includes("Role: caregiver → viewer"))).toBe(true);
    expect(texts.some((t) => t.includes("joined"))).toBe(true);
    expect(texts.filter((t) => t.includes("added a dose"))).toHaveLength(3);
    expect(texts[0]).toContain("Labels: daycare, scale at home");
    await parent.getByRole("button", { name: "Load more" }).waitFor({ state: "detached" });
    await parent.evaluate(() => window.scrollTo(0, 0));
    await shot("family-07-history");
    await parent.emulateMedia({ colorScheme: "dark" });
    await shot("family-07-history-dark");
    await parent.emulateMedia({ colorScheme: "light" });
  });

  it("downloads all data as JSON and a CSV", async () => {
    await parent.getByRole("link", { name: "Account" }).click();
    await parent.getByRole("heading", { name: "Your data and account" }).waitFor();
    const [json] = await Promise.all([
      parent.waitForEvent("download"),
      parent.getByRole("button", { name: "Download all data (JSON)" }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^upnest-export-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(readFileSync(await json.path(), "utf8")) as {
      format: string;
      babies: { baby: { name: string }; vaccinations: unknown[] }[];
    };
    expect(doc.format).toBe("upnest-export");
    expect(doc.babies.map((b) => b.baby.name).sort()).toEqual(["Leo", "Mia"]);
    expect(doc.babies.find((b) => b.baby.name === "Mia")?.vaccinations).toHaveLength(3);
    const [csv] = await Promise.all([
      parent.waitForEvent("download"),
      parent.getByRole("button", { name: "Doses of Mia (CSV)" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("Mia-vaccinations.csv");
    // For people by default: headers in their language, vaccine names and no CVX codes.
    expect(readFileSync(await csv.path(), "utf8")).toMatch(/^Date given,Vaccine,Lot number/);
    await parent.getByLabel(/^For re-import or another program/).check();
    const [data] = await Promise.all([
      parent.waitForEvent("download"),
      parent.getByRole("button", { name: "Doses of Mia (CSV)" }).click(),
    ]);
    expect(data.suggestedFilename()).toBe("Mia-vaccinations-data.csv");
    expect(readFileSync(await data.path(), "utf8")).toMatch(/^dateGiven,cvx,vaccine/);

    // The same file imports again as new babies this person owns.
    await parent.getByLabel("Export file").setInputFiles(await json.path());
    await parent.getByText(/^2 babies \((Mia, Leo|Leo, Mia)\) with \d+ records\.$/).waitFor();
    await parent.getByRole("button", { name: "Import", exact: true }).click();
    await parent.getByText(/^Imported 2 babies with \d+ records\.$/).waitFor();
  });

  it("imports a measurements CSV: the rows are checked first, with a report, then imported", async () => {
    const rows = [
      "measuredOn,weightKg,lengthCm,lengthMethod,headCircumferenceCm,notes",
      `${daysAgo(20)},5.4,58,lying,39,From the clinic book`,
      `${daysAgo(10)},heavy,,,,`,
      `${daysAgo(200)},4.0,,,,`,
      `${daysAgo(5)},5.6,,,,`,
    ];
    await parent.getByLabel("Baby", { exact: true }).selectOption({ label: "Mia" });
    await parent
      .getByLabel("CSV file")
      .setInputFiles({ name: "mia.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\n")) });
    const report = parent.getByRole("region", { name: "Import report" });
    await report.getByText("4 rows checked: 2 new, 0 already recorded, 2 with problems.").waitFor();
    const problems = await report.getByRole("row").allTextContents();
    expect(problems.some((r) => r.startsWith("2weightKg"))).toBe(true);
    expect(problems.some((r) => r.startsWith("3measuredOn (date)") && r.includes("before the date of birth"))).toBe(
      true,
    );
    await shot("family-08-import-report");
    await parent.emulateMedia({ colorScheme: "dark" });
    await shot("family-08-import-report-dark");
    await parent.emulateMedia({ colorScheme: "light" });
    await parent.getByRole("button", { name: "Import 2 measurements" }).click();
    await report.getByText(/^Imported 2 measurements\./).waitFor();

    await parent.goto(`${e2e.web}/babies/${babyId}/measurements`);
    const list = parent.getByRole("list", { name: "Measurements" });
    await list.getByText(/5\.4 kg/).waitFor();
    await list.getByText(/5\.6 kg/).waitFor();
  });

  it("sees where they are signed in, signs another device out, then signs out everywhere", async () => {
    const android = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, userAgent: ANDROID });
    const other = await android.newPage();
    await other.goto(e2e.web);
    await signIn(e2e, other, PARENT);
    await other.getByRole("heading", { name: "Your babies" }).waitFor();

    await parent.getByRole("link", { name: "Account" }).click();
    const devices = parent.getByRole("list", { name: "Signed-in devices" });
    await devices.getByRole("listitem", { name: "Chrome on Android" }).waitFor();
    const items = devices.getByRole("listitem");
    expect(await items.count()).toBe(2);
    const mine = items.first(); // this device comes first
    await mine.getByText("This device").waitFor();
    await mine.getByText("Active now").waitFor();
    await mine.getByText(/^Signed in \d+ \w+ \d{4}$/).waitFor();
    await parent.getByRole("heading", { name: "Where you're signed in" }).scrollIntoViewIfNeeded();
    await parent.screenshot({ path: `${SHOTS}/family-10-sessions.png` });
    await e2e.axe(parent, "family-10-sessions");
    await parent.emulateMedia({ colorScheme: "dark" });
    await parent.screenshot({ path: `${SHOTS}/family-10-sessions-dark.png` });
    await e2e.axe(parent, "family-10-sessions-dark");
    await parent.emulateMedia({ colorScheme: "light" });

    await parent.getByRole("button", { name: "Sign out on Chrome on Android" }).click();
    // Signing another device out asks first, in a dialog that names it.
    const confirmOne = parent.getByRole("dialog", { name: "Sign out on Chrome on Android?" });
    await e2e.axe(parent, "family-10-sessions-confirm");
    await confirmOne.getByRole("button", { name: "Sign it out" }).click();
    await parent.getByText("That device was signed out").waitFor();
    await devices.getByRole("listitem", { name: "Chrome on Android" }).waitFor({ state: "detached" });
    // That phone's next refresh is refused, and it is back at the start.
    await other.evaluate(() => {
      const t = JSON.parse(localStorage.getItem("upnest.tokens") ?? "{}");
      localStorage.setItem("upnest.tokens", JSON.stringify({ ...t, expiresAt: 0 }));
    });
    await other.reload();
    await other.getByRole("button", { name: "Sign in or create an account" }).waitFor();
    await android.close();

    // Cancel keeps everything as it was; confirming signs out.
    await parent.getByRole("button", { name: "Sign out everywhere" }).click();
    const confirmAll = parent.getByRole("dialog", { name: "Sign out everywhere?" });
    await confirmAll.getByRole("button", { name: "Cancel" }).click();
    await confirmAll.waitFor({ state: "hidden" });
    expect(await parent.evaluate(() => localStorage.getItem("upnest.tokens"))).not.toBeNull();
    await parent.getByRole("button", { name: "Sign out everywhere" }).click();
    await confirmAll.getByRole("button", { name: "Sign out everywhere" }).click();
    await parent.getByRole("button", { name: "Sign in or create an account" }).waitFor();
    expect(await parent.evaluate(() => localStorage.getItem("upnest.tokens"))).toBeNull();
    await signIn(e2e, parent, PARENT);
  });

  it("deletes the account after seeing what goes, typing DELETE", async () => {
    await parent.getByRole("link", { name: "Account" }).click();
    await parent.getByRole("button", { name: "Delete account…" }).click();
    await parent.getByText(/you are their only owner/).waitFor();
    const goes = await parent.getByText(/you are their only owner/).textContent();
    expect(goes?.match(/Mia/g)).toHaveLength(2); // the original and the imported copy
    const remove = parent.getByRole("button", { name: "Delete my account" });
    expect(await remove.isDisabled()).toBe(true);
    await parent.getByLabel("Type DELETE to confirm").fill("DELETE");
    await shot("family-09-delete-account");
    await remove.click();
    await parent.getByRole("heading", { name: "Welcome to UpNest" }).waitFor();
    // The person is told it happened, not left to guess.
    await parent.getByRole("status").getByText("Your account was deleted").waitFor();
    expect(await parent.evaluate(() => localStorage.getItem("upnest.tokens"))).toBeNull();
  });

  it("nothing failed unexpectedly in the pages or on the server", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
