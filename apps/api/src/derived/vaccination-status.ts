import {
  type Assessment,
  assessImmunizations,
  assessWhoSchedule,
  CDSI_VERSION,
  isCdcCvx,
  isWhoCvx,
  type MaternalRsvVaccine,
  type ParentContext,
  parentView,
  reasonCode,
  vaccineCategory,
  vaccineProducts,
} from "@upnest/immunizations";
import type { Baby, Vaccination } from "@upnest/schemas";
import { upcomingVisits } from "./vaccination-visits.ts";

const productName = new Map(vaccineProducts.map((p) => [p.cvx, p.name]));

/** What the engine needs of the baby: the membership check's facts bring all of it. */
export type VaccinationBaby = Pick<
  Baby,
  "dateOfBirth" | "sex" | "vaccinationSchedule" | "conditions" | "maternalRsvVaccine"
>;

/** The lightest birth weight the engine takes, and the heaviest: outside them a weight is a typing slip. */
const PLAUSIBLE_GRAMS = { min: 200, max: 8000 };

/** The profile's mother's RSV vaccine in the engine's words: "don't know" reads as not given (the baby gets it). */
function mother(m: VaccinationBaby["maternalRsvVaccine"]): MaternalRsvVaccine | undefined {
  if (!m) return undefined;
  return m.status === "given" ? { received: true, ...(m.date ? { date: m.date } : {}) } : { received: false };
}

/**
 * A baby's vaccination page: every vaccine group with the parent's status (with the child's context, so nothing
 * reads "no longer given" that is not), its category and the next dose's dates, the visits still to book, and
 * each recorded dose's evaluation (a reason as a code that the web app says in the person's language,
 * @upnest/immunizations/words). Computed on read from the recorded doses, the profile's conditions and the
 * mother's RSV vaccine, and the birth weight (the measurement on the date of birth), like the growth percentiles.
 */
export function vaccinationStatus(
  baby: VaccinationBaby,
  doses: readonly Vaccination[],
  today: string,
  birthWeightGrams: number | null = null,
) {
  const schedule = baby.vaccinationSchedule ?? "cdc";
  const maternalRsvVaccine = mother(baby.maternalRsvVaccine);
  const child: ParentContext = { dateOfBirth: baby.dateOfBirth, ...(maternalRsvVaccine ? { maternalRsvVaccine } : {}) };
  // A dose dated later than today where the family lives (it is already tomorrow somewhere) is not yet given.
  const given = doses.filter((d) => d.dateGiven <= today);
  const named = (d: Vaccination) => ({
    vaccinationId: d.vaccinationId,
    version: d.version,
    dateGiven: d.dateGiven,
    cvx: d.cvx,
    product: productName.get(d.cvx) ?? `CVX ${d.cvx}`,
    givenAbroad: d.givenAbroad ?? false,
    lotNumber: d.lotNumber,
    clinic: d.clinic,
    reactions: d.reactions,
  });
  const views = (result: Assessment) =>
    result.vaccineGroups.map((g) => ({
      ...parentView(g, today, child),
      seriesStatus: g.seriesStatus,
      category: vaccineCategory(g.vaccineGroup),
    }));

  if (schedule === "who") {
    const counted = given.filter((d) => isWhoCvx(d.cvx));
    const vaccineGroups = assessWhoSchedule({
      dateOfBirth: baby.dateOfBirth,
      assessmentDate: today,
      doses: counted.map((d) => ({ dateGiven: d.dateGiven, cvx: d.cvx })),
    });
    const assessment: Assessment = { dateOfBirth: baby.dateOfBirth, doses: [], vaccineGroups };
    const groups = views(assessment);
    return {
      schedule,
      cdsiVersion: null,
      assessedOn: today,
      groups,
      nextVisits: upcomingVisits(assessment, groups, today, child),
      doses: doses.map((d) => ({
        ...named(d),
        counted: counted.includes(d),
        evaluations: [] as { antigen: string; status: string; reason?: string }[],
      })),
    };
  }
  // Products CDC's logic does not know (BCG given abroad, say) are kept and listed, not evaluated.
  const counted = given.filter((d) => isCdcCvx(d.cvx));
  // A condition dated later than today where the family lives is not yet so for the engine: its date is left out.
  const conditions = baby.conditions ?? [];
  const grams = birthWeightGrams !== null && birthWeightGrams >= PLAUSIBLE_GRAMS.min ? birthWeightGrams : null;
  const assessment = assessImmunizations({
    dateOfBirth: baby.dateOfBirth,
    sex: baby.sex,
    assessmentDate: today,
    doses: counted.map((d) => ({ dateGiven: d.dateGiven, cvx: d.cvx })),
    ...(conditions.length
      ? {
          conditions: conditions.map((c) => c.code),
          conditionDates: conditions.map((c) => (c.date && c.date <= today ? c.date : null)),
        }
      : {}),
    ...(grams !== null && grams <= PLAUSIBLE_GRAMS.max ? { birthWeightGrams: grams } : {}),
    ...(maternalRsvVaccine ? { maternalRsvVaccine } : {}),
  });
  const evaluated = new Map(counted.map((d, i) => [d, assessment.doses[i]?.evaluations ?? []]));
  const groups = views(assessment);
  return {
    schedule,
    cdsiVersion: CDSI_VERSION,
    assessedOn: today,
    groups,
    nextVisits: upcomingVisits(assessment, groups, today, child),
    doses: doses.map((d) => ({
      ...named(d),
      counted: evaluated.has(d),
      evaluations: (evaluated.get(d) ?? []).map((e) => ({
        antigen: e.antigen,
        status: e.status,
        reason: reasonCode(e.reason),
      })),
    })),
  };
}

export type VaccinationStatus = ReturnType<typeof vaccinationStatus>;
