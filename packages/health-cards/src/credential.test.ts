import { describe, expect, it } from "vitest";
import { immunizationCard, testIssuer } from "../test/issuer.ts";
import { HealthCardError } from "./errors.ts";
import { verifyHealthCard } from "./verify.ts";

const baby = { resourceType: "Patient", name: [{ family: "Rivera", given: ["Lucía"] }], birthDate: "2026-03-14" };
const dose = (cvx: string, date: string, extra: object = {}) => ({
  resourceType: "Immunization",
  status: "completed",
  vaccineCode: { coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: cvx }] },
  patient: { reference: "resource:0" },
  occurrenceDateTime: date,
  ...extra,
});

async function refusalOf(promise: Promise<unknown>): Promise<HealthCardError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HealthCardError)) throw new Error(`expected a HealthCardError, got ${String(error)}`);
  return error;
}

describe("reading a verified card's FHIR bundle", () => {
  it("reads a baby's doses, with no lot or performer where the card gives none", async () => {
    const { trusted, sign } = await testIssuer();
    const jws = await sign(
      immunizationCard(trusted.iss, [
        baby,
        dose("08", "2026-03-15"),
        dose("110", "2026-05-14", { lotNumber: "AB123", performer: [{ actor: { display: "Clínica Sol" } }] }),
      ]),
    );
    const card = await verifyHealthCard(jws, [trusted]);
    expect(card.patient).toEqual({ name: "Lucía Rivera", birthDate: "2026-03-14" });
    expect(card.immunizations).toEqual([
      { cvx: "08", date: "2026-03-15", lotNumber: null, performer: null, status: "completed" },
      { cvx: "110", date: "2026-05-14", lotNumber: "AB123", performer: "Clínica Sol", status: "completed" },
    ]);
  });

  it("refuses a signed dose with no CVX code, naming what is missing", async () => {
    const { trusted, sign } = await testIssuer();
    const snomedOnly = {
      ...dose("x", "2026-03-15"),
      vaccineCode: { coding: [{ system: "http://snomed.info/sct", code: "871751006" }] },
    };
    const error = await refusalOf(verifyHealthCard(await sign(immunizationCard(trusted.iss, [snomedOnly])), [trusted]));
    expect(error.code).toBe("payload_malformed");
    expect(error.message).toMatch(/no CVX code/);
  });

  it("refuses a signed payload that is not a health card credential", async () => {
    const { trusted, sign } = await testIssuer();
    const error = await refusalOf(verifyHealthCard(await sign({ iss: trusted.iss, hello: "world" }), [trusted]));
    expect(error.code).toBe("payload_malformed");
    expect(error.message).toMatch(/not a SMART Health Card credential/);
  });

  it("refuses a dose with no date and a malformed Patient", async () => {
    const { trusted, sign } = await testIssuer();
    const undated = { ...dose("08", "2026-03-15"), occurrenceDateTime: undefined };
    const noDate = await refusalOf(verifyHealthCard(await sign(immunizationCard(trusted.iss, [undated])), [trusted]));
    expect(noDate.message).toMatch(/vaccine code or date/);
    const badPatient = { resourceType: "Patient", name: "Lucía" };
    const error = await refusalOf(verifyHealthCard(await sign(immunizationCard(trusted.iss, [badPatient])), [trusted]));
    expect(error.code).toBe("payload_malformed");
  });
});
