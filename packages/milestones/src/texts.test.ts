import { describe, expect, it } from "vitest";
import { MILESTONE_TEXTS_ES } from "./data-es.ts";
import { MILESTONE_LANGUAGES, MILESTONE_SOURCE, milestoneSource, milestones, milestoneText } from "./index.ts";

describe("the milestones in every language", () => {
  it("has a Spanish text for every milestone id, and none for an id that does not exist", () => {
    const ids = milestones.map((m) => m.id).sort();
    expect(Object.keys(MILESTONE_TEXTS_ES).sort()).toEqual(ids);
  });

  it.each(MILESTONE_LANGUAGES)(
    "writes every milestone in %s: a sentence of at most 160 characters, each its own",
    (language) => {
      const texts = milestones.map((m) => milestoneText(m.id, language));
      for (const text of texts) {
        expect(text?.trim()).toBeTruthy();
        expect(text?.length).toBeLessThanOrEqual(160);
        expect(text).not.toMatch(/\s$|^\s|\.$/);
      }
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it("reads English from the checklist and Spanish from its translation", () => {
    expect(milestoneText("m06-social-laughs", "en")).toBe("Laughs out loud");
    expect(milestoneText("m06-social-laughs", "es")).toBe("Se ríe a carcajadas");
  });

  it("knows no text for an unknown id, even one named like an object's property", () => {
    expect(milestoneText("m99-social-unknown", "es")).toBeNull();
    expect(milestoneText("constructor", "es")).toBeNull();
    expect(milestoneText("toString", "en")).toBeNull();
  });

  it("says where the milestones come from in Spanish, with the same link and paper", () => {
    const es = milestoneSource("es");
    expect(es.publisher).toMatch(/Centros para el Control/);
    expect(es.revision).toMatch(/2022/);
    expect(es.note).toMatch(/75 %/);
    expect(es.note).toMatch(/no son una prueba ni un diagnóstico/);
    expect(es.note).toMatch(/médico/);
    expect(es.url).toBe(MILESTONE_SOURCE.url);
    expect(es.paper).toEqual(MILESTONE_SOURCE.paper);
    expect(milestoneSource("en")).toBe(MILESTONE_SOURCE);
  });
});
