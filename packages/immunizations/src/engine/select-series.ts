/**
 * Chooses the best patient series of one series group (chapter 8): pre-filter
 * (8.1), a single prioritized series when obvious (8.2), else scoring (8.3-8.7).
 */
import { type IsoDate, maxDate } from "../dates.ts";
import type { Patient, PatientSeries } from "./model.ts";
import { ageRow, inForce, plus } from "./relevant.ts";

const validCount = (ps: PatientSeries) => ps.targets.filter((t) => t.status === "satisfied").length;
const isComplete = (ps: PatientSeries) => ps.status === "complete";
const isInProcess = (ps: PatientSeries) => validCount(ps) > 0 && ps.status === "not-complete";

/** SELECTSCORE-2. */
function scorable(ps: PatientSeries, group: PatientSeries[], patient: Patient): boolean {
  const s = ps.series;
  if (s.type === "Evaluation Only") return isComplete(ps);
  const firstValid = ps.doses.find((d) => ps.evaluations.get(d.index)?.status === "valid");
  if (firstValid) {
    const maxStart = plus(patient.dateOfBirth, s.maxAgeToStart);
    return maxStart === undefined || firstValid.date < maxStart;
  }
  return group.every((g) => validCount(g) === 0) && !group.some((g) => g.series.defaultSeries);
}

/** SELECTB-12: earliest date plus the largest minimum interval of the doses still to come. */
function finishDate(ps: PatientSeries, patient: Patient): IsoDate | undefined {
  if (!ps.forecast) return undefined;
  const rest = ps.targets.slice(ps.next + 1);
  const interval = rest.flatMap((t) => inForce(t.dose.intervals, patient.assessmentDate).map((i) => i.minInt));
  return maxDate(ps.forecast.earliestDate, ...interval.map((d) => plus(ps.forecast!.earliestDate, d)));
}

/** SELECTB-3: the series can finish before its last dose's maximum age. */
function completable(ps: PatientSeries, patient: Patient): boolean {
  const last = ps.targets.at(-1);
  const finish = finishDate(ps, patient);
  const max = last && plus(patient.dateOfBirth, ageRow(last, patient.assessmentDate).maxAge);
  return finish !== undefined && (max === undefined || finish < max);
}

/** +win when true for exactly this one, 0 when true for several, -lose otherwise (tables 8-7, 8-9, 8-11). */
function award(flags: boolean[], win: number, lose: number, shared = true): number[] {
  const count = flags.filter(Boolean).length;
  return flags.map((f) => (f ? (shared && count > 1 ? 0 : win) : -lose));
}

function best(values: (number | string | undefined)[], lowest: boolean): boolean[] {
  const defined = values.filter((v) => v !== undefined);
  if (defined.length === 0) return values.map(() => false);
  const target = defined.reduce((a, b) => ((lowest ? b < a : b > a) ? b : a));
  return values.map((v) => v !== undefined && v === target);
}

function score(candidates: PatientSeries[], patient: Patient): number[] {
  const scores = candidates.map(() => 0);
  const add = (points: number[]) => {
    for (const [i, p] of points.entries()) scores[i] = (scores[i] ?? 0) + p;
  };
  const finish = candidates.map((c) => (completable(c, patient) ? finishDate(c, patient) : undefined));
  if (candidates.every(isComplete)) {
    add(award(best(candidates.map(validCount), false), 1, 1));
  } else if (candidates.every(isInProcess)) {
    const allValid = candidates.map(
      (c) => c.series.productPath && c.doses.every((d) => c.evaluations.get(d.index)?.status === "valid"),
    );
    add(award(allValid, 2, 2, false));
    add(
      award(
        candidates.map((c) => completable(c, patient)),
        3,
        3,
        false,
      ),
    );
    add(award(best(candidates.map(validCount), false), 2, 2));
    add(
      award(
        best(
          candidates.map((c) => c.targets.length - c.next),
          true,
        ),
        2,
        2,
      ),
    );
    add(award(best(finish, true), 1, 1));
  } else {
    const start = candidates.map((c) => c.forecast?.earliestDate);
    add(award(best(start, true), 1, 1));
    add(
      award(
        candidates.map((c) => completable(c, patient)),
        1,
        1,
        false,
      ),
    );
    add(candidates.map((c) => (c.series.productPath ? -1 : 1)));
  }
  return scores;
}

/** Returns the prioritized patient series of one series group (SELECTBEST-2), if any. */
export function selectBestSeries(group: PatientSeries[], patient: Patient): PatientSeries | undefined {
  const defaults = group.filter((g) => g.series.defaultSeries);
  const candidates = group.filter((g) => scorable(g, group, patient));
  // Table 8-3.
  if (candidates.length === 0) return defaults.length === 1 ? defaults[0] : undefined;
  if (candidates.length === 1) return candidates[0];
  const complete = candidates.filter(isComplete);
  if (complete.length === 1) return complete[0];
  const inProcess = candidates.filter(isInProcess);
  if (complete.length === 0 && inProcess.length === 1) return inProcess[0];
  if (complete.length === 0 && inProcess.length === 0 && defaults.length === 1) return defaults[0];
  // Table 8-5: keep only the class that can win.
  const pool =
    complete.length >= 2 ? complete : inProcess.length >= 2 ? inProcess : candidates.filter((c) => validCount(c) === 0);
  if (pool.length === 0) return defaults[0] ?? candidates[0];
  const scores = score(pool, patient);
  let winner = 0;
  pool.forEach((c, i) => {
    const s = scores[i] ?? 0;
    const w = scores[winner] ?? 0;
    if (s > w || (s === w && c.series.seriesPreference < (pool[winner]?.series.seriesPreference ?? Infinity)))
      winner = i;
  });
  return pool[winner];
}
