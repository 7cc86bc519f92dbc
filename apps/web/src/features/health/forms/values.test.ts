import { describe, expect, it } from "vitest";
import { i18n } from "../../../i18n/i18n.ts";
import { formValuesOf, type HealthFormValues, parseHealthForm } from "./values.ts";

const ZONE = "America/Chicago";
const now = Date.parse("2026-11-20T20:00:00Z"); // 14:00 in Chicago
const blank = (preset: Partial<HealthFormValues> = {}) => formValuesOf(undefined, ZONE, "metric", now, preset);

describe("a health record's form", () => {
  it("starts a new record now and today on the family's clock", () => {
    expect(blank()).toMatchObject({ time: "2026-11-20T14:00", startedOn: "2026-11-20", visitedOn: "2026-11-20" });
  });

  it("sends a course every N hours, or N times a day, never both", () => {
    const every = blank({ name: " Amoxicillin ", amount: "2,5", unit: "ml", everyHours: "6", days: "5" });
    expect(parseHealthForm("medicineCourses", every, blank(), {}, ZONE, "metric")).toEqual({
      ok: true,
      values: { name: "Amoxicillin", amount: 2.5, unit: "ml", startedOn: "2026-11-20", everyHours: 6, days: 5 },
    });
    const times = { ...every, spacing: "times" as const, timesPerDay: "3" };
    const parsed = parseHealthForm("medicineCourses", times, blank(), {}, ZONE, "metric");
    expect(parsed.ok && parsed.values).toMatchObject({ timesPerDay: 3 });
    expect(parsed.ok && "everyHours" in parsed.values).toBe(false);
  });

  it("says on its box what is missing, in the app's language", async () => {
    await i18n.changeLanguage("es");
    const parsed = parseHealthForm("medicineCourses", blank({ name: "Ibuprofeno" }), blank(), {}, ZONE, "metric");
    expect(parsed).toEqual({ ok: false, errors: { everyHours: "Indica cada cuántas horas o cuántas veces al día" } });
    await i18n.changeLanguage("en");
    const temp = parseHealthForm("temperatures", blank({ temperature: "" }), blank(), {}, ZONE, "metric");
    expect(temp).toEqual({ ok: false, errors: { temperature: "Temperature must be a number" } });
  });

  it("takes a temperature in °F and stores °C; an unchanged one keeps what was stored", () => {
    const typed = blank({ temperature: "101.3", method: "rectal" });
    const parsed = parseHealthForm("temperatures", typed, blank(), {}, ZONE, "imperial");
    expect(parsed.ok && parsed.values).toEqual({
      takenAt: "2026-11-20T20:00:00.000Z",
      timeZone: ZONE,
      celsius: 38.5,
      method: "rectal",
    });
    const stored = { takenAt: "2026-11-20T20:00:00.000Z", timeZone: ZONE, celsius: 38.33, method: "oral" };
    const shown = formValuesOf(stored, ZONE, "imperial", now);
    expect(shown.temperature).toBe("101.0");
    const again = parseHealthForm("temperatures", shown, shown, stored, ZONE, "imperial");
    expect(again.ok && again.values.celsius).toBe(38.33);
  });

  it("reads symptoms separated by commas, and a dose at a time on the family's clock", () => {
    const ill = parseHealthForm("illnesses", blank({ symptoms: "fever, cough ,, " }), blank(), {}, ZONE, "metric");
    expect(ill.ok && ill.values.symptoms).toEqual(["fever", "cough"]);
    const dose = blank({ name: "Paracetamol", time: "2026-11-20T03:10" });
    const parsed = parseHealthForm("medicineDoses", dose, blank(), {}, ZONE, "metric");
    expect(parsed.ok && parsed.values).toEqual({
      name: "Paracetamol",
      givenAt: "2026-11-20T09:10:00.000Z",
      timeZone: ZONE,
    });
  });

  it("refuses a next appointment time without its date", () => {
    const visit = blank({ nextAppointmentTime: "09:30" });
    expect(parseHealthForm("visits", visit, blank(), {}, ZONE, "metric")).toEqual({
      ok: false,
      errors: { nextAppointmentOn: "Enter the date of the next appointment" },
    });
  });

  it("an edit keeps a dose's or a temperature's labels, and drops only the one removed", () => {
    const stored = {
      takenAt: "2026-11-20T19:00:00.000Z",
      timeZone: ZONE,
      celsius: 38.2,
      method: "ear",
      labels: ["teething", "night"],
    };
    const initial = formValuesOf(stored, ZONE, "metric", now);
    const edit = (values: Partial<HealthFormValues>) =>
      parseHealthForm("temperatures", { ...initial, ...values }, initial, stored, ZONE, "metric");
    expect(edit({ notes: "After the bath" })).toMatchObject({
      ok: true,
      values: { celsius: 38.2, notes: "After the bath", labels: ["teething", "night"] },
    });
    expect(edit({ labels: ["night"] })).toMatchObject({ ok: true, values: { labels: ["night"] } });
    const dose = { givenAt: "2026-11-20T19:00:00.000Z", timeZone: ZONE, name: "Paracetamol", labels: ["fever"] };
    const doseForm = formValuesOf(dose, ZONE, "metric", now);
    expect(parseHealthForm("medicineDoses", doseForm, doseForm, dose, ZONE, "metric")).toMatchObject({
      ok: true,
      values: { name: "Paracetamol", labels: ["fever"] },
    });
  });
});
