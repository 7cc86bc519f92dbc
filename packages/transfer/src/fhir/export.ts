import { growthObservations } from "./export-growth.ts";
import { fullUrl, resourceId } from "./export-ids.ts";
import type { FhirBundle, FhirExportInput, FhirPatient, FhirResource } from "./export-types.ts";
import { immunizations, recommendation } from "./export-vaccines.ts";

/** The baby as a FHIR Patient: the name the family uses, the sex recorded as `gender`, the date of birth. */
function patientOf(input: FhirExportInput): FhirPatient {
  const { baby } = input;
  return {
    resourceType: "Patient",
    id: resourceId(baby.babyId, "patient"),
    name: [{ use: "usual", text: baby.name }],
    gender: baby.sex,
    birthDate: baby.dateOfBirth,
  };
}

/**
 * A baby's records as a FHIR R4 Bundle of type `collection`, for a clinic's system to import: the Patient, the
 * growth Observations (measures and US Core's pediatric percentiles, as the API scored them), an Immunization per
 * recorded dose and the engine's forecast as one ImmunizationRecommendation. Every entry's fullUrl is a
 * `urn:uuid:` whose uuid is derived from the baby's and the record's ids, so exporting again gives the same uuids,
 * and every reference points at an entry of the Bundle. Pure: the scores and the forecast come in computed.
 *
 * A `collection`, not a `document`: a document is a clinical record attested by its author, with a Composition
 * that a clinician or organisation vouches for; this is the family's own record, which a portal or an EHR imports
 * resource by resource.
 */
export function babyToFhirBundle(input: FhirExportInput): FhirBundle {
  const patient = patientOf(input);
  const forecast = recommendation(input, patient.id);
  const resources: FhirResource[] = [
    patient,
    ...growthObservations(input, patient.id),
    ...immunizations(input, patient.id),
    ...(forecast ? [forecast] : []),
  ];
  return {
    resourceType: "Bundle",
    id: resourceId(input.baby.babyId, "bundle", input.exportedAt),
    meta: { lastUpdated: input.exportedAt },
    type: "collection",
    timestamp: input.exportedAt,
    entry: resources.map((resource) => ({ fullUrl: fullUrl(resource.id), resource })),
  };
}
