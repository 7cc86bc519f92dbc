import { vaccineProducts } from "@upnest/immunizations";
import { checklistFor, milestoneText } from "@upnest/milestones";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHarness, type Harness } from "../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness(inject("dynamoEndpoint"));
});
afterAll(() => h.close());

const lines = (csv: string) => csv.split("\r\n");
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

async function parentWithRecords(name: string, language: "en" | "es") {
  const parent = await h.user(name);
  const me = await parent.caller.users.me();
  await parent.caller.users.updateProfile({ version: me.version, language });
  const { babyId } = await parent.caller.babies.create({ name: "Ada", dateOfBirth: "2026-01-10", sex: "female" });
  // 3.45678 kg is what a conversion from pounds leaves: a person reads it to the gram.
  await parent.caller.measurements.add({
    babyId,
    measuredOn: "2026-02-01",
    weightKg: 3.45678,
    lengthCm: 52.25,
    lengthMethod: "lying",
    labels: ["clinic", "after the fever"],
  });
  await parent.caller.measurements.add({ babyId, measuredOn: "2026-02-08", lengthCm: 53, lengthMethod: "lying" });
  await parent.caller.vaccinations.add({
    babyId,
    dateGiven: "2026-01-10",
    cvx: "08",
    lotNumber: "L1",
    givenAbroad: true,
  });
  const milestone = checklistFor(2)[0];
  if (!milestone) throw new Error("no 2-month milestones");
  await parent.caller.milestones.mark({ babyId, milestoneId: milestone.id, achievedOn: "2026-03-01" });
  return { parent, babyId, milestone };
}

describe("CSV for people", () => {
  it("is headed in the profile's language, with rounded numbers, words for codes and one date form", async () => {
    const { parent, babyId, milestone } = await parentWithRecords("csv-es", "es");
    const measurements = await parent.caller.account.csv({ babyId, kind: "measurements" });
    expect(measurements.filename).toBe("Ada-measurements.csv");
    expect(lines(measurements.csv)).toEqual([
      "Fecha de la medición,Peso (kg),Longitud (cm),Longitud medida,Perímetro cefálico (cm),Notas,Etiquetas",
      '2026-02-01,"3,457","52,3",tumbado,,,clinic; after the fever',
      "2026-02-08,,53,tumbado,,,",
    ]);
    const vaccine = vaccineProducts.find((p) => p.cvx === "08")?.name;
    const doses = lines((await parent.caller.account.csv({ babyId, kind: "vaccinations" })).csv);
    expect(doses[0]).toBe(
      "Fecha de administración,Vacuna,Número de lote,Centro,Reacciones,Administrada en el extranjero",
    );
    expect(rowsOf(doses.join("\r\n"))[0]).toEqual({
      "Fecha de administración": "2026-01-10",
      Vacuna: vaccine,
      "Número de lote": "L1",
      Centro: "",
      Reacciones: "",
      "Administrada en el extranjero": "sí",
    });
    const milestones = rowsOf((await parent.caller.account.csv({ babyId, kind: "milestones" })).csv);
    const spanish = milestoneText(milestone.id, "es");
    expect(spanish).not.toBe(milestone.text);
    expect(milestones).toEqual([{ "Fecha en que lo logró": "2026-03-01", Hito: spanish, Notas: "" }]);
  });

  it("an English profile reads English headers; the machine form keeps codes, ids and stored values", async () => {
    const { parent, babyId, milestone } = await parentWithRecords("csv-en", "en");
    expect(lines((await parent.caller.account.csv({ babyId, kind: "measurements" })).csv).slice(0, 2)).toEqual([
      "Date measured,Weight (kg),Length (cm),Length measured,Head circumference (cm),Notes,Labels",
      "2026-02-01,3.457,52.3,lying,,,clinic; after the fever",
    ]);
    const machine = await parent.caller.account.csv({ babyId, kind: "measurements", form: "machine" });
    expect(lines(machine.csv).slice(0, 2)).toEqual([
      "measuredOn,weightKg,lengthCm,lengthMethod,headCircumferenceCm,notes,labels",
      '2026-02-01,3.45678,52.25,lying,,,"[""clinic"",""after the fever""]"',
    ]);
    const doses = rowsOf((await parent.caller.account.csv({ babyId, kind: "vaccinations", form: "machine" })).csv);
    expect(doses[0]).toMatchObject({ cvx: "08", givenAbroad: "true" });
    const marked = rowsOf((await parent.caller.account.csv({ babyId, kind: "milestones", form: "machine" })).csv);
    expect(marked[0]).toMatchObject({ milestoneId: milestone.id });
  });

  it("a file for people, in Spanish or English, imports back as the same measurements", async () => {
    for (const language of ["es", "en"] as const) {
      const parent = await h.user(`csv-back-${language}`);
      const me = await parent.caller.users.me();
      await parent.caller.users.updateProfile({ version: me.version, language });
      const { babyId } = await parent.caller.babies.create({ name: "Bo", dateOfBirth: "2026-01-10", sex: "male" });
      await parent.caller.measurements.add({
        babyId,
        measuredOn: "2026-02-01",
        weightKg: 3.9,
        lengthCm: 52.5,
        lengthMethod: "lying",
        labels: ["clinic", "day 22"],
      });
      await parent.caller.measurements.add({
        babyId,
        measuredOn: "2026-02-08",
        lengthCm: 53,
        lengthMethod: "standing",
        notes: "no",
      });
      const rows = rowsOf((await parent.caller.account.csv({ babyId, kind: "measurements" })).csv);
      const { babyId: copy } = await parent.caller.babies.create({
        name: "Copy",
        dateOfBirth: "2026-01-10",
        sex: "male",
      });
      const report = await parent.caller.account.importMeasurements({ babyId: copy, rows });
      expect(report).toMatchObject({ created: 2, invalid: 0 });
      const values = async (id: string) =>
        (await parent.caller.measurements.list({ babyId: id })).items.map(
          ({ measuredOn, weightKg, lengthCm, lengthMethod, notes, labels }) => ({
            measuredOn,
            weightKg,
            lengthCm,
            lengthMethod,
            notes,
            labels,
          }),
        );
      expect(await values(copy)).toEqual(await values(babyId));
    }
  });

  it("an unknown form is refused with a clear message", async () => {
    const parent = await h.user("csv-form");
    const { babyId } = await parent.caller.babies.create({ name: "Cy", dateOfBirth: "2026-01-10", sex: "male" });
    await expect(
      parent.client.account.csv.query({ babyId, kind: "measurements", form: "xml" as never }),
    ).rejects.toMatchObject({ data: { code: "BAD_REQUEST", fieldErrors: { form: ["Choose readable or machine"] } } });
  });
});
