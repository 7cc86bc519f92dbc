// The skeleton end to end: Chromium → the web app (built, served with its CSP) → the issuer's real sign-up pages →
// the API → DynamoDB Local, at a phone's width. Screenshots of what a parent sees go to apps/web/screenshots/.
import { mkdirSync } from "node:fs";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@upnest/api";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeFor, daysAgo, type E2E, PASSWORD, startE2E, WEB_DIR } from "./support/stack.ts";

const SHOTS = `${WEB_DIR}screenshots`;
const EMAIL = "parent@example.com";
const MISSING_BABY = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
const BORN = daysAgo(90);
const MEASURED = daysAgo(30);

let e2e: E2E | undefined;
let stack: E2E["stack"] | undefined;
let serverErrors: unknown[];
let pageErrors: string[];
let context: BrowserContext;
let page: Page;
let web: string;
let babyId: string;

/** A screenshot of what the person sees, and axe on the same screen. */
const shot = async (name: string, on: Page = page) => {
  await on.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await e2e?.axe(on, name);
};
const measurementItems = () => page.getByRole("list", { name: "Measurements" }).getByRole("listitem");

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  ({ stack, serverErrors, pageErrors, web } = e2e);
  ({ context, page } = await e2e.phone());
});

afterAll(async () => {
  await e2e?.stop();
});

