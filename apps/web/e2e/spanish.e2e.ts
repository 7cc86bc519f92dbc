// A parent switches UpNest to Spanish in Settings: the app speaks Spanish at once (<html lang> too), on every
// page they open next and after a reload, because the language is kept in their profile. The milestones and the
// vaccination status (reasons, vaccine names) are in Spanish too, though the API sends ids and codes.
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
  // A birth dose, and a DTaP given at 4 weeks: before the youngest age at which a first dose counts.
  await api.vaccinations.add.mutate({ babyId, dateGiven: daysAgo(35), cvx: "08" });
  await api.vaccinations.add.mutate({ babyId, dateGiven: daysAgo(7), cvx: "20" });
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

  it("reads the milestones in Spanish: the checklist's texts, their domains and where they come from", async () => {
    await page.goto(`${e2e.web}/babies/${babyId}/milestones`);
    const checklist = page.getByRole("list", { name: "Lista de 2 meses" });
    await checklist.getByText("Te mira a la cara", { exact: true }).waitFor();
    await checklist.getByText("Levanta la cabeza cuando está boca abajo", { exact: true }).waitFor();
    expect(await checklist.getByText(/^Social y emocional · /).count()).toBe(4);
    await page.getByText(/no son una prueba ni un diagnóstico/).waitFor();
    await page
      .getByRole("link", { name: /^Centros para el Control y la Prevención de Enfermedades \(CDC\), / })
      .waitFor();
    await page.getByText(/revisión de 2022/).waitFor();
    await checklist.getByRole("button", { name: "Marcar como logrado: Te mira a la cara" }).click();
    await checklist.getByRole("button", { name: "Guardar", exact: true }).click();
    await checklist.getByText(/^Social y emocional · Logrado el /).waitFor();
    for (const english of ["Gazes at your face", "Social/emotional", "not a diagnosis", "Centers for Disease Control"])
      expect(await page.getByText(english).count(), english).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });

  it("reads the vaccination status in Spanish: vaccine names, why a dose does not count, the schedule's notes", async () => {
    await page.goto(`${e2e.web}/babies/${babyId}/vaccinations`);
    await page.getByText("El calendario orienta; quien decide es el médico de tu hijo.").waitFor();
    await page
      .locator("summary")
      .filter({ hasText: /^Cada vacuna que falta/ })
      .click();
    const groups = page.getByRole("list", { name: "Grupos de vacunas" });
    await groups.getByRole("heading", { name: "Hepatitis B (HepB)" }).waitFor();
    await groups.getByRole("heading", { name: "Difteria, tétanos y tosferina (DTaP/Tdap/Td)" }).waitFor();
    await groups.getByRole("heading", { name: "Varicela" }).waitFor();
    // Products keep CDC's names (as on a vaccination card); the groups' names are Spanish.
    expect(await groups.getByRole("heading", { name: "Varicella" }).count()).toBe(0);
    const dtap = page.getByRole("list", { name: "Dosis" }).getByRole("listitem").filter({ hasText: "DTaP" });
    expect(await dtap.textContent()).toContain(
      "Difteria: no cuenta. Se aplicó antes de la edad mínima a la que cuenta esta dosis.",
    );
    expect(await dtap.textContent()).toContain("Tosferina: no cuenta.");
    await page
      .getByText(/^Calendario de los CDC, evaluado con la lógica CDSi de los CDC \(datos de apoyo v[\d.]+\)\.$/)
      .waitFor();
    for (const english of ["clinician", "does not count", "Diphtheria", "too-young", "CDC schedule"])
      expect(await page.getByText(english).count(), english).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
    expect(e2e.cspViolations).toEqual([]);
  });
});
