/**
 * Seasons that repeat every year (a rule beyond CDSi). CDSi's influenza and RSV doses carry one
 * season's window (v4.64: influenza 2025-07-01 to 2026-06-30, RSV 2025-10-01 to 2026-03-31) and
 * CDC refreshes it with each release; an assessment outside that window would otherwise read
 * "not recommended" all year. So the window, and the dated conditional skips that go with it
 * ("doses before 1 July 2025"), move by whole years to the season the assessment date is in or,
 * between seasons, the next one. Inside the data's own season nothing changes.
 */
import type { AntigenData, ConditionalSkip, SeriesDose } from "../data/types.ts";
import { addMonths, type IsoDate } from "../dates.ts";

const shift = (date: string | undefined, years: number) =>
  date === undefined ? undefined : addMonths(date, 12 * years);

/** Whole years to add to the data's season so it is the season of `date` or the next one. */
function yearsToSeason(end: IsoDate, date: IsoDate): number {
  let k = 0;
  while (date > (shift(end, k) as string)) k += 1;
  while (date <= (shift(end, k - 1) as string)) k -= 1;
  return k;
}

function shiftSkip(skip: ConditionalSkip, years: number): ConditionalSkip {
  return {
    ...skip,
    sets: skip.sets.map((set) => ({
      ...set,
      conditions: set.conditions.map((c) => {
        const moved = { ...c, startDate: shift(c.startDate, years), endDate: shift(c.endDate, years) };
        if (moved.startDate === undefined) delete moved.startDate;
        if (moved.endDate === undefined) delete moved.endDate;
        return moved;
      }),
    })),
  };
}

function shiftDose(dose: SeriesDose, years: number): SeriesDose {
  const season = dose.season && {
    ...(dose.season.startDate ? { startDate: shift(dose.season.startDate, years) as string } : {}),
    ...(dose.season.endDate ? { endDate: shift(dose.season.endDate, years) as string } : {}),
  };
  return { ...dose, ...(season ? { season } : {}), skips: dose.skips.map((s) => shiftSkip(s, years)) };
}

const cache = new WeakMap<AntigenData, Map<number, AntigenData>>();

/** The antigen's data with its season moved to the assessment date's season (the same object when no move is needed). */
export function forSeasonOf(data: AntigenData, assessmentDate: IsoDate): AntigenData {
  const end = data.series.flatMap((s) => s.doses).find((d) => d.season?.startDate && d.season.endDate)?.season?.endDate;
  if (!end) return data;
  const years = yearsToSeason(end, assessmentDate);
  if (years === 0) return data;
  const byYears = cache.get(data) ?? new Map<number, AntigenData>();
  cache.set(data, byYears);
  const hit = byYears.get(years);
  if (hit) return hit;
  const moved: AntigenData = {
    ...data,
    series: data.series.map((s) => ({ ...s, doses: s.doses.map((d) => shiftDose(d, years)) })),
  };
  byYears.set(years, moved);
  return moved;
}
