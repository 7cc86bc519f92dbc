import { describe, expect, it } from "vitest";
import { antigenData } from "../src/data/antigens.ts";
import { vaccineGroups } from "../src/data/schedule.ts";
import { assessImmunizations } from "../src/index.ts";
import { whoSeries } from "../src/who/data.ts";
import {
  antigenName,
  reasonCode,
  reasonText,
  SPANISH_NAMES,
  VACCINATION_LANGUAGES,
  vaccineGroupName,
} from "../src/words.ts";

const CDSI_REASONS = [
  "Age: too young",
  "Age: too old",
  "Age: grace period",
  "Interval: too soon",
  "Live virus conflict",
  "Inadvertent vaccine",
  "Vaccine not preferable or allowable for this dose",
  "Series already complete",
  "Birth weight under 2,000 g", // beyond CDSi: src/engine/beyond-cdsi.ts
];

describe("the words a parent reads about vaccinations", () => {
  it("has a Spanish name for every vaccine group of CDC's and WHO's schedules, and none for a group that does not exist", () => {
    const groups = new Set([...vaccineGroups.map((g) => g.name), ...whoSeries.map((s) => s.vaccineGroup)]);
    expect(Object.keys(SPANISH_NAMES.groups).sort()).toEqual([...groups].sort());
  });

  it("has a Spanish name for every antigen of both schedules, and none for an antigen that does not exist", () => {
    const antigens = new Set([
      ...Object.keys(antigenData),
      ...vaccineGroups.flatMap((g) => g.antigens),
      ...whoSeries.map((s) => s.antigen),
    ]);
    expect(Object.keys(SPANISH_NAMES.antigens).sort()).toEqual([...antigens].sort());
  });

  it.each(VACCINATION_LANGUAGES)("says every reason the engine gives in %s, each differently", (language) => {
    const texts = CDSI_REASONS.map((reason) => reasonText(reasonCode(reason), language));
    for (const text of texts) expect(text).toMatch(/^\p{Lu}.{10,}\.$/u);
    expect(new Set(texts).size).toBe(CDSI_REASONS.length);
  });

  it("has a code for the reasons the engine gives a real history", () => {
    // A DTaP two and a half weeks after the first: too soon.
    const assessment = assessImmunizations({
      dateOfBirth: "2025-01-01",
      sex: "female",
      assessmentDate: "2025-06-01",
      doses: [
        { dateGiven: "2025-03-02", cvx: "20" },
        { dateGiven: "2025-03-20", cvx: "20" },
      ],
    });
    const reasons = assessment.doses.flatMap((d) => d.evaluations.map((e) => e.reason)).filter(Boolean);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reasonCode(reason)).toBeDefined();
    expect(reasonText(reasonCode("Interval: too soon"), "es")).toBe(
      "Se aplicó demasiado pronto después de la dosis anterior.",
    );
  });

  it("shows no code or unknown reason as is, and is not fooled by prototype names", () => {
    expect(reasonCode("Something new in CDSi 5")).toBeUndefined();
    expect(reasonCode("constructor")).toBeUndefined();
    expect(reasonText("constructor", "es")).toBeUndefined();
    expect(reasonText("something-new", "en")).toBeUndefined();
  });

  it("names groups and antigens in Spanish, and CDSi's names in English", () => {
    expect(vaccineGroupName("Varicella", "es")).toBe("Varicela");
    expect(vaccineGroupName("Varicella", "en")).toBe("Varicella");
    expect(antigenName("Pertussis", "es")).toBe("Tosferina");
    expect(antigenName("Zika", "es")).toBe("Zika");
    expect(vaccineGroupName("toString", "es")).toBe("toString");
  });
});
