// A parent switches UpNest to Spanish in Settings: the app speaks Spanish at once (<html lang> too), on every
// page they open next and after a reload, because the language is kept in their profile.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, daysAgo, type E2E, signUp, startE2E } from "./support/stack.ts";

let e2e: E2E;
let page: Page;
let babyId: string;

beforeAll(async () => {
  e2e = await startE2E();
  ({ page } = await e2e.phone());
  await page.goto(e2e.web);
  await signUp(e2e, page, "spanish-parent@example.com");
  const api = await apiAs(e2e, page);
  ({ babyId } = await api.babies.create.mutate({
    name: "Lucía",
    dateOfBirth: daysAgo(35),
    sex: "female",
  }));
});

afterAll(async () => {
  await e2e?.stop();
});

describe("a parent who reads Spanish", () => {
  it("chooses Español in Settings and the app speaks Spanish", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Español").check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Ajustes guardados").waitFor();
    await page.getByRole("button", { name: "Guardar ajustes" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
  });

  it("reads the babies, a baby's family page and the account page in Spanish, also after a reload", async () => {
    await page.goto(e2e.web);
    await page.getByRole("heading", { name: "Tus bebés" }).waitFor();
    await page
      .getByRole("list", { name: "Bebés" })
      .getByText(/^5 semanas · nació el \d+ \w+ \d{4}$/)
      .waitFor();
    await page.goto(`${e2e.web}/babies/${babyId}/caregivers`);
    await page.getByRole("heading", { name: "Invitar a alguien" }).waitFor();
    await page.getByRole("heading", { name: "Personas con acceso" }).waitFor();
    await page.getByText(/^Propietario · desde el /).waitFor();
    await page.getByRole("link", { name: "Cuenta" }).click();
    await page.getByRole("heading", { name: "Tus datos y tu cuenta" }).waitFor();
    await page.getByRole("button", { name: "Descargar todos los datos (JSON)" }).waitFor();
    expect(await page.getByText("Download your data").count()).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
  });
});
