/**
 * The care log's kinds through export, import and CSV: a baby with entries of every kind exports, imports into
 * another account with the same values, and round-trips through both CSV forms; a file from before the care log
 * still imports.
 */
import { type BabyRecordDefinition, careRecordTypes } from "@upnest/schemas";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CARE_SAMPLES, CHICAGO, MADRID } from "../testing/care-samples.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { importCsvRows } from "./import.ts";

type User = Awaited<ReturnType<Harness["user"]>>;
let h: Harness;

/** A baby (in Chicago's zone) with every sample, added through the API. */
async function babyWithEverything(user: User, name: string) {
  const { babyId } = await user.caller.babies.create({
    name,
    dateOfBirth: "2026-01-10",
    sex: "female",
    timeZone: CHICAGO,
  });
  const caller = user.caller as unknown as Record<string, { add: (input: object) => Promise<unknown> }>;
  for (const definition of careRecordTypes)
    for (const values of CARE_SAMPLES[definition.kind] ?? []) await caller[definition.kind]?.add({ babyId, ...values });
  return babyId;
}

const rowsOf = (csv: string) => Papa.parse<Record<string, unknown>>(csv, { header: true, skipEmptyLines: true }).data;
const budget = { limit: 1000, windowSeconds: 60 };

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

describe("the care log's kinds", () => {
  it("every kind has samples here", () => {
    expect(Object.keys(CARE_SAMPLES).sort()).toEqual(careRecordTypes.map((d) => d.kind).sort());
  });

  it("export with every value and import into another account as the same entries, the baby's zone too", async () => {
    const family = await h.user("care-export");
    await babyWithEverything(family, "Ivy");
    const exported = await family.caller.account.export();
    const [baby] = exported.babies;
    expect(baby?.baby).toMatchObject({ name: "Ivy", timeZone: CHICAGO });
    for (const definition of careRecordTypes)
      expect(baby?.[definition.kind], definition.kind).toEqual(CARE_SAMPLES[definition.kind]);

    const other = await h.user("care-import");
    const { records } = await other.caller.account.import({ document: exported, idempotencyKey: "care-import-0001" });
    expect(records).toBe(Object.values(CARE_SAMPLES).flat().length);
    expect((await other.caller.account.export()).babies).toEqual(exported.babies);
  });

  it("a file from before the care log (no care entries, a baby without a zone) still imports", async () => {
    const importer = await h.user("care-old-file");
    const me = await importer.caller.users.me();
    await importer.caller.users.updateProfile({ version: me.version, timezone: MADRID });
    const document = {
      format: "upnest-export" as const,
      version: 1 as const,
      exportedAt: "2026-01-20T10:00:00.000Z",
      profile: { displayName: "Pat" },
      babies: [
        {
          role: "owner" as const,
          baby: { name: "Old", dateOfBirth: "2025-06-01", sex: "male" as const },
          measurements: [{ measuredOn: "2025-07-01", weightKg: 5.1 }],
          vaccinations: [],
          milestones: [],
        },
      ],
    };
    const { babyIds, records } = await importer.caller.account.import({ document, idempotencyKey: "care-old-file-1" });
    expect(records).toBe(1);
    const [baby] = (await importer.caller.account.export()).babies;
    // The importer's zone, as a baby they add would get.
    expect(baby?.baby).toMatchObject({ name: "Old", timeZone: MADRID });
    for (const definition of careRecordTypes) expect(baby?.[definition.kind]).toEqual([]);
    expect((await importer.caller.care.day({ babyId: babyIds[0] ?? "" })).timeZone).toBe(MADRID);
  });

  it("go through their machine CSV and back, and through the Spanish file for people and back", async () => {
    const family = await h.user("care-csv");
    const me = await family.caller.users.me();
    await family.caller.users.updateProfile({ version: me.version, language: "es" });
    const babyId = await babyWithEverything(family, "Ivy");
    const original = (await family.caller.account.export()).babies[0];
    for (const form of ["machine", "readable"] as const) {
      const { babyId: copy } = await family.caller.babies.create({
        name: `Copy ${form}`,
        dateOfBirth: "2026-01-10",
        sex: "female",
      });
      const access = await h.services.repos.babies.access(family.userId, copy);
      for (const definition of careRecordTypes) {
        const { csv } = await family.caller.account.csv({ babyId, kind: definition.kind, form });
        const rows = rowsOf(csv);
        expect(rows).toHaveLength(CARE_SAMPLES[definition.kind]?.length ?? 0);
        const report = await importCsvRows(h.services.repos, definition, access, { rows, dryRun: false }, budget);
        expect(report, `${form} ${definition.kind}`).toMatchObject({ created: rows.length, invalid: 0 });
      }
      const copied = (await family.caller.account.export()).babies.find((b) => b.baby.name === `Copy ${form}`);
      for (const definition of careRecordTypes)
        expect(copied?.[definition.kind], `${form} ${definition.kind}`).toEqual(original?.[definition.kind]);
    }
  });

  it("read as a person reads them: Spanish headers and words, minutes, hours and the entry's own clock", async () => {
    const family = await h.user("care-csv-words");
    const me = await family.caller.users.me();
    await family.caller.users.updateProfile({ version: me.version, language: "es" });
    const babyId = await babyWithEverything(family, "Ivy");
    const csvOf = async (definition: BabyRecordDefinition) =>
      rowsOf((await family.caller.account.csv({ babyId, kind: definition.kind as never })).csv);
    const [feedings, sleeps, diapers] = careRecordTypes;
    expect((await csvOf(feedings))[2]).toEqual({
      Inicio: "2026-02-02 18:15",
      "Zona horaria": MADRID,
      Toma: "sólidos",
      Lado: "",
      "Izquierdo (min)": "",
      "Derecho (min)": "",
      "Terminó en": "",
      "Cantidad (ml)": "",
      Leche: "",
      Alimentos: "peanut puffs; rice, peas",
      Alérgenos: "cacahuete; leche de vaca",
      Reacción: "Red cheeks, gone in an hour",
      Notas: "",
      Etiquetas: "daycare",
    });
    expect((await csvOf(feedings))[0]).toMatchObject({ Inicio: "2026-02-01 02:30", "Izquierdo (min)": "10" });
    expect(await csvOf(sleeps)).toEqual([
      {
        Inicio: "2026-03-07 22:00",
        Fin: "2026-03-08 07:30",
        "Duración (h)": "8,5",
        Sueño: "noche",
        Notas: "",
        Etiquetas: "grandma's; teething",
        "Zona horaria": CHICAGO,
      },
    ]);
    expect((await csvOf(diapers))[0]).toMatchObject({ Pañal: "mojado y sucio", Color: "pálido", Irritación: "sí" });
  });
});
