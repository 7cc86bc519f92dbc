import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { formatDate } from "@upnest/i18n";
import { beforeAll, describe, expect, it } from "vitest";
import { ReportDocument } from "./document.tsx";
import { registerReportFonts } from "./fonts.ts";
import { pretermReport } from "./testing/fixture.ts";
import { wordsFor } from "./words.ts";

/**
 * The report rendered for real: a PDF made in Node from the API's own report data (a baby born at 33 weeks), read
 * back with poppler (pdftotext, pdffonts) and drawn to PNG pages (pdftoppm) in the ignored folder out/ to look at.
 */
const require = createRequire(import.meta.url);
const OUT = join(import.meta.dirname, "..", "out");
const font = (weight: number) => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
const QUESTIONS = "¿Está bien que aún no camine sola?\nCuándo empezar la leche entera\n\nIs her head growing well?";

const born = "2025-05-20";
const eighteen = pretermReport({ months: 18, born, today: "2026-12-01", gestationalAgeWeeks: 33 });

async function render(name: string, input: Parameters<typeof ReportDocument>[0]) {
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, await renderToBuffer(<ReportDocument {...input} />));
  const pages = (page?: number) =>
    execFileSync("pdftotext", ["-layout", ...(page ? ["-f", `${page}`, "-l", `${page}`] : []), file, "-"], {
      encoding: "utf8",
    });
  return { file, text: pages(), pages, fonts: execFileSync("pdffonts", [file], { encoding: "utf8" }) };
}
const pageCount = (text: string) => text.split("\f").filter((p) => p.trim()).length;

beforeAll(() => {
  registerReportFonts({ regular: font(400), bold: font(700) });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

describe("the 18-month report of a baby born at 33 weeks", () => {
  let english: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    english = await render("preterm-18-months-en", { data: eighteen, questions: QUESTIONS, language: "en" });
  });

  it("has every section's heading, and the baby's name and the page number on every page", () => {
    const w = wordsFor("en");
    for (const key of ["growth", "measurements", "vaccines", "milestones", "health", "care", "questions"] as const)
      expect(english.text).toContain(w.t(`sections.${key}`));
    const pages = english.text.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(7);
    pages.forEach((page, i) => {
      expect(page).toContain("Lucía Fernández");
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(english.text).toContain("For discussion with your clinician");
    expect(english.text).toContain("Born at 33 weeks of pregnancy");
  });

  it("shows a measurement's percentile as the API scored it, and the chart standards by age", () => {
    const m = eighteen.growth.measurements.find((x) => x.age.corrected && x.age.usedDays > 150 && x.weight !== null);
    expect(m?.weight).toBeGreaterThan(3);
    const w = wordsFor("en");
    expect(english.text).toContain(`${w.number(m?.weightKg ?? 0, 2)} (${w.percentile(m?.weight ?? null)})`);
    expect(english.text).toContain("WHO Child Growth Standards 2006");
    expect(english.text).toContain("INTERGROWTH-21st postnatal (preterm)");
    // The charts' x is chronological age now: each standard's curves are drawn at the age it reads.
    expect(english.text).toContain("Age, months");
    expect(english.text).toContain("IG-21st");
  });

  it("gives a measurement before the due date its postmenstrual age, not a negative corrected age", () => {
    // Born at 33+0 weeks and measured on the day of birth: 33+0 weeks postmenstrual, 49 days before the due date.
    expect(eighteen.growth.measurements[0]?.age.usedDays).toBe(-49);
    expect(english.text).toContain("33+0 wk PMA");
    expect(english.text).not.toMatch(/-\d+ days/);
  });

  it("has the vaccination record with a dose that does not count, and what is due next with its date", () => {
    const mmr = eighteen.vaccines.doses.find((d) => d.cvx === "03");
    expect(mmr?.evaluations.some((e) => e.status !== "valid")).toBe(true);
    expect(english.text).toContain("Does not count");
    const due = eighteen.vaccines.groups.find((g) => g.nextDose && ["due", "overdue", "upcoming"].includes(g.status));
    expect(due?.nextDose).toBeTruthy();
    expect(english.text).toContain(formatDate(due?.nextDose?.dueFrom ?? "", "en"));
    expect(english.text).toMatch(/Overdue|Due|Upcoming/);
    // What is due soonest comes first among the upcoming ones.
    const upcoming = english
      .pages(4)
      .split("\n")
      .filter((l) => /\bUpcoming\b/.test(l));
    expect(upcoming[0]).toMatch(/HepA/);
  });

  it("has the milestones, the medicine course, the allergy, the care averages and the parents' questions", () => {
    expect(english.text).toContain("Pulls themselves up to standing");
    expect(english.text).toContain("Amoxicilina");
    expect(english.text).toContain("Proteína de leche de vaca (Moderate)");
    expect(english.text).toContain("900 ml");
    expect(english.text).toContain("¿Está bien que aún no camine sola?");
    expect(english.text).toContain("3. Is her head growing well?");
  });

  it("embeds its font", () => {
    const rows = english.fonts.split("\n").filter((l) => /NotoSans/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/\bTrueType\b.*\byes\s+yes\b|\byes\s+yes\s+yes\b/);
  });

  it("draws every page to PNG for a person to look at", () => {
    execFileSync("pdftoppm", ["-png", "-r", "80", english.file, join(OUT, "preterm-18-months-en")]);
    const pngs = readdirSync(OUT).filter((f) => f.startsWith("preterm-18-months-en") && f.endsWith(".png"));
    expect(pngs).toHaveLength(pageCount(english.text));
  });
});

describe("in Spanish, and over five years", () => {
  it("is written in Spanish, accents and all", async () => {
    const spanish = await render("preterm-18-months-es", { data: eighteen, questions: "", language: "es" });
    expect(spanish.text).toContain("Informe para el pediatra");
    expect(spanish.text).toContain("Gráficas de crecimiento");
    expect(spanish.text).toContain("Nació con 33 semanas de embarazo");
    expect(spanish.text).toContain("Escribe aquí tus preguntas antes de la consulta.");
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      "1",
      "-l",
      "2",
      spanish.file,
      join(OUT, "preterm-18-months-es"),
    ]);
  });

  it("renders a five-year history", async () => {
    const five = pretermReport({ months: 60, born: "2021-11-20", today: "2026-12-01", gestationalAgeWeeks: 33 });
    expect(five.growth.measurements.length).toBeGreaterThan(60);
    const report = await render("preterm-5-years-en", { data: five, questions: QUESTIONS, language: "en" });
    // Every measurement's row is there, the table running over pages.
    const last = five.growth.measurements.at(-1);
    expect(report.text).toContain(formatDate(last?.measuredOn ?? "", "en"));
    expect(pageCount(report.text)).toBeGreaterThanOrEqual(8);
    expect(report.text).toContain("CDC 2000");
    expect(report.text).toContain(`Page ${pageCount(report.text)} of ${pageCount(report.text)}`);
    execFileSync("pdftoppm", ["-png", "-r", "80", report.file, join(OUT, "preterm-5-years-en")]);
  });
});
