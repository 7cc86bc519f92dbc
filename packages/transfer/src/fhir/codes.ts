// The code systems, codes and units the FHIR R4 export writes, each with where it is defined. Displays are the
// code systems' own (English, as the systems publish them); UpNest adds no code system of its own.

/** FHIR R4 (4.0.1), the version every resource of the export follows. */
export const FHIR_VERSION = "4.0.1";

export const SYSTEMS = {
  loinc: "http://loinc.org",
  ucum: "http://unitsofmeasure.org",
  /** CDC's CVX vaccine codes, as FHIR R4 names the system (terminologies-systems, "CVX"). */
  cvx: "http://hl7.org/fhir/sid/cvx",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  recommendationStatus: "http://terminology.hl7.org/CodeSystem/immunization-recommendation-status",
} as const;

/** Observation category `vital-signs`: R4's vital signs profile (vitalsigns, VSCat) fixes it for every measure. */
export const VITAL_SIGNS = {
  system: SYSTEMS.observationCategory,
  code: "vital-signs",
  display: "Vital Signs",
} as const;

export type Loinc = { code: string; display: string };

/**
 * The measures. Body weight, body height, head circumference and BMI are R4's vital signs profiles
 * (http://hl7.org/fhir/StructureDefinition/bodyweight, bodyheight, headcircum, bmi): each fixes its LOINC code
 * and allows "additional codes that translate or map to this code … a more granular LOINC code", which is how a
 * length measured lying carries 8306-3 beside bodyheight's 8302-2. Gestational age at birth is LOINC's 76516-4.
 */
export const MEASURE = {
  bodyWeight: { code: "29463-7", display: "Body weight" },
  bodyHeight: { code: "8302-2", display: "Body height" },
  bodyHeightLying: { code: "8306-3", display: "Body height --lying" },
  headCircumference: { code: "9843-4", display: "Head Occipital-frontal circumference" },
  bmi: { code: "39156-5", display: "Body mass index (BMI) [Ratio]" },
  gestationalAgeAtBirth: { code: "76516-4", display: "Gestational age--at birth" },
} as const satisfies Record<string, Loinc>;

/**
 * The percentiles US Core's pediatric profiles define (the same codes from US Core 3.1 to 8.0.1), each an Observation
 * of category vital-signs with valueQuantity in UCUM `%`:
 * - US Core Pediatric BMI for Age (http://hl7.org/fhir/us/core/StructureDefinition/pediatric-bmi-for-age): 59576-9
 *   "Body mass index (BMI) [Percentile] Per age and sex".
 * - US Core Pediatric Weight for Height (…/pediatric-weight-for-height): 77606-2 "Weight-for-length Per age and sex".
 * - US Core Pediatric Head Occipital-frontal Circumference Percentile
 *   (…/head-occipital-frontal-circumference-percentile): 8289-1 "Head Occipital-frontal circumference Percentile".
 */
export const PERCENTILE = {
  bmiForAge: { code: "59576-9", display: "Body mass index (BMI) [Percentile] Per age and sex" },
  weightForLength: { code: "77606-2", display: "Weight-for-length Per age and sex" },
  headCircumference: { code: "8289-1", display: "Head Occipital-frontal circumference Percentile" },
} as const satisfies Record<string, Loinc>;

/**
 * UCUM units (https://ucum.org), in R4's vital signs value sets: ucum-bodyweight (kg), ucum-bodylength (cm), the
 * bmi profile's fixed `kg/m2`; `%` as US Core's percentile profiles fix it; `wk` for weeks of gestation.
 */
export const UCUM = {
  kg: { unit: "kg", code: "kg" },
  cm: { unit: "cm", code: "cm" },
  kgPerM2: { unit: "kg/m2", code: "kg/m2" },
  percent: { unit: "%", code: "%" },
  weeks: { unit: "wk", code: "wk" },
} as const;

/** R4's profiles each measure claims (core FHIR: "if a vital sign is recorded, it SHALL conform" to them). */
export const PROFILES = {
  vitalSigns: "http://hl7.org/fhir/StructureDefinition/vitalsigns",
  bodyWeight: "http://hl7.org/fhir/StructureDefinition/bodyweight",
  bodyHeight: "http://hl7.org/fhir/StructureDefinition/bodyheight",
  headCircumference: "http://hl7.org/fhir/StructureDefinition/headcircum",
  bmi: "http://hl7.org/fhir/StructureDefinition/bmi",
} as const;

/**
 * ImmunizationRecommendation.recommendation.dateCriterion codes, R4's value set
 * immunization-recommendation-date-criterion (LOINC): the earliest date a dose may be given, the date it is due
 * (recommended), the date it is overdue (CDSi's past-due date) and the latest date it may be given.
 */
export const DATE_CRITERION = {
  earliest: { code: "30981-5", display: "Earliest date to give" },
  due: { code: "30980-7", display: "Date vaccine due" },
  overdue: { code: "59778-1", display: "Date when overdue for immunization" },
  latest: { code: "59777-3", display: "Latest date to give immunization" },
} as const satisfies Record<string, Loinc>;

/** R4's CodeSystem immunization-recommendation-status: due, overdue, immune, contraindicated, complete. */
export const RECOMMENDATION_STATUS = {
  due: "Due",
  overdue: "Overdue",
  immune: "Immune",
  contraindicated: "Contraindicated",
  complete: "Complete",
} as const;
export type RecommendationStatus = keyof typeof RECOMMENDATION_STATUS;
