// Every screen of the app at a phone's width, in Spanish, in the light and the dark theme: axe on each (zero
// serious or critical violations), a screenshot of each in apps/web/screenshots/walk/, nothing wider than the
// screen; then the same screens at 320 px with text at 200 %. Also: the theme switch in Settings (saved in the
// profile, right from the first paint), the skip link, a title per screen, and a deleted dose taken back with Undo.
// The baby's Today screen has entries and a running timer.

import type { TRPCClient } from "@trpc/client";
import type { AppRouter } from "@upnest/api";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E } from "./support/stack.ts";

let e2e: E2E;
let context: BrowserContext;
let page: Page;
let api: TRPCClient<AppRouter>;
let babyId = "";
let inviteUrl = "";

/** Each screen by its address, and something on it that says it has finished loading. */
const screens = () => [
  { name: "home", path: "/", ready: `a[href="/babies/${babyId}"]` },
  { name: "new-baby", path: "/babies/new", ready: "form" },
  { name: "today", path: `/babies/${babyId}`, ready: "main figure" },
  { name: "measurements", path: `/babies/${babyId}/measurements`, ready: "main ul > li" },
  { name: "edit-baby", path: `/babies/${babyId}/edit`, ready: "form" },
  { name: "add-measurement", path: `/babies/${babyId}/measurements/new`, ready: "form" },
  { name: "growth-chart", path: `/babies/${babyId}/growth`, ready: ".growth-point" },
  { name: "growth-table", path: `/babies/${babyId}/growth?view=table`, ready: "table" },
  { name: "vaccinations", path: `/babies/${babyId}/vaccinations`, ready: "main ul > li" },
  { name: "milestones", path: `/babies/${babyId}/milestones`, ready: "#custom-heading" },
  { name: "caregivers", path: `/babies/${babyId}/caregivers`, ready: "main ul > li" },
  { name: "history", path: `/babies/${babyId}/history`, ready: "main li" },
  { name: "account", path: "/account", ready: "main li" },
  { name: "settings", path: "/settings", ready: 'input[name="s-theme"]' },
  { name: "not-found", path: "/no-such-page", ready: "main h1" },
];

async function open(path: string, ready: string) {
  await page.goto(`${e2e.web}${path}`);
  await page.locator(ready).first().waitFor();
  // Nothing still loading ("Loading…" and the like).
  await page.waitForFunction(
    () => ![...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.includes("…")),
  );
}

