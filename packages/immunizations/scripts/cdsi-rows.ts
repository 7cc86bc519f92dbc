/** Converts rows of CDC's CDSi supporting data (cicada's JSON form) into the package's typed shapes. */
import type {
  AgeRow,
  AntigenSeries,
  ConditionalSkip,
  Contraindication,
  Immunity,
  IntervalRow,
  SeriesDose,
  SeriesVaccine,
  SkipCondition,
} from "../src/data/types.ts";

// The source JSON has no schema; every field read below is checked by the types it lands in.
export type Raw = Record<string, any>;

export const list = (v: unknown): Raw[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Raw[];
const cvxList = (v: string | undefined) => (v ? v.split(/\s*;\s*/).filter(Boolean) : undefined);
export const yes = (v: unknown) => v === "Yes" || v === "Y";

export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function age(r: Raw): AgeRow {
  return compact({
    absMinAge: r.absMinAge,
    minAge: r.minAge,
    earliestRecAge: r.earliestRecAge,
    latestRecAge: r.latestRecAge,
    maxAge: r.maxAge,
    effectiveDate: r.effectiveDate,
    cessationDate: r.cessationDate,
  });
}

function interval(r: Raw): IntervalRow {
  return compact({
    fromPrevious: yes(r.fromPrevious),
    fromTargetDose: r.fromTargetDose ? Number(r.fromTargetDose) : undefined,
    fromMostRecent: cvxList(r.fromMostRecent),
    fromObservation: r.fromRelevantObs?.code,
    absMinInt: r.absMinInt,
    minInt: r.minInt,
    earliestRecInt: r.earliestRecInt,
    latestRecInt: r.latestRecInt,
    // The 4.64 data writes the interval priority flag as "override" (FORECASTPRIORITY-1).
    priority: r.intervalPriority ? true : undefined,
    effectiveDate: r.effectiveDate,
    cessationDate: r.cessationDate,
  });
}

function vaccine(r: Raw, preferable: boolean): SeriesVaccine {
  return compact({
    cvx: r.cvx,
    beginAge: r.beginAge,
    endAge: r.endAge,
    forecast: preferable ? yes(r.forecastVaccineType) : undefined,
  });
}

function condition(r: Raw): SkipCondition {
  // The data spells the type and logic with varying case ("Vaccine Count By Age", "Greater Than").
  const type = String(r.conditionType).replace(/ By /g, " by ").replace(/ And /g, " and ") as SkipCondition["type"];
  return compact({
    type,
    beginAge: r.beginAge,
    endAge: r.endAge,
    startDate: r.startDate,
    endDate: r.endDate,
    interval: r.interval,
    doseCount: r.doseCount === undefined ? undefined : Number(r.doseCount),
    doseType: r.doseType,
    doseCountLogic: r.doseCountLogic?.toLowerCase(),
    vaccineTypes: cvxList(r.vaccineTypes),
    seriesGroups: cvxList(r.seriesGroups),
  });
}

function skip(r: Raw): ConditionalSkip {
  return {
    context: r.context,
    logic: r.setLogic === "AND" ? "AND" : "OR", // "n/a" means a single set
    sets: list(r.set).map((s) => ({
      logic: s.conditionLogic === "OR" ? "OR" : "AND",
      conditions: list(s.condition).map(condition),
    })),
  };
}

function dose(r: Raw): SeriesDose {
  return compact({
    doseNumber: Number(String(r.doseNumber).replace(/\D/g, "")),
    ages: list(r.age).map(age),
    intervals: list(r.interval).map(interval),
    allowableIntervals: list(r.allowableInterval).map(interval),
    preferable: list(r.preferableVaccine).map((v) => vaccine(v, true)),
    allowable: list(r.allowableVaccine).map((v) => vaccine(v, false)),
    inadvertent: list(r.inadvertentVaccine).map((v) => String(v.cvx)),
    skips: list(r.conditionalSkip).map(skip),
    recurring: yes(r.recurringDose),
    season: r.seasonalRecommendation ? compact({ ...r.seasonalRecommendation }) : undefined,
  });
}

export function series(r: Raw, antigen: string): AntigenSeries {
  const s = r.selectSeries as Raw;
  return compact({
    name: r.seriesName,
    antigen,
    vaccineGroup: r.vaccineGroup,
    type: r.seriesType,
    requiredGender: r.requiredGender,
    defaultSeries: yes(s.defaultSeries),
    productPath: yes(s.productPath),
    seriesGroup: String(s.seriesGroup),
    seriesPriority: String(s.seriesPriority),
    // A few single-series groups leave the preference blank; it only breaks ties, so 1.
    seriesPreference: s.seriesPreference === undefined ? 1 : Number(s.seriesPreference),
    minAgeToStart: s.minAgeToStart,
    maxAgeToStart: s.maxAgeToStart,
    indications:
      r.seriesType === "Risk"
        ? list(r.indication).map((i) =>
            compact({ code: String(i.observationCode.code), beginAge: i.beginAge, endAge: i.endAge }),
          )
        : undefined,
    doses: list(r.seriesDose).map(dose),
  });
}

/** Section 7.3: antigen-level ("vaccineGroup" in the data) and vaccine-level contraindications. */
export function contraindications(r: Raw | undefined): { antigen: Contraindication[]; vaccine: Contraindication[] } {
  const one = (c: Raw, withCvx: boolean): Contraindication =>
    compact({
      code: String(c.observationCode),
      beginAge: c.beginAge,
      endAge: c.endAge,
      cvx: withCvx ? list(c.contraindicatedVaccine).map((v) => String(v.cvx)) : undefined,
    });
  return {
    antigen: list(r?.vaccineGroup?.contraindication).map((c) => one(c, false)),
    vaccine: list(r?.vaccine?.contraindication).map((c) => one(c, true)),
  };
}

/** Section 7.2; the data writes the immunity birth date as MM/DD/YYYY. */
export function immunity(r: Raw | undefined): Immunity | undefined {
  if (!r) return undefined;
  const us = r.dateOfBirth?.immunityBirthDate as string | undefined;
  const [m, d, y] = us ? us.split("/") : [];
  return compact({
    codes: list(r.clinicalHistory).map((c) => String(c.guidelineCode)),
    birthDate: us ? `${y}-${m}-${d}` : undefined,
    exclusions: list(r.dateOfBirth?.exclusion).map((e) => String(e.exclusionCode)),
    birthCountry: r.dateOfBirth?.birthCountry,
  });
}
