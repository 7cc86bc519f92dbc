import { type Loinc, MEASURE, PERCENTILE, PROFILES, SYSTEMS, UCUM, VITAL_SIGNS } from "./codes.ts";
import { referenceTo, resourceId } from "./export-ids.ts";
import type {
  CodeableConcept,
  ExportMeasurement,
  ExportScore,
  FhirExportInput,
  FhirObservation,
  Quantity,
  Reference,
} from "./export-types.ts";

/** The standard a percentile was read on, as its publisher names it (the Observation's note, as US Core's examples). */
const STANDARDS: Record<string, string> = {
  "intergrowth-postnatal": "INTERGROWTH-21st Postnatal Growth Standards for Preterm Infants",
  "who-2006": "WHO Child Growth Standards (2006)",
  "cdc-2000": "CDC 2000 Growth Charts",
};

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const loinc = (first: Loinc, ...more: Loinc[]): CodeableConcept => ({
  coding: [first, ...more].map((c) => ({ system: SYSTEMS.loinc, code: c.code, display: c.display })),
  text: (more.at(-1) ?? first).display,
});
const quantity = (value: number, unit: { unit: string; code: string }): Quantity => ({
  value,
  unit: unit.unit,
  system: SYSTEMS.ucum,
  code: unit.code,
});

type Vital = { id: string; code: CodeableConcept; value: Quantity; profile: string };

/**
 * A baby's growth as Observations: for each measurement, its body weight (kg), body height (cm; a length measured
 * lying also carries LOINC's more specific "Body height --lying"), head circumference (cm) and BMI (kg/m²), each on
 * R4's vital signs profile for it; then the percentiles US Core's pediatric profiles define, as the API scored
 * them (BMI for age, weight for length or height, head circumference), each naming its standard and the measures
 * it comes from. A percentile the API could not read (no standard at that age) is left out. The gestational age at
 * birth, when recorded, is one Observation more: a preterm baby's percentiles depend on it.
 */
export function growthObservations(input: FhirExportInput, patientId: string): FhirObservation[] {
  const { baby } = input;
  const subject = referenceTo(patientId);
  const made: FhirObservation[] = [];
  if (baby.gestationalAgeWeeks !== undefined)
    made.push({
      resourceType: "Observation",
      id: resourceId(baby.babyId, "gestational-age-at-birth"),
      status: "final",
      code: loinc(MEASURE.gestationalAgeAtBirth),
      subject,
      effectiveDateTime: baby.dateOfBirth,
      valueQuantity: quantity(round(baby.gestationalAgeWeeks, 2), UCUM.weeks),
    });
  for (const m of input.measurements) {
    const vital = (v: Vital, extra: Pick<FhirObservation, "derivedFrom" | "note"> = {}): FhirObservation => ({
      resourceType: "Observation",
      id: v.id,
      meta: { profile: [v.profile] },
      status: "final",
      category: [{ coding: [{ ...VITAL_SIGNS }] }],
      code: v.code,
      subject,
      effectiveDateTime: m.measuredOn,
      valueQuantity: v.value,
      ...extra,
    });
    made.push(...measurementObservations(baby.babyId, m, vital));
  }
  return made;
}

type Make = (v: Vital, extra?: Pick<FhirObservation, "derivedFrom" | "note">) => FhirObservation;

function measurementObservations(babyId: string, m: ExportMeasurement, make: Make): FhirObservation[] {
  const id = (what: string) => resourceId(babyId, "measurement", m.measurementId, what);
  const weight =
    m.weightKg === undefined
      ? null
      : make({
          id: id("body-weight"),
          code: loinc(MEASURE.bodyWeight),
          value: quantity(round(m.weightKg, 3), UCUM.kg),
          profile: PROFILES.bodyWeight,
        });
  const height =
    m.lengthCm === undefined
      ? null
      : make({
          id: id("body-height"),
          code:
            m.lengthMethod === "lying" ? loinc(MEASURE.bodyHeight, MEASURE.bodyHeightLying) : loinc(MEASURE.bodyHeight),
          value: quantity(round(m.lengthCm, 1), UCUM.cm),
          profile: PROFILES.bodyHeight,
        });
  const head =
    m.headCircumferenceCm === undefined
      ? null
      : make({
          id: id("head-circumference"),
          code: loinc(MEASURE.headCircumference),
          value: quantity(round(m.headCircumferenceCm, 1), UCUM.cm),
          profile: PROFILES.headCircumference,
        });
  const from = (...sources: (FhirObservation | null)[]): Reference[] =>
    sources.flatMap((s) => (s ? [referenceTo(s.id, s.code.text)] : []));
  const bmi =
    m.bmi === undefined
      ? null
      : make(
          {
            id: id("bmi"),
            code: loinc(MEASURE.bmi),
            value: quantity(round(m.bmi, 1), UCUM.kgPerM2),
            profile: PROFILES.bmi,
          },
          { derivedFrom: from(weight, height) },
        );
  const percentile = (what: string, code: Loinc, score: ExportScore | undefined, sources: Reference[], how: string) => {
    if (!score || score.percentile === null || score.standard === null) return null;
    const standard = STANDARDS[score.standard] ?? score.standard;
    return make(
      {
        id: id(what),
        code: loinc(code),
        value: quantity(round(score.percentile, 2), UCUM.percent),
        profile: PROFILES.vitalSigns,
      },
      { derivedFrom: sources, note: [{ text: `${standard}: ${how}` }] },
    );
  };
  const wfl = m.growth.weightForLength;
  return [
    weight,
    height,
    head,
    bmi,
    percentile("bmi-percentile", PERCENTILE.bmiForAge, m.growth.bmiForAge, from(bmi), "BMI-for-age"),
    percentile(
      "weight-for-length-percentile",
      PERCENTILE.weightForLength,
      wfl,
      from(weight, height),
      wfl?.indicator === "weight-for-height" ? "weight-for-height" : "weight-for-length",
    ),
    percentile(
      "head-circumference-percentile",
      PERCENTILE.headCircumference,
      m.growth.headCircumferenceForAge,
      from(head),
      "head circumference-for-age",
    ),
  ].filter((o): o is FhirObservation => o !== null);
}
