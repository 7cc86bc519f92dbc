/**
 * Corrections applied to cicada's WHO encoding before it becomes src/who/data.ts,
 * one function per defect listed in data/README.md
 * ("Doubts", item 1). Each has a test in test/who-data.test.ts.
 */

// The source JSON has no schema; the generator narrows what it keeps.
type Raw = Record<string, any>;

/** CVX is CDC's code set, so CDC's own short names (CDSi 4.64) replace cicada's labels. */
export function fixCvxNames(cvxMap: Raw[], cdcNames: Record<string, string>): Raw[] {
  // Fixes 116/119 (rotavirus labels swapped), 152 ("PCV15": really "pneumococcal conjugate, unspecified")
  // and 215 ("PCV20": really PCV15).
  return cvxMap.map((m) => ({ ...m, shortDescription: cdcNames[m.cvx] ?? m.shortDescription }));
}

/** The RV1 series listed CVX 116 (RV5, RotaTeq) and the RV5 series 119 (RV1, Rotarix): swap them back. */
export function fixRotavirusCvx(series: Raw): Raw {
  const swap = (cvx: string) => (cvx === "116" ? "119" : cvx === "119" ? "116" : cvx);
  const vaccines = (list: Raw[] | undefined) => list?.map((v) => ({ ...v, cvx: swap(String(v.cvx)) }));
  return {
    ...series,
    seriesDose: series.seriesDose.map((d: Raw) => ({
      ...d,
      preferableVaccine: vaccines(d.preferableVaccine),
      allowableVaccine: vaccines(d.allowableVaccine),
    })),
  };
}

/** HepB dose 3 "16 weeks from dose 1": the generator dropped `fromTargetDose` (the xlsx says Dose 1). */
export function fixHepBDose3Interval(series: Raw): Raw {
  return {
    ...series,
    seriesDose: series.seriesDose.map((d: Raw) =>
      d.doseNumber !== "Dose 3"
        ? d
        : {
            ...d,
            interval: (d.interval as Raw[]).map((i) =>
              i.fromPrevious === undefined && i.fromTargetDose === undefined
                ? { ...i, fromPrevious: "N", fromTargetDose: "1" }
                : i,
            ),
          },
    ),
  };
}

/** "24 hours" is not a CDSi unit: the birth dose is due within the first day, i.e. before age 1 day. */
export function fixHoursUnit(age: string): string {
  return age.replace(/^24 hours$/, "1 day");
}

/** Hib, Measles and Rubella mark two series as default: keep the best-preference one only. */
export function fixDoubleDefaults(series: Raw[]): Raw[] {
  const defaults = series.filter((s) => s.selectSeries?.defaultSeries === "Yes");
  if (defaults.length <= 1) return series;
  const keep = defaults.reduce((a, b) =>
    Number(b.selectSeries.seriesPreference) < Number(a.selectSeries.seriesPreference) ? b : a,
  );
  return series.map((s) =>
    s === keep || s.selectSeries?.defaultSeries !== "Yes"
      ? s
      : { ...s, selectSeries: { ...s.selectSeries, defaultSeries: "No" } },
  );
}
