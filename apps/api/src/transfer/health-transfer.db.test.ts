/**
 * The health log's kinds through export, import and CSV: a baby with records of every kind exports, imports into
 * another account with the same values, and round-trips through both CSV forms; the Spanish file for people
 * writes units, routes, methods and severities in words, temperatures in °C, and a dose's time on its own clock.
 */
import { healthRecordTypes } from "@upnest/schemas";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHICAGO } from "../testing/care-samples.ts";
import { createHarness, type Harness } from "../testing/harness.ts";
import { HEALTH_SAMPLES } from "../testing/health-samples.ts";
import { importCsvRows } from "./import.ts";

type User = Awaited<ReturnType<Harness["user"]>>;
let h: Harness;

async function babyWithEverything(user: User, name: string) {
  const { babyId } = await user.caller.babies.create({
    name,
    dateOfBirth: "2026-01-10",
    sex: "female",
    timeZone: CHICAGO,
  });
  const caller = user.caller as unknown as Record<string, { add: (input: object) => Promise<unknown> }>;
  for (const definition of healthRecordTypes)
    for (const values of HEALTH_SAMPLES[definition.kind] ?? [])
      await caller[definition.kind]?.add({ babyId, ...values });
  return babyId;
}
const rowsOf = (csv: string) => Papa.parse<Record<string, unknown>>(csv, { header: true, skipEmptyLines: true }).data;
const budget = { limit: 1000, windowSeconds: 60 };

beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

describe("the health log's kinds", () => {
  it("every kind has samples here", () => {
    expect(Object.keys(HEALTH_SAMPLES).sort()).toEqual(healthRecordTypes.map((d) => d.kind).sort());
  });

  it("export with every value and import into another account as the same records", async () => {
    const family = await h.user("health-export");
    await babyWithEverything(family, "Ivy");
    const exported = await family.caller.account.export();
    const [baby] = exported.babies;
    for (const definition of healthRecordTypes)
      expect(baby?.[definition.kind], definition.kind).toEqual(
        expect.arrayContaining((HEALTH_SAMPLES[definition.kind] ?? []).map((v) => expect.objectContaining(v))),
      );
    const other = await h.user("health-import");
    await other.caller.account.import({ document: exported, idempotencyKey: "health-import-0001" });
    expect((await other.caller.account.export()).babies).toEqual(exported.babies);
  });

  it("go through their machine CSV and back, and through the Spanish file for people and back", async () => {
    const family = await h.user("health-csv");
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
      for (const definition of healthRecordTypes) {
        const { csv } = await family.caller.account.csv({ babyId, kind: definition.kind, form });
        const rows = rowsOf(csv);
        expect(rows).toHaveLength(HEALTH_SAMPLES[definition.kind]?.length ?? 0);
        const report = await importCsvRows(h.services.repos, definition, access, { rows, dryRun: false }, budget);
        expect(report, `${form} ${definition.kind}`).toMatchObject({ created: rows.length, invalid: 0 });
      }
      const copied = (await family.caller.account.export()).babies.find((b) => b.baby.name === `Copy ${form}`);
      for (const definition of healthRecordTypes)
        expect(copied?.[definition.kind], `${form} ${definition.kind}`).toEqual(original?.[definition.kind]);
    }
  });

  it("read as a person reads them: Spanish headers and words, °C, and a dose on its own clock", async () => {
    const family = await h.user("health-csv-words");
    const me = await family.caller.users.me();
    await family.caller.users.updateProfile({ version: me.version, language: "es" });
    const babyId = await babyWithEverything(family, "Ivy");
    const csvOf = async (kind: string) =>
      rowsOf((await family.caller.account.csv({ babyId, kind: kind as never })).csv);
    expect(await csvOf("medicineDoses")).toContainEqual(
      expect.objectContaining({
        "Dado a las": "2026-02-01 08:00",
        Medicamento: "Paracetamol",
        Cantidad: "2,5",
        Unidad: "ml",
        Vía: "por boca",
      }),
    );
    expect(await csvOf("temperatures")).toContainEqual(
      expect.objectContaining({ "Temperatura (°C)": "38,4", "Medida en": "rectal" }),
    );
    expect(await csvOf("allergies")).toContainEqual(
      expect.objectContaining({ Alérgeno: "Penicillin", Gravedad: "grave" }),
    );
    expect(await csvOf("visits")).toContainEqual(
      expect.objectContaining({ Revisión: "sí", "Próxima cita": "2026-04-01", "Hora de la próxima cita": "09:30" }),
    );
    expect(await csvOf("medicineCourses")).toContainEqual(
      expect.objectContaining({ Medicamento: "Eye drops", Unidad: "gotas", "Veces al día": "4", Vía: "en el ojo" }),
    );
  });
});
