// The issuer's own sign-in pages in Chromium at a phone's width: nothing requested from any host but the app's
// own (web, issuer, API), no Content-Security-Policy violation, labelled fields, a visible focus ring, errors
// announced, the dark scheme followed, and no sideways scrolling.
import { mkdirSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, signUp, startE2E, WEB_DIR } from "./support/stack.ts";

const SHOTS = `${WEB_DIR}screenshots`;
let e2e: E2E;
let context: BrowserContext;
let page: Page;
const requested: string[] = [];
const cspViolations: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e2e = await startE2E();
  ({ context, page } = await e2e.phone());
  page.on("request", (request) => void requested.push(request.url()));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});
afterAll(async () => {
  await context?.close();
  await e2e?.stop();
});

async function toSignIn() {
  await page.goto(e2e.web);
  await page.getByRole("button", { name: "Sign in or create an account" }).click();
  await page.waitForURL(`${e2e.stack.issuerUrl}/**`);
}

describe("UpNest's sign-in pages on a phone", () => {
  it("sign in: a heading, labelled fields, a visible focus ring, no sideways scrolling", async () => {
    await toSignIn();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to UpNest" }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const email = page.getByLabel("E-mail address");
    await email.focus();
    const outline = await email.evaluate((el) => getComputedStyle(el));
    expect(outline.outlineStyle).not.toBe("none");
    expect(Number.parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);
    await expect(page.getByLabel("Password").isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/issuer-sign-in.png`, fullPage: true });
    await e2e.axe(page, "issuer-sign-in");
  });

  it("a wrong password is announced as an alert, keeping the address", async () => {
    await page.getByLabel("E-mail address").fill("nobody@example.com");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/do not match/);
    await expect(page.getByLabel("E-mail address").inputValue()).resolves.toBe("nobody@example.com");
  });

  it("follows the dark colour scheme", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(150);
    await page.screenshot({ path: `${SHOTS}/issuer-sign-in-dark.png`, fullPage: true });
    await e2e.axe(page, "issuer-sign-in-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("signs up through the pages and lands in the app", async () => {
    await page.goto(e2e.web);
    await signUp(e2e, page, "issuer-pages@example.com");
    expect(new URL(page.url()).origin).toBe(e2e.web);
  });

  it("nothing was requested from another host, and the CSP was never violated", () => {
    const allowed = new Set([e2e.web, e2e.stack.issuerUrl, e2e.stack.apiUrl]);
    const foreign = requested.filter((url) => !url.startsWith("data:") && !allowed.has(new URL(url).origin));
    expect(foreign).toEqual([]);
    expect(requested.some((url) => url.startsWith(`${e2e.stack.issuerUrl}/password/style.css`))).toBe(true);
    expect(cspViolations).toEqual([]);
    expect(e2e.a11yViolations).toEqual([]);
  });
});

describe("the sign-in pages for a browser set to Spanish", () => {
  it("are in Spanish, say so in <html lang>, and keep one heading and labelled fields", async () => {
    const spanish = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "es-ES" });
    try {
      const es = await spanish.newPage();
      await es.goto(`${e2e.stack.issuerUrl}/password/authorize`);
      expect(await es.evaluate(() => document.documentElement.lang)).toBe("es");
      await expect(es.getByRole("heading", { level: 1 }).allTextContents()).resolves.toEqual([
        "Inicia sesión en UpNest",
      ]);
      await expect(es.getByLabel("Correo electrónico").isVisible()).resolves.toBe(true);
      await es.getByRole("link", { name: "Crear una cuenta" }).click();
      await es.getByRole("heading", { level: 1, name: "Crea tu cuenta de UpNest" }).waitFor();
      await expect(es.getByLabel("Tu nombre").isVisible()).resolves.toBe(true);
      await es.getByLabel("Tu nombre").fill("x".repeat(81));
      await es.getByLabel("Correo electrónico").fill("nombre-largo@example.com");
      await es.locator('input[name="password"]').fill("correct horse battery");
      await es.getByLabel("Repite la contraseña").fill("correct horse battery");
      await es.getByRole("button", { name: "Continuar" }).click();
      await expect(es.getByRole("alert").textContent()).resolves.toBe(
        "Tu nombre puede tener como máximo 80 caracteres. Usa una forma más corta.",
      );
      await es.screenshot({ path: `${SHOTS}/issuer-register-es.png`, fullPage: true });
    } finally {
      await spanish.close();
    }
  });
});
