import { beforeAll, describe, expect, it } from "vitest";
import { fhirSchemaErrors, fhirValidator, unresolvedReferences } from "../../test/fhir-schema.ts";
import { pretermBaby } from "../../test/preterm-baby.ts";
import { babyToFhirBundle } from "./export.ts";
import type { FhirBundle, FhirImmunization, FhirObservation } from "./export-types.ts";

const bundle = babyToFhirBundle(pretermBaby);
const of = <T extends FhirBundle["entry"][number]["resource"]>(type: T["resourceType"]) =>
  bundle.entry.map((e) => e.resource).filter((r): r is T => r.resourceType === type);
const observations = of<FhirObservation>("Observation");
const coded = (code: string) => observations.filter((o) => o.code.coding?.some((c) => c.code === code));
const on = (code: string, date: string) => coded(code).find((o) => o.effectiveDateTime === date);

beforeAll(() => void fhirValidator(), 60_000);

describe("a preterm baby's records as a FHIR R4 Bundle", () => {
  it("validates against the FHIR R4 JSON schema, and every reference names an entry of the Bundle", () => {
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection", timestamp: pretermBaby.exportedAt });
    expect(unresolvedReferences(bundle)).toEqual([]);
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const { fullUrl, resource } of bundle.entry) {
      expect(fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(fullUrl).toBe(`urn:uuid:${resource.id}`);
    }
  });

  it("is refused by the schema when a required element is missing or a date is malformed", () => {
    const broken = structuredClone(bundle);
    const at = broken.entry.findIndex((e) => e.resource.resourceType === "Immunization");
    delete (broken.entry[at]!.resource as Partial<FhirImmunization>).patient;
    expect(fhirSchemaErrors(broken)).toEqual([`/entry/${at}/resource: must have required property 'patient'`]);
    const misdated = structuredClone(bundle);
    (misdated.entry[0]?.resource as { birthDate: string }).birthDate = "2024-02-30T";
    expect(fhirSchemaErrors(misdated)).toEqual([expect.stringMatching(/^\/entry\/0\/resource\/birthDate: must match/)]);
  });

  it("starts with the Patient: her name, sex as gender and date of birth", () => {
    expect(bundle.entry[0]?.resource).toMatchObject({
      resourceType: "Patient",
      name: [{ use: "usual", text: "Lucía" }],
      gender: "female",
      birthDate: "2024-03-01",
    });
  });

  it("has each measure as a vital sign in UCUM units, coded with LOINC, on the day measured", () => {
    const patient = bundle.entry[0]?.fullUrl;
    const weights = coded("29463-7");
    expect(weights.map((o) => [o.effectiveDateTime, o.valueQuantity.value])).toEqual([
      ["2024-03-01", 1.42],
      ["2024-07-01", 4.875],
      ["2025-03-03", 8.3],
      ["2026-05-04", 11.9],
    ]);
    for (const o of observations.filter((o) => o.category)) {
      expect(o.category).toEqual([
        {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/observation-category",
              code: "vital-signs",
              display: "Vital Signs",
            },
          ],
        },
      ]);
      expect(o).toMatchObject({ status: "final", subject: { reference: patient } });
      expect(o.valueQuantity.system).toBe("http://unitsofmeasure.org");
    }
    expect(on("29463-7", "2024-03-01")?.valueQuantity).toMatchObject({ unit: "kg", code: "kg" });
    // A length taken lying carries R4's body height code and LOINC's lying one; a standing height only the first.
    expect(on("8302-2", "2024-07-01")?.code.coding?.map((c) => c.code)).toEqual(["8302-2", "8306-3"]);
    expect(on("8302-2", "2024-07-01")?.valueQuantity).toMatchObject({ value: 55.2, code: "cm" });
    expect(on("8302-2", "2026-05-04")?.code.coding?.map((c) => c.code)).toEqual(["8302-2"]);
    expect(on("9843-4", "2024-03-01")?.valueQuantity).toMatchObject({ value: 27.8, unit: "cm", code: "cm" });
    expect(on("39156-5", "2024-07-01")?.valueQuantity).toMatchObject({ value: 16, unit: "kg/m2", code: "kg/m2" });
    expect(on("39156-5", "2024-07-01")?.meta?.profile).toEqual(["http://hl7.org/fhir/StructureDefinition/bmi"]);
    // The weight alone at one year gives no BMI.
    expect(on("39156-5", "2025-03-03")).toBeUndefined();
  });

  it("has the percentiles US Core's pediatric profiles define, in %, naming the standard they were read on", () => {
    expect(coded("59576-9").map((o) => [o.effectiveDateTime, o.valueQuantity.value, o.note?.[0]?.text])).toEqual([
      ["2024-07-01", 58.1, "WHO Child Growth Standards (2006): BMI-for-age"],
      ["2026-05-04", 50.04, "CDC 2000 Growth Charts: BMI-for-age"],
    ]);
    expect(coded("77606-2").map((o) => [o.effectiveDateTime, o.valueQuantity.value, o.note?.[0]?.text])).toEqual([
      ["2024-07-01", 62.35, "WHO Child Growth Standards (2006): weight-for-length"],
      ["2026-05-04", 47.2, "WHO Child Growth Standards (2006): weight-for-height"],
    ]);
    const heads = coded("8289-1");
    expect(heads.map((o) => [o.effectiveDateTime, o.valueQuantity.value])).toEqual([
      ["2024-03-01", 41.27],
      ["2024-07-01", 35.5],
    ]);
    expect(heads[0]?.note?.[0]?.text).toMatch(/^INTERGROWTH-21st/);
    for (const o of [...coded("59576-9"), ...coded("77606-2"), ...heads])
      expect(o.valueQuantity).toMatchObject({ unit: "%", system: "http://unitsofmeasure.org", code: "%" });
    // Each percentile points at the measures it was read from.
    expect(coded("8289-1")[0]?.derivedFrom).toEqual([
      {
        reference: bundle.entry.find((e) => e.resource === on("9843-4", "2024-03-01"))?.fullUrl,
        display: "Head Occipital-frontal circumference",
      },
    ]);
    expect(on("77606-2", "2024-07-01")?.derivedFrom?.map((r) => r.display)).toEqual([
      "Body weight",
      "Body height --lying",
    ]);
  });

  it("records the gestational age at birth, in weeks", () => {
    expect(coded("76516-4").map((o) => [o.effectiveDateTime, o.valueQuantity])).toEqual([
      ["2024-03-01", { value: 30.43, unit: "wk", system: "http://unitsofmeasure.org", code: "wk" }],
    ]);
  });

  it("has each dose as a completed Immunization with its CVX code, date, lot and clinic", () => {
    const doses = of<FhirImmunization>("Immunization");
    expect(doses).toHaveLength(2);
    expect(doses[0]).toMatchObject({
      status: "completed",
      vaccineCode: { coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: "08" }] },
      occurrenceDateTime: "2024-03-01",
      lotNumber: "HB-2231",
      performer: [{ actor: { display: "Hospital La Paz" } }],
      primarySource: false,
      patient: { reference: bundle.entry[0]?.fullUrl },
    });
    expect(doses[1]).not.toHaveProperty("lotNumber");
    expect(doses[1]?.reaction).toEqual([{ detail: { display: "Low fever for a day" }, reported: true }]);
  });

  it("has the engine's forecast as one ImmunizationRecommendation, a recommendation per vaccine group", () => {
    const [forecast, ...more] =
      of<Extract<FhirBundle["entry"][number]["resource"], { resourceType: "ImmunizationRecommendation" }>>(
        "ImmunizationRecommendation",
      );
    expect(more).toEqual([]);
    expect(forecast).toMatchObject({
      date: "2026-05-10",
      authority: { display: "CDC Clinical Decision Support for Immunization (CDSi) 4.64" },
    });
    const groups = forecast?.recommendation ?? [];
    const status = (r: (typeof groups)[number]) => r.forecastStatus.coding?.[0]?.code ?? r.forecastStatus.text;
    expect(groups.map((r) => [r.vaccineCode[0]?.text, status(r)])).toEqual([
      ["DTaP/Tdap/Td", "overdue"],
      ["MMR", "due"],
      ["HepB", "complete"],
      ["Varicella", "immune"],
      ["Rotavirus", "Aged out (no longer given at this age)"],
    ]);
    const dtap = groups[0];
    expect(dtap?.doseNumberPositiveInt).toBe(2);
    expect(dtap?.vaccineCode.slice(1).map((c) => c.coding?.[0])).toEqual([
      { system: "http://hl7.org/fhir/sid/cvx", code: "20", display: "DTaP" },
      { system: "http://hl7.org/fhir/sid/cvx", code: "110", display: "DTaP-hep B-IPV" },
    ]);
    expect(dtap?.dateCriterion?.map((d) => [d.code.coding?.[0]?.code, d.value])).toEqual([
      ["30981-5", "2024-05-29"],
      ["30980-7", "2024-07-01"],
      ["59778-1", "2024-08-01"],
    ]);
    expect(groups[2]).not.toHaveProperty("dateCriterion");
  });

  it("gives every record the same uuid in every export", () => {
    const again = babyToFhirBundle({ ...pretermBaby, exportedAt: "2026-06-01T10:00:00.000Z" });
    expect(again.entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));
    expect(again.id).not.toBe(bundle.id);
  });
});
