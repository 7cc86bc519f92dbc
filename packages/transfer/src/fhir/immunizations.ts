// Reading a family's vaccination records from FHIR R4 (http://hl7.org/fhir/R4/immunization.html): a Bundle a
// patient portal gives them, or a single Immunization. Pure: the caller says which CVX codes it knows.

/** The CVX code system (CDC's vaccine codes), the one UpNest records doses in. */
export const CVX_SYSTEM = "http://hl7.org/fhir/sid/cvx";

/** Why an Immunization did not become a dose. */
export type SkipReason = "not-completed" | "no-cvx" | "unknown-cvx" | "no-date";

/** A dose as a FHIR Immunization records it: the date as written where it was given (its day, without a time). */
export interface ReadDose {
  cvx: string;
  date: string;
  lotNumber: string | null;
  /** Who gave it, or where: the first performer's name, else the location's. */
  performer: string | null;
}

export interface SkippedImmunization {
  /** Its place among the Immunizations read (0 for the first). */
  index: number;
  reason: SkipReason;
  cvx: string | null;
  date: string | null;
}

export interface ReadPatient {
  name: string;
  birthDate: string | null;
}

export interface FhirImmunizations {
  /** The first Patient of the bundle, as a person reads it; null when there is none. */
  patient: ReadPatient | null;
  doses: ReadDose[];
  skipped: SkippedImmunization[];
}

/** The input is neither a Bundle nor an Immunization. */
export class FhirReadError extends Error {
  constructor() {
    super("This file is not a FHIR Bundle or Immunization.");
    this.name = "FhirReadError";
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A FHIR date or dateTime with at least a day ("2021-01-29", "2021-01-29T10:00:00-05:00"): its day as written. */
const DAY = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Whether a dose can be recorded, and why not: only a completed Immunization (not `not-done` or
 * `entered-in-error`), with a CVX code UpNest knows and a whole date. Checked in that order, one reason each.
 */
export function immunizationProblem(
  dose: { status: string | null; cvx: string | null; date: string | null },
  isKnownCvx: (cvx: string) => boolean,
): SkipReason | null {
  if (dose.status !== "completed") return "not-completed";
  if (!dose.cvx) return "no-cvx";
  if (!isKnownCvx(dose.cvx)) return "unknown-cvx";
  if (!dose.date) return "no-date";
  return null;
}

/** What UpNest reads of one Immunization, however it came (a FHIR resource, a SMART Health Card's bundle). */
export interface ImmunizationFacts {
  status: string | null;
  cvx: string | null;
  /** The occurrence as written: a FHIR date or dateTime, or null. */
  occurrence: string | null;
  lotNumber: string | null;
  performer: string | null;
}

/** The day of a FHIR date or dateTime as written, or null when it has no whole day (a year, a month, words). */
export const dayOf = (occurrence: string | null): string | null =>
  occurrence ? (DAY.exec(occurrence.trim())?.[1] ?? null) : null;

/** The doses that can be recorded, and every other Immunization with its reason (`immunizationProblem`). */
export function sortImmunizations(
  read: readonly ImmunizationFacts[],
  isKnownCvx: (cvx: string) => boolean,
): { doses: ReadDose[]; skipped: SkippedImmunization[] } {
  const doses: ReadDose[] = [];
  const skipped: SkippedImmunization[] = [];
  read.forEach(({ status, cvx, occurrence, lotNumber, performer }, index) => {
    const date = dayOf(occurrence);
    const reason = immunizationProblem({ status, cvx, date }, isKnownCvx);
    if (reason || !cvx || !date) skipped.push({ index, reason: reason ?? "no-date", cvx, date });
    else doses.push({ cvx, date, lotNumber, performer });
  });
  return { doses, skipped };
}

function readImmunization(resource: Json): ImmunizationFacts {
  const codings = list(isObject(resource.vaccineCode) ? resource.vaccineCode.coding : undefined).filter(isObject);
  const performers = list(resource.performer).filter(isObject);
  const performer =
    performers.map((p) => (isObject(p.actor) ? text(p.actor.display) : null)).find(Boolean) ??
    (isObject(resource.location) ? text(resource.location.display) : null);
  return {
    status: text(resource.status),
    cvx: text(codings.find((c) => c.system === CVX_SYSTEM)?.code),
    occurrence: text(resource.occurrenceDateTime),
    lotNumber: text(resource.lotNumber),
    performer,
  };
}

function readPatient(resource: Json): ReadPatient {
  const names = list(resource.name).filter(isObject);
  const official = names.find((n) => n.use === "official") ?? names[0];
  const parts = official ? [...list(official.given).map(text), text(official.family)].filter(Boolean) : [];
  const name = parts.length > 0 ? parts.join(" ") : (text(official?.text) ?? "");
  const birthDate = text(resource.birthDate);
  return { name, birthDate: dayOf(birthDate) };
}

/**
 * The doses in a FHIR Bundle (any type: a collection, a search result, a document) or in one Immunization: each
 * completed Immunization with a known CVX code and a date, and every other one with its reason. Resources of
 * other types are ignored.
 */
export function readFhirImmunizations(
  input: unknown,
  { isKnownCvx }: { isKnownCvx: (cvx: string) => boolean },
): FhirImmunizations {
  if (!isObject(input)) throw new FhirReadError();
  let resources: Json[];
  if (input.resourceType === "Immunization") resources = [input];
  else if (input.resourceType === "Bundle" && (input.entry === undefined || Array.isArray(input.entry)))
    resources = list(input.entry).flatMap((entry) =>
      isObject(entry) && isObject(entry.resource) ? [entry.resource] : [],
    );
  else throw new FhirReadError();
  const patientResource = resources.find((r) => r.resourceType === "Patient");
  const immunizations = resources.filter((r) => r.resourceType === "Immunization").map(readImmunization);
  const { doses, skipped } = sortImmunizations(immunizations, isKnownCvx);
  return { patient: patientResource ? readPatient(patientResource) : null, doses, skipped };
}