/** How far the page reaches past the right edge of the screen (0: nothing to scroll sideways to). */
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The elements that reach past the right edge, for the message when something does. */
const widest = () =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(-3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`)
      .join(" | "),
  );

beforeAll(async () => {
  e2e = await startE2E();
  ({ context, page } = await e2e.phone());
  await page.goto(e2e.web);
  await signUp(e2e, page, "walker@example.com");
  api = await apiAs(e2e, page);
  babyId = (await api.babies.create.mutate({ name: "Maya", dateOfBirth: daysAgo(120), sex: "female" })).babyId;
  await api.measurements.add.mutate({
    babyId,
    measuredOn: daysAgo(60),
    weightKg: 4.9,
    lengthCm: 56,
    lengthMethod: "lying",
    headCircumferenceCm: 38,
  });
  await api.measurements.add.mutate({
    babyId,
    measuredOn: daysAgo(2),
    weightKg: 6.2,
    lengthCm: 62,
    lengthMethod: "lying",
  });
  await api.vaccinations.add.mutate({ babyId, dateGiven: daysAgo(120), cvx: "08", clinic: "Maternity ward" });
  const view = await api.milestones.view.query({ babyId });
  const first = view.checklists[0]?.milestones[0];
  if (first) await api.milestones.mark.mutate({ babyId, milestoneId: first.id, achievedOn: daysAgo(10) });
  await api.milestones.addCustom.mutate({ babyId, title: "First bath at home", achievedOn: daysAgo(100) });
  // The day so far for the Today screen: a bottle, a diaper, a nap, and a feed on the left running now.
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  await api.feedings.add.mutate({ babyId, startedAt: ago(200), timeZone: "UTC", method: "bottle", amountMl: 120 });
  await api.diapers.add.mutate({ babyId, at: ago(150), timeZone: "UTC", contents: "both", colour: "yellow" });
  await api.sleeps.add.mutate({ babyId, startedAt: ago(140), endedAt: ago(60), timeZone: "UTC", kind: "nap" });
  await api.timers.start.mutate({ babyId, kind: "feeding", timeZone: "UTC", side: "left" });
  const { token } = await api.caregivers.invite.mutate({ babyId, role: "caregiver", validForHours: 48 });
  inviteUrl = `${e2e.web}/invite/${token}`;
});

afterAll(async () => {
  await context?.close();
  await e2e?.stop();
});

describe("every screen, in both themes, for everyone", () => {
  it("a deleted dose comes back with Undo, and both are announced", async () => {
    await open(`/babies/${babyId}/vaccinations`, '[aria-label="Doses"] > li');
    const doses = page.locator('[aria-label="Doses"] > li');
    const before = await doses.count();
    await page.getByRole("button", { name: "Delete", exact: true }).first().click();
    const status = page.getByRole("status").filter({ hasText: "Dose deleted" });
    await status.waitFor();
    await expect.poll(() => doses.count()).toBe(before - 1);
    await e2e.shot(page, "walk/undo-offered");
    await status.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("status").getByText("Dose restored").waitFor();
    await expect.poll(() => doses.count()).toBe(before);
    expect((await api.vaccinations.list.query({ babyId, limit: 100 })).items).toHaveLength(1);
  });

  it("the skip link is the first stop of the keyboard and goes to the content; each screen has its own title", async () => {
    await open(`/babies/${babyId}/milestones`, "#custom-heading");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(await page.title()).toBe("Milestones · Maya · UpNest");
    const titles = new Set<string>();
    for (const screen of screens()) {
      await open(screen.path, screen.ready);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(screens().length - 1); // the two growth views share "Growth charts · Maya"
  });

  it("the theme follows the system until Settings says Light or Dark, and the choice is kept from the first paint", async () => {
    const dark = () => page.evaluate(() => document.documentElement.classList.contains("dark"));
    await page.emulateMedia({ colorScheme: "dark" });
    await open("/settings", 'input[name="s-theme"]');
    await expect.poll(dark).toBe(true);
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(dark).toBe(false);

    await page.getByRole("radio", { name: "Dark" }).check();
    await expect.poll(dark).toBe(true);
    await page.getByRole("status").getByText("Settings saved").waitFor();
    expect((await api.users.me.query()).theme).toBe("dark");
    await page.reload({ waitUntil: "domcontentloaded" });
    expect(await dark()).toBe(true); // before the app has even loaded the profile
    // Another device of the same person follows the profile.
    const tablet = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "light" });
    const other = await tablet.newPage();
    await other.goto(e2e.web);
    await other.evaluate(
      (tokens) => localStorage.setItem("upnest.tokens", tokens ?? ""),
      await page.evaluate(() => localStorage.getItem("upnest.tokens")),
    );
    await other.reload();
    await expect.poll(() => other.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    await tablet.close();

    await page.getByRole("radio", { name: "System" }).check();
    await expect.poll(dark).toBe(false);
    await expect.poll(async () => (await api.users.me.query()).theme).toBe("system");
  });

  it("switched to Spanish, every screen passes axe in light and dark at 390 px, with nothing off the screen", async () => {
    await open("/settings", 'input[name="s-theme"]');
    await page.getByRole("radio", { name: "Español" }).check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("es");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const screen of screens()) {
        await open(screen.path, screen.ready);
        await e2e.shot(page, `walk/${scheme}-${screen.name}`);
        expect(await overflow(), `${screen.name} in ${scheme} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    }
    // The invitation link as its holder sees it, signed out.
    const holder = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "es-ES",
      colorScheme: "dark",
    });
    const landing = await holder.newPage();
    await landing.goto(inviteUrl);
    await landing.getByRole("heading", { level: 1 }).waitFor();
    await e2e.shot(landing, "walk/dark-invitation");
    await landing.goto(e2e.web);
    await landing.getByRole("heading", { level: 1 }).waitFor();
    await e2e.shot(landing, "walk/dark-sign-in");
    await holder.close();
  });

  it("at 320 px with text at 200 %, every screen fits and the header's links are all on the screen", async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const screen of screens()) {
        await open(screen.path, screen.ready);
        await page.evaluate(() => {
          document.documentElement.style.fontSize = "200%";
        });
        const wide = await overflow();
        if (wide > 0) await e2e.shot(page, `walk/${scheme}-320-200pct-${screen.name}-overflow`);
        expect(wide, `${screen.name} at 200 % scrolls sideways: ${await widest()}`).toBeLessThanOrEqual(0);
        const header = await page.locator("header a, header button").evaluateAll((els) =>
          els.map((el) => {
            const box = el.getBoundingClientRect();
            return box.left >= 0 && box.right <= window.innerWidth + 0.5;
          }),
        );
        expect(header.every(Boolean), `${screen.name}: a header link is cut off`).toBe(true);
        if (screen.name === "vaccinations" || screen.name === "settings")
          await e2e.shot(page, `walk/${scheme}-320-200pct-${screen.name}`);
      }
    }
  });

  it("nothing failed unexpectedly, and axe found nothing serious", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
