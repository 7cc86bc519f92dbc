import { z } from "zod";
import { HealthCardError } from "./errors.ts";

/** What UpNest reads of a SMART Health Card's FHIR bundle: the patient and each Immunization. */
export interface CardPatient {
  name: string;
  birthDate: string | null;
}

export interface CardImmunization {
  /** CVX code (system http://hl7.org/fhir/sid/cvx). */
  cvx: string;
  /** FHIR date or dateTime as written on the card, e.g. "2021-01-01". */
  date: string;
  lotNumber: string | null;
  performer: string | null;
  status: string;
}

export interface CardCredential {
  issuer: string;
  /** When the card was issued (JWT nbf), if it says. */
  issuedAt: Date | null;
  types: string[];
  patient: CardPatient | null;
  immunizations: CardImmunization[];
}

export const CVX_SYSTEM = "http://hl7.org/fhir/sid/cvx";

const coding = z.object({ system: z.string().optional(), code: z.string() });
const patient = z.object({
  resourceType: z.literal("Patient"),
  name: z.array(z.object({ family: z.string().optional(), given: z.array(z.string()).optional() })).optional(),
  birthDate: z.string().optional(),
});
const immunization = z.object({
  resourceType: z.literal("Immunization"),
  status: z.string(),
  vaccineCode: z.object({ coding: z.array(coding) }),
  occurrenceDateTime: z.string(),
  lotNumber: z.string().optional(),
  performer: z.array(z.object({ actor: z.object({ display: z.string().optional() }) })).optional(),
});
const payload = z.object({
  iss: z.string().min(1),
  nbf: z.number().optional(),
  vc: z.object({
    type: z.array(z.string()),
    credentialSubject: z.object({
      fhirBundle: z.object({
        resourceType: z.literal("Bundle"),
        entry: z.array(z.object({ resource: z.looseObject({ resourceType: z.string() }) })),
      }),
    }),
  }),
});

function readPatient(resource: unknown): CardPatient | null {
  if (resource === undefined) return null;
  const parsed = patient.safeParse(resource);
  if (!parsed.success) throw new HealthCardError("payload_malformed", "the Patient is not readable");
  const first = parsed.data.name?.[0];
  const name = [...(first?.given ?? []), first?.family ?? ""].join(" ").trim();
  return { name, birthDate: parsed.data.birthDate ?? null };
}

function readImmunization(resource: unknown): CardImmunization {
  const parsed = immunization.safeParse(resource);
  if (!parsed.success) throw new HealthCardError("payload_malformed", "an Immunization lacks its vaccine code or date");
  const cvx = parsed.data.vaccineCode.coding.find((c) => c.system === CVX_SYSTEM)?.code;
  if (!cvx) throw new HealthCardError("payload_malformed", "an Immunization has no CVX code");
  return {
    cvx,
    date: parsed.data.occurrenceDateTime,
    lotNumber: parsed.data.lotNumber ?? null,
    performer: parsed.data.performer?.[0]?.actor.display ?? null,
    status: parsed.data.status,
  };
}

/** The credential in a verified, inflated JWS payload (JSON text). */
export function readCredential(json: string): CardCredential {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new HealthCardError("payload_malformed", "not JSON");
  }
  const parsed = payload.safeParse(raw);
  if (!parsed.success) throw new HealthCardError("payload_malformed");
  const { iss, nbf, vc } = parsed.data;
  const resources = vc.credentialSubject.fhirBundle.entry.map((entry) => entry.resource);
  return {
    issuer: iss,
    issuedAt: nbf === undefined ? null : new Date(nbf * 1000),
    types: vc.type,
    patient: readPatient(resources.find((r) => r.resourceType === "Patient")),
    immunizations: resources.filter((r) => r.resourceType === "Immunization").map(readImmunization),
  };
}
