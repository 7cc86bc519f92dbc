/**
 * A simpler schedule for families outside the US: WHO's recommended routine
 * ages (cicada's encoding, corrected). Each antigen follows its default series;
 * a dose counts when given at or after the minimum age and minimum intervals
 * (WHO has no 4-day grace), and the next dose is forecast from the recommended
 * age and interval only. Dates follow the same CDSi date rules as the CDC engine.
 */
import { addDays, type IsoDate, maxDate, minDate } from "../dates.ts";
import { plus } from "../engine/relevant.ts";
import type { Forecast, VaccineGroupAssessment } from "../types.ts";
import { validateDates } from "../validate.ts";
import { whoCvx, whoSeries } from "./data.ts";
import type { WhoDose, WhoSeries } from "./types.ts";

export interface WhoInput {
  dateOfBirth: IsoDate;
  assessmentDate: IsoDate;
  doses: { dateGiven: IsoDate; cvx: string }[];
}

interface AntigenResult {
  status: "not-complete" | "complete" | "aged-out";
  forecast: Forecast | null;
}

function intervalDates(dose: WhoDose, counted: IsoDate[], key: "minInt" | "earliestRecInt"): (IsoDate | undefined)[] {
  return dose.intervals.map((i) => {
    const from = i.fromPrevious ? counted.at(-1) : i.fromTargetDose ? counted[i.fromTargetDose - 1] : undefined;
    return from && plus(from, i[key]);
  });
}

function forecastAntigen(series: WhoSeries, given: IsoDate[], input: WhoInput): AntigenResult {
  const dob = input.dateOfBirth;
  const counted: IsoDate[] = [];
  for (const date of given) {
    const target = series.doses[counted.length];
    if (!target) break;
    const earliest = maxDate(plus(dob, target.minAge), ...intervalDates(target, counted, "minInt"));
    const max = plus(dob, target.maxAge);
    if ((!earliest || date >= earliest) && (!max || date < max)) counted.push(date);
  }
  const next = series.doses[counted.length];
  if (!next) return { status: "complete", forecast: null };
  const earliestDate = maxDate(plus(dob, next.minAge), ...intervalDates(next, counted, "minInt"), dob) as IsoDate;
  const maxAgeDate = plus(dob, next.maxAge);
  if (maxAgeDate && (input.assessmentDate >= maxAgeDate || earliestDate >= maxAgeDate))
    return { status: "aged-out", forecast: null };
  const recommended = maxDate(
    plus(dob, next.earliestRecAge),
    ...intervalDates(next, counted, "earliestRecInt"),
    earliestDate,
  ) as IsoDate;
  const late = plus(dob, next.latestRecAge);
  return {
    status: "not-complete",
    forecast: {
      doseNumber: next.doseNumber,
      earliestDate,
      recommendedDate: recommended,
      pastDueDate: late ? (maxDate(addDays(late, -1), earliestDate) as IsoDate) : null,
      latestDate: maxAgeDate ? addDays(maxAgeDate, -1) : null,
      vaccines: next.vaccines.map((cvx) => ({ cvx, name: whoCvx[cvx]?.name ?? cvx })),
    },
  };
}

/** Forecast per WHO vaccine group; a group with several antigens waits for its least advanced one. */
export function assessWhoSchedule(input: WhoInput): VaccineGroupAssessment[] {
  validateDates(input, (cvx) => cvx in whoCvx);
  const doses = [...input.doses].sort((a, b) => (a.dateGiven < b.dateGiven ? -1 : a.dateGiven > b.dateGiven ? 1 : 0));
  const groups = [...new Set(whoSeries.map((s) => s.vaccineGroup))];
  return groups.map((vaccineGroup) => {
    const members = whoSeries.filter((s) => s.vaccineGroup === vaccineGroup);
    const results = members.map((s) =>
      forecastAntigen(
        s,
        doses.filter((d) => whoCvx[d.cvx]?.antigens.includes(s.antigen)).map((d) => d.dateGiven),
        input,
      ),
    );
    const antigens = members.map((s) => s.antigen);
    const open = results.filter((r) => r.forecast);
    if (open.length === 0) {
      const status = results.some((r) => r.status === "aged-out") ? "aged-out" : "complete";
      return { vaccineGroup, antigens, seriesStatus: status, forecast: null };
    }
    const first = open.reduce((a, b) => (b.forecast!.doseNumber < a.forecast!.doseNumber ? b : a)).forecast!;
    const earliest = maxDate(...open.map((r) => r.forecast!.earliestDate)) as IsoDate;
    return {
      vaccineGroup,
      antigens,
      seriesStatus: "not-complete",
      forecast: {
        ...first,
        earliestDate: earliest,
        recommendedDate: maxDate(minDate(...open.map((r) => r.forecast!.recommendedDate)), earliest) as IsoDate,
      },
    };
  });
}
