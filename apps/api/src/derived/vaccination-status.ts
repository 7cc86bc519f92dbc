import {
  assessImmunizations,
  assessWhoSchedule,
  CDSI_VERSION,
  isCdcCvx,
  isWhoCvx,
  parentView,
  plainReason,
  vaccineProducts,
} from "@upnest/immunizations";
import type { Baby, Vaccination } from "@upnest/schemas";

const productName = new Map(vaccineProducts.map((p) => [p.cvx, p.name]));

export const CLINICIAN_NOTE = "The schedule informs; your child's clinician decides.";

/**
 * A baby's vaccination page: every vaccine group with the parent's status and
 * the next dose's dates, and each recorded dose's evaluation in plain words.
 * Computed on read from the recorded doses, like the growth percentiles.
 */
export function vaccinationStatus(
  baby: Pick<Baby, "dateOfBirth" | "sex" | "vaccinationSchedule">,
  doses: Vaccination[],
  today: string,
) {
  const schedule = baby.vaccinationSchedule ?? "cdc";
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

  if (schedule === "who") {
    const groups = assessWhoSchedule({
      dateOfBirth: baby.dateOfBirth,
      assessmentDate: today,
      doses: doses.filter((d) => isWhoCvx(d.cvx)).map((d) => ({ dateGiven: d.dateGiven, cvx: d.cvx })),
    });
    return {
      schedule,
      method: "WHO recommended routine ages: forecasts by recommended age and minimum interval only.",
      note: CLINICIAN_NOTE,
      assessedOn: today,
      groups: groups.map((g) => ({ ...parentView(g, today), seriesStatus: g.seriesStatus })),
      doses: doses.map((d) => ({
        ...named(d),
        counted: isWhoCvx(d.cvx),
        evaluations: [] as { antigen: string; status: string; reason?: string }[],
      })),
    };
  }
  // Products CDC's logic does not know (BCG given abroad, say) are kept and listed, not evaluated.
  const counted = doses.filter((d) => isCdcCvx(d.cvx));
  const assessment = assessImmunizations({
    dateOfBirth: baby.dateOfBirth,
    sex: baby.sex,
    assessmentDate: today,
    doses: counted.map((d) => ({ dateGiven: d.dateGiven, cvx: d.cvx })),
  });
  const evaluated = new Map(counted.map((d, i) => [d, assessment.doses[i]?.evaluations ?? []]));
  return {
    schedule,
    method: `CDC schedule, evaluated with CDC's CDSi logic (supporting data v${CDSI_VERSION}).`,
    note: CLINICIAN_NOTE,
    assessedOn: today,
    groups: assessment.vaccineGroups.map((g) => ({ ...parentView(g, today), seriesStatus: g.seriesStatus })),
    doses: doses.map((d) => ({
      ...named(d),
      counted: evaluated.has(d),
      evaluations: (evaluated.get(d) ?? []).map((e) => ({
        antigen: e.antigen,
        status: e.status,
        reason: plainReason(e.reason),
      })),
    })),
  };
}
