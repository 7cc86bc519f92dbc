// Every field message the schemas can give is in packages/i18n's validation catalog, so forms and the API can say it
// in the person's language (packages/i18n/src/messages.ts finds a message by its English text).
// (Here, in the app that uses both: the pure packages depend on nothing in the workspace.)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseMessage, resources, translateMessage } from "@upnest/i18n";
import { addMeasurementInput, babyRecordTypes, createBabyInput, feedings, updateProfileInput } from "@upnest/schemas";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const schemasDir = dirname(fileURLToPath(import.meta.resolve("@upnest/schemas")));
// The schemas and the registry's definitions (records/: their export limits and rules that need the baby).
const sources = readdirSync(schemasDir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => readFileSync(join(schemasDir, f), "utf8"));

/** A message with its parameters blanked: "${label} is required" and "{{field}} is required" are both "… is required". */
const shape = (text: string) => text.replace(/\$\{[^}]+\}|\{\{\w+\}\}/g, "…");

const { field: fields, ...patterns } = resources.en.validation;
const catalogued = new Set(Object.values(patterns).map(shape));

describe("the schemas' messages", () => {
  const written = sources
    .flatMap((source) =>
      [...source.matchAll(/(?:error|message):\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)/g)].map(
        ([, a, b, c]) => a ?? b ?? c ?? "",
      ),
    )
    // Written from a type's label (notBeforeBirth): each type's own message is checked below.
    .filter((message) => !/^\$\{label\} cannot be before the date of birth/.test(message));

  it("are found and each is in the validation catalog", () => {
    expect(written.length).toBeGreaterThan(40);
    // A message with a fixed field ("Notes must be at most 1000 characters") is a pattern's text as it is.
    const found = (message: string) =>
      catalogued.has(shape(message)) || parseMessage(message.replace(/\$\{[^}]+\}/g, "1")) !== undefined;
    expect(written.filter((message) => !found(message))).toEqual([]);
  });

  it("of every registry type (its export limit, a date before birth) are in the catalog", () => {
    const born = { dateOfBirth: "2026-01-10" };
    const messages = babyRecordTypes.flatMap((definition) => {
      // The type's example with every date or instant moved to before the birth.
      const early = Object.fromEntries(
        Object.entries(definition.example).map(([k, v]) => [
          k,
          typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v) ? `2000-01-01${v.slice(10)}` : v,
        ]),
      );
      return [definition.exportLimit.message, definition.check?.(born, early as never)?.message ?? ""];
    });
    expect(messages.filter((m) => !m)).toEqual([]);
    expect(messages.filter((m) => parseMessage(m) === undefined)).toEqual([]);
  });

  it("name only fields the catalog has", () => {
    const labels = sources.flatMap((source) =>
      [...source.matchAll(/(?:shortText|bounded|optionalText|seconds|millilitres)\("([^"]+)"/g)].map(
        ([, label]) => label,
      ),
    );
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter((label) => !Object.values(fields).includes(label as never))).toEqual([]);
  });

  it("read in Spanish, with the field's name and the numbers written the Spanish way", () => {
    const errors = (result: { error?: z.ZodError }) =>
      Object.values(result.error ? z.flattenError(result.error).fieldErrors : {})
        .flat()
        .map((m) => translateMessage(String(m), "es"));
    expect(errors(addMeasurementInput.safeParse({ babyId: "x", measuredOn: "2026-01-01", weightKg: 0.1 }))).toEqual(
      expect.arrayContaining(["Peso: tiene que estar entre 0,2 y 60 kg", "El identificador no es válido"]),
    );
    expect(errors(createBabyInput.safeParse({ name: " ", dateOfBirth: "01/01/2026", sex: "x" }))).toEqual([
      "Nombre: este dato es obligatorio",
      "Escribe la fecha como AAAA-MM-DD",
      "El sexo tiene que ser femenino o masculino",
    ]);
    expect(errors(updateProfileInput.safeParse({ version: 0, displayName: "x".repeat(81) }))).toEqual([
      "Nombre visible: como máximo 80 caracteres",
      "Falta la versión",
    ]);
  });

  it("of the care log read in Spanish", () => {
    const feeding = { babyId: "01HZY3T7V8W9X0Y1Z2A3B4C5D6", startedAt: "2026-02-01T16:10:00.000Z", timeZone: "UTC" };
    const spanish = (input: Record<string, unknown>) => {
      const result = feedings.inputs.add.safeParse({ ...feeding, ...input });
      return result.error
        ? Object.values(z.flattenError(result.error).fieldErrors)
            .flat()
            .map((m) => translateMessage(String(m), "es"))
        : [];
    };
    expect(spanish({ method: "breast", side: "left", leftSeconds: 50_000 })).toEqual([
      "Tiempo en el pecho izquierdo: tiene que estar entre 0 y 12 horas",
    ]);
    expect(spanish({ method: "bottle", amountMl: 1.5e3 })).toEqual(["Cantidad: tiene que estar entre 0 y 1000 ml"]);
    expect(spanish({ method: "solids", foods: [" "], allergens: ["kiwi"] })).toEqual([
      "Cada alimento necesita un nombre",
      "Elige un alérgeno de la lista",
    ]);
    expect(translateMessage("Start cannot be before the date of birth (2026-01-10)", "es")).toBe(
      "El inicio no puede ser anterior a la fecha de nacimiento (10 ene 2026)",
    );
  });

  it("stay as they are in English, and a text that is no schema message is left alone", () => {
    expect(translateMessage("Name is required", "en")).toBe("Name is required");
    expect(translateMessage("Something else entirely", "es")).toBe("Something else entirely");
  });
});
