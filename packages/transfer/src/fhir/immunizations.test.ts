import { describe, expect, it } from "vitest";
import { FhirReadError, immunizationProblem, readFhirImmunizations } from "./immunizations.ts";

// A portal's Bundle written for this test after the FHIR R4 specification's Immunization examples
// (hl7.org/fhir/R4/immunization-examples.html): "protocol" (a completed HepA-HepB dose with its lot), "example"
// (Fluvax coded only in an Australian code system), "notGiven" (status not-done), "historical" (a date in words),
// and one entered in error; plus a Patient, a dose with an unknown CVX and a resource of another type.
const CVX = "http://hl7.org/fhir/sid/cvx";
const immunization = (fields: Record<string, unknown>) => ({
  resourceType: "Immunization",
  status: "completed",
  patient: { reference: "Patient/baby" },
  ...fields,
});
const bundle = {
  resourceType: "Bundle",
  type: "searchset",
  entry: [
    {
      resource: {
        resourceType: "Patient",
        id: "baby",
        name: [
          { use: "usual", given: ["Lu"] },
          { use: "official", family: "Rivera", given: ["Lucía", "María"] },
        ],
        birthDate: "2026-03-14",
      },
    },
    {
      resource: immunization({
        vaccineCode: { coding: [{ system: CVX, code: "104", display: "Hep A-Hep B" }], text: "Twinrix" },
        occurrenceDateTime: "2026-05-14T10:30:00+10:00",
        lotNumber: "PT123F",
        performer: [{ function: { text: "Administering provider" }, actor: { display: "Dr Adam Careful" } }],
      }),
    },
    {
      resource: immunization({
        vaccineCode: { coding: [{ system: "urn:oid:1.2.36.1.2001.1005.17", code: "FLUVAX" }], text: "Fluvax" },
        occurrenceDateTime: "2026-05-14",
      }),
    },
    {
      resource: immunization({
        status: "not-done",
        statusReason: { coding: [{ code: "MEDPREC" }] },
        vaccineCode: { coding: [{ system: CVX, code: "01" }] },
        occurrenceDateTime: "2026-05-14",
      }),
    },
    {
      resource: immunization({
        vaccineCode: { coding: [{ system: CVX, code: "08" }] },
        occurrenceString: "January 2026",
        location: { display: "Maternity ward" },
      }),
    },
    {
      resource: immunization({
        status: "entered-in-error",
        vaccineCode: { coding: [{ system: CVX, code: "20" }] },
        occurrenceDateTime: "2026-05-14",
      }),
    },
    {
      resource: immunization({
        vaccineCode: { coding: [{ system: CVX, code: "999" }] },
        occurrenceDateTime: "2026-05",
      }),
    },
    {
      resource: immunization({
        vaccineCode: { coding: [{ system: CVX, code: "08" }] },
        occurrenceDateTime: "2026-03-15",
        location: { display: "Maternity ward" },
      }),
    },
    { resource: { resourceType: "Observation", status: "final" } },
  ],
};
const known = new Set(["01", "08", "20", "104"]);
const read = (input: unknown) => readFhirImmunizations(input, { isKnownCvx: (cvx) => known.has(cvx) });

describe("readFhirImmunizations", () => {
  it("takes each completed Immunization with a known CVX code and a date, and reports every other with its reason", () => {
    const result = read(bundle);
    expect(result.patient).toEqual({ name: "Lucía María Rivera", birthDate: "2026-03-14" });
    expect(result.doses).toEqual([
      { cvx: "104", date: "2026-05-14", lotNumber: "PT123F", performer: "Dr Adam Careful" },
      { cvx: "08", date: "2026-03-15", lotNumber: null, performer: "Maternity ward" },
    ]);
    expect(result.skipped).toEqual([
      { index: 1, reason: "no-cvx", cvx: null, date: "2026-05-14" },
      { index: 2, reason: "not-completed", cvx: "01", date: "2026-05-14" },
      { index: 3, reason: "no-date", cvx: "08", date: null },
      { index: 4, reason: "not-completed", cvx: "20", date: "2026-05-14" },
      { index: 5, reason: "unknown-cvx", cvx: "999", date: null },
    ]);
  });

  it("reads a single Immunization, and a Bundle without entries or without a Patient", () => {
    const single = read(bundle.entry[1]?.resource);
    expect(single.patient).toBeNull();
    expect(single.doses.map((d) => d.cvx)).toEqual(["104"]);
    expect(read({ resourceType: "Bundle", type: "collection" })).toEqual({ patient: null, doses: [], skipped: [] });
    const named = read({
      resourceType: "Bundle",
      entry: [{ resource: { resourceType: "Patient", name: [{ text: "Ana" }] } }],
    });
    expect(named.patient).toEqual({ name: "Ana", birthDate: null });
  });

  it("refuses what is neither a Bundle nor an Immunization, saying so", () => {
    for (const input of [null, "text", [], { resourceType: "Patient" }, { resourceType: "Bundle", entry: "x" }]) {
      expect(() => read(input)).toThrow(FhirReadError);
    }
    expect(() => read({})).toThrow("This file is not a FHIR Bundle or Immunization.");
  });

  it("checks a dose in a fixed order: completed, then its CVX code, then its date", () => {
    const isKnownCvx = (cvx: string) => cvx === "08";
    expect(immunizationProblem({ status: "not-done", cvx: null, date: null }, isKnownCvx)).toBe("not-completed");
    expect(immunizationProblem({ status: "completed", cvx: null, date: null }, isKnownCvx)).toBe("no-cvx");
    expect(immunizationProblem({ status: "completed", cvx: "5", date: null }, isKnownCvx)).toBe("unknown-cvx");
    expect(immunizationProblem({ status: "completed", cvx: "08", date: null }, isKnownCvx)).toBe("no-date");
    expect(immunizationProblem({ status: "completed", cvx: "08", date: "2026-01-01" }, isKnownCvx)).toBeNull();
  });
});