describe("a parent on a phone", () => {
  it("signs up through the sign-in pages, confirms the e-mailed code and lands in the app with no babies yet", async () => {
    await page.goto(web);
    await page.getByRole("heading", { name: "Welcome to UpNest" }).waitFor();
    await shot("01-sign-in");
    await page.getByRole("button", { name: "Sign in or create an account" }).click();
    await page.waitForURL(`${stack?.issuerUrl}/**`);
    await page.getByRole("link", { name: "Register" }).click();
    await page.getByLabel("Your name").fill("Pat Parent");
    await page.locator('input[name="email"]').fill(EMAIL);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('input[name="repeat"]').fill(PASSWORD);
    await shot("02-issuer-register");
    const before = e2e?.inbox.mark() ?? 0;
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator('input[name="code"]').waitFor();
    // The issuer e-mailed the code over SMTP to the local inbox; the parent reads it on the inbox page in a tab.
    const sent = e2e ? await codeFor(e2e, EMAIL, before) : "";
    const mailTab = await context.newPage();
    await mailTab.goto(e2e?.inbox.url ?? "");
    await mailTab.getByRole("heading", { name: "Local inbox" }).waitFor();
    await mailTab
      .getByRole("row", { name: EMAIL })
      .first()
      .getByRole("link", { name: "Your UpNest verification code" })
      .click();
    await mailTab.getByRole("heading", { name: "Your UpNest verification code" }).waitFor();
    const code = /^\s*(\d{6})\s*$/m.exec((await mailTab.locator("pre").textContent()) ?? "")?.[1];
    // The HTML part renders (sandboxed, no scripts) with the same code.
    await mailTab
      .frameLocator("iframe")
      .getByText(code ?? "-", { exact: true })
      .waitFor();
    // The local inbox is the tests' mail tool, not an UpNest page: a picture, no axe (its mail frame runs no script).
    await mailTab.screenshot({ path: `${SHOTS}/02b-inbox-code.png`, fullPage: true });
    await mailTab.close();
    expect(code, "the e-mail in the inbox holds the code the issuer sent").toBe(sent);
    await page.locator('input[name="code"]').fill(code ?? "");
    await page.getByRole("button", { name: "Continue" }).click();

    await page.waitForURL(`${web}/`);
    await page.getByRole("heading", { name: "Your babies" }).waitFor();
    await page.getByText("No babies yet").waitFor();
    await shot("03-no-babies");
    expect(await page.evaluate(() => localStorage.getItem("upnest.tokens"))).toContain("access");
  });

  it("adds a baby and sees it in the list", async () => {
    await page.getByRole("link", { name: "Add a baby" }).first().click();
    await page.getByRole("button", { name: "Add baby" }).click();
    await page.getByText("Name is required").waitFor();
    await page.getByLabel("Name").fill("Ada");
    await page.getByLabel("Date of birth").fill(BORN);
    await page.getByLabel("Female").check();
    await page.getByLabel("Weeks of pregnancy at birth (optional)").fill("39");
    await shot("04-add-baby");
    await page.getByRole("button", { name: "Add baby" }).click();

    await page.getByRole("heading", { name: "Ada" }).waitFor();
    babyId = /\/babies\/([0-9A-Z]{26})$/.exec(page.url())?.[1] ?? "";
    expect(babyId).not.toBe("");
    // The baby's home is the day's care log; the measurements are the Growth tab.
    await page.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Growth" }).click();
    await page.getByText("No measurements yet").waitFor();
    await page.getByRole("link", { name: "Your babies" }).click();
    const babies = page.getByRole("list", { name: "Babies" }).getByRole("listitem");
    await babies.first().waitFor();
    expect(await babies.allTextContents()).toEqual([expect.stringMatching(/^Ada.*born/)]);
    await shot("05-babies");
  });

  it("adds a measurement and sees it on the baby's page", async () => {
    await page.getByRole("link", { name: /Ada/ }).click();
    await page.getByRole("navigation", { name: "Baby sections" }).getByRole("link", { name: "Growth" }).click();
    await page.getByRole("link", { name: "Add measurement" }).click();
    await page.getByLabel("Date measured").fill(MEASURED);
    await page.getByLabel("Weight (kg)").fill("4,2");
    await page.getByLabel("Length or height (cm)").fill("55.5");
    await page.getByLabel("Lying down").check();
    await page.getByLabel("Head circumference (cm)").fill("38");
    await page.getByLabel("Notes (optional)").fill("At the clinic");
    await shot("06-add-measurement");
    await page.getByRole("button", { name: "Save measurement" }).click();

    await page.getByRole("heading", { name: "Ada" }).waitFor();
    await measurementItems().first().waitFor();
    const items = await measurementItems().allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain("4.2 kg · 55.5 cm lying · head 38 cm");
    expect(items[0]).toContain("At the clinic");
  });

  it("is told what is missing, then adds a second measurement on the same day (double-tapped) and sees both", async () => {
    await page.getByRole("link", { name: "Add measurement" }).click();
    await page.getByLabel("Date measured").fill(MEASURED);
    await page.getByRole("button", { name: "Save measurement" }).click();
    await page.getByText("Enter at least one of weight, length/height or head circumference").waitFor();
    await shot("07-measurement-missing");
    await page.getByLabel("Weight (kg)").fill("4.3");
    await page.getByLabel("Notes (optional)").fill("After feeding");
    // Only the API knows the date of birth: its field message shows next to the date.
    await page.getByLabel("Date measured").fill(daysAgo(100));
    await page.getByRole("button", { name: "Save measurement" }).click();
    await page.locator("#m-date-error").getByText("Date measured cannot be before the date of birth").waitFor();
    await shot("08-measurement-before-birth");
    await page.getByLabel("Date measured").fill(MEASURED);
    // A double tap must still record one measurement (the form sends one idempotency key).
    await page.getByRole("button", { name: "Save measurement" }).dblclick();

    await page.getByRole("heading", { name: "Ada" }).waitFor();
    await measurementItems().nth(1).waitFor();
    await page.waitForLoadState("networkidle");
    const items = await measurementItems().allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain("4.3 kg"); // newest first
    expect(items[1]).toContain("4.2 kg");
    const day = new Date(`${MEASURED}T00:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    for (const item of items) expect(item).toContain(day);
    await shot("09-two-measurements-same-day");
  });

  it("with more measurements than fit on a page, shows the older ones on request", async () => {
    // 20 older measurements recorded elsewhere (straight through the API, with this parent's token).
    const { access } = JSON.parse((await page.evaluate(() => localStorage.getItem("upnest.tokens"))) ?? "{}") as {
      access: string;
    };
    const api = createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${stack?.apiUrl}/trpc`, headers: { authorization: `Bearer ${access}` } })],
    });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.measurements.add.mutate({ babyId, measuredOn: daysAgo(31 + i), weightKg: 4 }),
      ),
    );
    await page.reload();
    await measurementItems().nth(19).waitFor();
    expect(await measurementItems().count()).toBe(20);
    await page.getByRole("button", { name: "Load more" }).click();
    await measurementItems().nth(21).waitFor();
    expect(await measurementItems().count()).toBe(22);
    const oldest = new Date(`${daysAgo(50)}T00:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    expect(await measurementItems().last().textContent()).toContain(oldest);
    await page.getByRole("button", { name: "Load more" }).waitFor({ state: "detached" });
  });

  it("editing a baby someone else just changed says so and offers to reload", async () => {
    await page.goto(`${web}/babies/${babyId}/edit`);
    await page.getByLabel("Name").waitFor();
    const other = await context.newPage();
    await other.goto(`${web}/babies/${babyId}/edit`);
    await other.getByLabel("Name").fill("Ada Lovelace");
    await other.getByRole("button", { name: "Save changes" }).click();
    await other.getByRole("heading", { name: "Ada Lovelace" }).waitFor();
    await other.close();

    await page.getByLabel("Name").fill("Ada King");
    await page.getByRole("button", { name: "Save changes" }).click();
    // Said next to the form's Reload button (and in the notice).
    await page
      .locator("form")
      .getByText(/changed by someone else\. Reload/)
      .waitFor();
    await shot("10-edit-conflict");
    await page.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => page.getByLabel("Name").inputValue()).toBe("Ada Lovelace");
    await page.getByLabel("Name").fill("Ada King");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { name: "Ada King" }).waitFor();
  });

  it("a baby that does not exist shows not found", async () => {
    await page.goto(`${web}/babies/${MISSING_BABY}`);
    await page.getByText("Baby not found").waitFor();
    await shot("11-not-found");
  });

  it("keeps working when the access token has expired or is refused", async () => {
    const tokens = async () =>
      JSON.parse((await page.evaluate(() => localStorage.getItem("upnest.tokens"))) ?? "{}") as {
        access: string;
        expiresAt: number;
      };
    const before = await tokens();
    await page.evaluate(() => {
      const t = JSON.parse(localStorage.getItem("upnest.tokens") ?? "{}");
      localStorage.setItem("upnest.tokens", JSON.stringify({ ...t, expiresAt: 0 }));
    });
    await page.goto(web);
    await page.getByRole("link", { name: /Ada King/ }).waitFor();
    const refreshed = await tokens();
    expect(refreshed.access).not.toBe(before.access);
    expect(refreshed.expiresAt).toBeGreaterThan(Date.now());

    await page.evaluate(() => {
      const t = JSON.parse(localStorage.getItem("upnest.tokens") ?? "{}");
      localStorage.setItem("upnest.tokens", JSON.stringify({ ...t, access: "not-a-token" }));
    });
    await page.reload();
    await page.getByRole("link", { name: /Ada King/ }).waitFor();
    expect((await tokens()).access).not.toBe("not-a-token");
  });

  it("without a connection sees a retry message, and the list after retrying", async () => {
    await page.route("**/trpc/**", (route) => route.abort("internetdisconnected"));
    await page.goto(web);
    await page.getByText("Can't reach UpNest right now").waitFor({ timeout: 30_000 });
    await shot("12-offline");
    await page.unroute("**/trpc/**");
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("link", { name: /Ada King/ }).waitFor();
  });

  it("signs out, leaving no tokens on the device, and signs back in to the same babies", async () => {
    const { refresh } = JSON.parse((await page.evaluate(() => localStorage.getItem("upnest.tokens"))) ?? "{}") as {
      refresh: string;
    };
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in or create an account" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("upnest.tokens"))).toBeNull();
    // The session ended on the server too: a copy of the refresh token taken before is refused.
    const reused = await fetch(`${stack?.issuerUrl}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refresh }),
    });
    expect(reused.status).toBe(400);

    await page.getByRole("button", { name: "Sign in or create an account" }).click();
    await page.waitForURL(`${stack?.issuerUrl}/**`);
    await page.locator('input[name="email"]').fill(EMAIL);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(`${web}/`);
    await page.getByRole("link", { name: /Ada King/ }).waitFor();
  });

  it("nothing failed unexpectedly in the page or on the server", () => {
    expect(pageErrors).toEqual([]);
    expect(e2e?.cspViolations).toEqual([]);
    expect(e2e?.a11yViolations).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
