// What the FHIR R4 export takes (a baby's records with the scores and the forecast the API computes; nothing is
// computed here) and the FHIR R4 shapes it writes: only the elements it uses, as the R4 JSON schema names them.

/** A percentile as the API scores a measure: on a named standard, or null with the chart's reason. */
export type ExportScore = { standard: string | null; percentile: number | null };

export type ExportMeasurement = {
  measurementId: string;
  measuredOn: string;
  weightKg?: number | undefined;
  lengthCm?: number | undefined;
  lengthMethod?: "lying" | "standing" | undefined;
  headCircumferenceCm?: number | undefined;
  /** kg/m², as the API scored it (from the length adjusted by WHO's 0.7 cm rule); absent without both measures. */
  bmi?: number | undefined;
  growth: {
    headCircumferenceForAge?: ExportScore | undefined;
    weightForLength?: (ExportScore & { indicator: "weight-for-length" | "weight-for-height" }) | undefined;
    bmiForAge?: ExportScore | undefined;
  };
};

export type ExportVaccination = {
  vaccinationId: string;
  dateGiven: string;
  cvx: string;
  /** The product's name (CDC's CVX short description). */
  product: string;
  lotNumber?: string | undefined;
  clinic?: string | undefined;
  reactions?: string | undefined;
};

/** One vaccine group of the engine's forecast, as the API's vaccination status has it. */
export type ExportForecastGroup = {
  vaccineGroup: string;
  status: string;
  seriesStatus: string;
  nextDose: {
    doseNumber: number;
    canBeGivenFrom: string;
    dueFrom: string;
    overdueAfter: string | null;
    lastDate: string | null;
  } | null;
  vaccines: readonly { cvx: string; name: string }[];
};

export type ExportForecast = {
  schedule: "cdc" | "who";
  cdsiVersion: string | null;
  assessedOn: string;
  groups: readonly ExportForecastGroup[];
};

export type FhirExportInput = {
  baby: {
    babyId: string;
    name: string;
    dateOfBirth: string;
    sex: "female" | "male";
    gestationalAgeWeeks?: number | undefined;
  };
  measurements: readonly ExportMeasurement[];
  vaccinations: readonly ExportVaccination[];
  forecast: ExportForecast;
  /** When the export was made (ISO instant): the Bundle's timestamp. */
  exportedAt: string;
};

export type Coding = { system: string; code: string; display?: string };
export type CodeableConcept = { coding?: Coding[]; text?: string };
export type Reference = { reference?: string; display?: string };
export type Quantity = { value: number; unit: string; system: string; code: string };

export type FhirPatient = {
  resourceType: "Patient";
  id: string;
  name: { use: "usual"; text: string }[];
  gender: "female" | "male";
  birthDate: string;
};

export type FhirObservation = {
  resourceType: "Observation";
  id: string;
  meta?: { profile: string[] };
  status: "final";
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  valueQuantity: Quantity;
  derivedFrom?: Reference[];
  note?: { text: string }[];
};

export type FhirImmunization = {
  resourceType: "Immunization";
  id: string;
  status: "completed";
  vaccineCode: CodeableConcept;
  patient: Reference;
  occurrenceDateTime: string;
  primarySource: boolean;
  lotNumber?: string;
  performer?: { actor: Reference }[];
  reaction?: { detail: Reference; reported: boolean }[];
};

export type FhirRecommendation = {
  vaccineCode: CodeableConcept[];
  forecastStatus: CodeableConcept;
  dateCriterion?: { code: CodeableConcept; value: string }[];
  doseNumberPositiveInt?: number;
};

export type FhirImmunizationRecommendation = {
  resourceType: "ImmunizationRecommendation";
  id: string;
  patient: Reference;
  date: string;
  authority?: Reference;
  recommendation: FhirRecommendation[];
};

export type FhirResource = FhirPatient | FhirObservation | FhirImmunization | FhirImmunizationRecommendation;

export type FhirBundle = {
  resourceType: "Bundle";
  id: string;
  meta: { lastUpdated: string };
  type: "collection";
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
};
