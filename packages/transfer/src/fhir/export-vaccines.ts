import { DATE_CRITERION, type Loinc, RECOMMENDATION_STATUS, type RecommendationStatus, SYSTEMS } from "./codes.ts";
import { referenceTo, resourceId } from "./export-ids.ts";
import type {
  CodeableConcept,
  ExportForecastGroup,
  FhirExportInput,
  FhirImmunization,
  FhirImmunizationRecommendation,
  FhirRecommendation,
} from "./export-types.ts";

/**
 * Each recorded dose as an Immunization: completed, the product's CVX code, the date given, the lot, the clinic as
 * the performer's display (UpNest keeps a clinic's name, not an organisation), the reactions the family noted.
 * `primarySource` is false: the family recorded the dose, not whoever gave it.
 */
export function immunizations(input: FhirExportInput, patientId: string): FhirImmunization[] {
  return input.vaccinations.map((dose) => ({
    resourceType: "Immunization",
    id: resourceId(input.baby.babyId, "vaccination", dose.vaccinationId),
    status: "completed",
    vaccineCode: { coding: [{ system: SYSTEMS.cvx, code: dose.cvx, display: dose.product }], text: dose.product },
    patient: referenceTo(patientId),
    occurrenceDateTime: dose.dateGiven,
    primarySource: false,
    ...(dose.lotNumber ? { lotNumber: dose.lotNumber } : {}),
    ...(dose.clinic ? { performer: [{ actor: { display: dose.clinic } }] } : {}),
    ...(dose.reactions ? { reaction: [{ detail: { display: dose.reactions }, reported: true }] } : {}),
  }));
}

/**
 * A vaccine group's status in R4's immunization-recommendation-status codes. "Upcoming" (the next dose not yet
 * due) is `due` with its future dates, as a forecast writes it; a group the engine says is no longer given at this
 * age has no code of R4's, so only its words (CDSi's "aged out"). Groups not needed for this child (travel, risk
 * or adult vaccines without their reason) are not part of the recommendation.
 */
function statusOf(group: ExportForecastGroup): CodeableConcept | null {
  const coded = (code: RecommendationStatus, text: string): CodeableConcept => ({
    coding: [{ system: SYSTEMS.recommendationStatus, code, display: RECOMMENDATION_STATUS[code] }],
    text,
  });
  switch (group.status) {
    case "upcoming":
      return coded("due", "Upcoming");
    case "due":
      return coded("due", "Due");
    case "overdue":
      return coded("overdue", "Overdue");
    case "complete":
      return group.seriesStatus === "immune" ? coded("immune", "Immune") : coded("complete", "Complete");
    case "not-advised":
      return coded("contraindicated", "Contraindicated");
    case "no-longer-given":
      return { text: "Aged out (no longer given at this age)" };
    default:
      return null;
  }
}

const criterion = (code: Loinc, value: string | null) =>
  value === null
    ? []
    : [{ code: { coding: [{ system: SYSTEMS.loinc, code: code.code, display: code.display }] }, value }];

/**
 * The engine's forecast as one ImmunizationRecommendation on the day it was assessed: a recommendation per vaccine
 * group, its vaccine codes (the group by name, then each vaccine that can be given for the next dose, by CVX), its
 * status, the next dose's number and its dates (earliest, due, overdue, latest: LOINC's date criteria).
 */
export function recommendation(input: FhirExportInput, patientId: string): FhirImmunizationRecommendation | null {
  const { forecast } = input;
  const recommendations = forecast.groups.flatMap((group): FhirRecommendation[] => {
    const forecastStatus = statusOf(group);
    if (!forecastStatus) return [];
    const next = group.nextDose;
    const dates = next
      ? [
          ...criterion(DATE_CRITERION.earliest, next.canBeGivenFrom),
          ...criterion(DATE_CRITERION.due, next.dueFrom),
          ...criterion(DATE_CRITERION.overdue, next.overdueAfter),
          ...criterion(DATE_CRITERION.latest, next.lastDate),
        ]
      : [];
    return [
      {
        vaccineCode: [
          { text: group.vaccineGroup },
          ...group.vaccines.map((v) => ({ coding: [{ system: SYSTEMS.cvx, code: v.cvx, display: v.name }] })),
        ],
        forecastStatus,
        ...(dates.length ? { dateCriterion: dates } : {}),
        ...(next ? { doseNumberPositiveInt: next.doseNumber } : {}),
      },
    ];
  });
  // R4 wants at least one recommendation: a forecast with none (every group not needed) is left out.
  if (recommendations.length === 0) return null;
  const authority =
    forecast.schedule === "who"
      ? "WHO recommended routine immunizations for children"
      : `CDC Clinical Decision Support for Immunization (CDSi)${forecast.cdsiVersion ? ` ${forecast.cdsiVersion}` : ""}`;
  return {
    resourceType: "ImmunizationRecommendation",
    id: resourceId(input.baby.babyId, "forecast"),
    patient: referenceTo(patientId),
    date: forecast.assessedOn,
    authority: { display: authority },
    recommendation: recommendations,
  };
}
