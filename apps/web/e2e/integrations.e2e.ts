// A baby's Integrations page at a phone's width, light and dark: an owner makes an API key (its secret shown once),
// an integration adds a diaper with it over REST, the page shows its last use and History names it, and the owner
// revokes it, after which the key is refused.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

const SHOTS = `${WEB_DIR}screenshots/integrations`;
let e2e: E2E;
let parent: Page;
let babyId: string;
let secret: string;

/** Screenshots in the light and the dark theme, with axe on each. */
async function shotBoth(name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await parent.emulateMedia({ colorScheme: scheme });
    await parent.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true, animations: "disabled" });
    await e2e.axe(parent, `integrations ${name} ${scheme}`);
  }
  await parent.emulateMedia({ colorScheme: "light" });
}

/** What an integration sends: a diaper with the key, over the API's REST address. */
const addDiaper = (key: string) =>
  fetch(`${e2e.stack.apiUrl}/api/v1/babies/${babyId}/diapers`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ contents: "wet" }),
  });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  parent = (await e2e.phone()).page;
  await parent.goto(e2e.web);
  await signUp(e2e, parent, "integrations-parent@example.com", "Ana");
  ({ babyId } = await (await apiAs(e2e, parent)).babies.create.mutate({
    name: "Mia",
    dateOfBirth: daysAgo(60),
    sex: "female",
    timeZone: "Europe/Madrid",
  }));
});

afterAll(async () => {
  await e2e?.stop();
});

describe("integrations on a phone", () => {
  it("the Family page leads an owner to Integrations, which says what a key is and has none yet", async () => {
    await parent.goto(`${e2e.web}/babies/${babyId}/caregivers`);
    await parent.getByRole("link", { name: /Integrations/ }).waitFor();
    await shotBoth("00-family-link");
    await parent.getByRole("link", { name: /Integrations/ }).click();
    await parent.getByRole("heading", { name: "Integrations" }).waitFor();
    await parent.getByText("No API keys yet.").waitFor();
    const docs = parent.getByRole("link", { name: "Every operation is described in the OpenAPI document" });
    expect(await docs.getAttribute("href")).toBe(`${e2e.stack.apiUrl}/api/v1/openapi.json`);
    await shotBoth("01-none");
  });

  it("a key needs a name; made, its secret is shown once with a warning and a curl example", async () => {
    await parent.getByRole("button", { name: "Make key" }).click();
    await parent.getByText("Name the key").waitFor();
    await parent.getByLabel("Name").fill("Home Assistant");
    await parent.getByLabel("Read and add").check();
    await parent.getByRole("button", { name: "Make key" }).click();
    await parent.getByRole("heading", { name: "Your new key: Home Assistant" }).waitFor();
    secret = await parent.getByLabel("API key", { exact: true }).inputValue();
    expect(secret).toMatch(/^upn_[0-9A-Z]{26}_[A-Za-z0-9_-]{43}$/);
    await parent.getByText("it is shown only this once").waitFor();
    expect(await parent.locator("pre").first().textContent()).toContain(`Bearer ${secret}`);
    await shotBoth("02-new-key");
    await parent.getByRole("button", { name: "I saved it" }).click();
    const row = parent.getByRole("listitem", { name: "Home Assistant" });
    await row.getByText("Not used yet").waitFor();
    // The secret is nowhere on the page once it is put away.
    expect(await parent.content()).not.toContain(secret);
  });

  it("the key adds a diaper: the page shows its last use, and History names it", async () => {
    expect((await addDiaper(secret)).status).toBe(200);
    await parent.reload();
    const row = parent.getByRole("listitem", { name: "Home Assistant" });
    await row.getByText(/^Last used /).waitFor();
    await shotBoth("03-used");
    await parent.goto(`${e2e.web}/babies/${babyId}/history`);
    await parent.getByText("Home Assistant (API key)").first().waitFor();
    await shotBoth("03-history");
    await parent.goto(`${e2e.web}/babies/${babyId}`);
    await parent.getByText(/wet/i).first().waitFor();
  });

  it("revoking asks first, then the key is refused and listed as revoked", async () => {
    await parent.goto(`${e2e.web}/babies/${babyId}/integrations`);
    await parent.getByRole("button", { name: "Revoke Home Assistant" }).click();
    const dialog = parent.getByRole("dialog", { name: "Revoke “Home Assistant”?" });
    await dialog.getByText("stops working at once").waitFor();
    await shotBoth("04-confirm-revoke");
    await dialog.getByRole("button", { name: "Revoke key" }).click();
    const row = parent.getByRole("listitem", { name: "Home Assistant" });
    await row.getByText(/^Revoked /).waitFor();
    expect(await row.getByRole("button", { name: /Revoke/ }).count()).toBe(0);
    expect((await addDiaper(secret)).status).toBe(401);
    await shotBoth("05-revoked");
  });

  it("no page error, CSP violation, accessibility problem or server error along the way", () => {
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
    expect(e2e.serverErrors).toEqual([]);
  });
});
