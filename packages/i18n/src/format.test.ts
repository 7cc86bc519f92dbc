import { describe, expect, it } from "vitest";
import { formatDate, formatLength, formatVolume, formatWeight } from "./format.ts";
import { createI18n } from "./instance.ts";
import { languageFromHeader, pickLanguage } from "./languages.ts";
import { kgToLbOz } from "./units.ts";

describe("numbers and units as a clinician writes them", () => {
  it("rounds a raw float to the gram and a length to the millimetre", () => {
    expect(formatWeight(3.5011661059375, "metric", "en")).toBe("3.501 kg");
    expect(formatWeight(4.2, "metric", "en")).toBe("4.2 kg");
    expect(formatLength(55.55, "metric", "en")).toBe("55.6 cm");
    expect(formatWeight(3.5011661059375, "metric", "es")).toBe("3,501 kg");
  });

  it("writes imperial weights as pounds and ounces, and lengths in tenths of an inch", () => {
    expect(formatWeight(3.5, "imperial", "en")).toBe("7 lb 11.5 oz");
    expect(formatWeight(0.2, "imperial", "en")).toBe("7.1 oz");
    expect(formatLength(55.7, "imperial", "es")).toBe("21,9 in");
    expect(kgToLbOz(0.45359237 * 8)).toEqual({ lb: 8, oz: 0 });
  });

  it("writes a bottle in millilitres, or in US fluid ounces to a tenth", () => {
    expect(formatVolume(120.4, "metric", "en")).toBe("120 ml");
    expect(formatVolume(1000, "metric", "es")).toBe("1000 ml");
    expect(formatVolume(120, "imperial", "en")).toBe("4.1 oz");
    expect(formatVolume(29.5735295625 * 4, "imperial", "es")).toBe("4 oz");
    expect(formatVolume(270, "imperial", "es")).toBe("9,1 oz");
  });
});

describe("dates", () => {
  it("are written one way per language", () => {
    expect(formatDate("2026-03-03", "en")).toBe("3 Mar 2026");
    expect(formatDate("2026-03-03", "es")).toBe("3 mar 2026");
  });
});

describe("choosing a language", () => {
  it("takes the first supported choice, else English", () => {
    expect(pickLanguage([undefined, "es-MX", "en"])).toBe("es");
    expect(pickLanguage(["fr-FR", "de"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });

  it("reads an Accept-Language header by quality", () => {
    expect(languageFromHeader("fr;q=1, es;q=0.8, en;q=0.5")).toBe("es");
    expect(languageFromHeader("en;q=0.2, es-419")).toBe("es");
    expect(languageFromHeader("")).toBe("en");
    expect(languageFromHeader(undefined)).toBe("en");
  });
});

describe("an instance", () => {
  it("is ready at once in the language asked for, and falls back to English", () => {
    expect(createI18n("es").t("loading")).toBe("Cargando…");
    expect(createI18n("en").t("settings:language.legend")).toBe("Language");
  });
});
