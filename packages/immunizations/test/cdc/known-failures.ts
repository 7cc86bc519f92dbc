/**
 * Why a CDC case fails, keyed by case id: an engine defect still open, or a
 * difference between the case's CDSi version and the data's (4.64), shown
 * from the data. The conformance test fails when the failing cases differ
 * from these lists, so a fix (remove the entry) and a regression both show.
 */

/** Healthy-childhood cases (v4.45). */
export const knownFailures: Record<string, string> = {};

/** Extended cases: other vaccine groups and medical conditions. */
export const extendedFailures: Record<string, string> = {
  "2016-UC-0057":
    "Case data disagree with its description: named for an 18-month-old, but born 2014-08-10 and assessed 2015-01-10 (5 months). In the v4.64 data the Hib risk series for complement deficiency (151) have indications from 12 months (`beginAge: 12 months`), so at 5 months no indication applies (table 5-4) and the standard series forecasts dose 2 four weeks after dose 1; CDC's dates (12 months, no past-due date) are the risk series'.",
  "2016-UC-0060":
    "Case older than the v4.64 data: CDC expects dose 3 of the HSCT risk series (004) 8 weeks after dose 2 (2013-09-02), but v4.64's 'Hib risk 3-dose series' has a 4-week minimum and recommended interval between doses 2 and 3 (dose 3 `minInt: 4 weeks`, `earliestRecInt: 4 weeks`), which gives 2013-08-05.",
  "2016-UC-0110":
    "Case older than the v4.64 data: after three infant doses (dose 4 skipped: more than 2 doses between 2 and 7 months), CDC expects the booster 6 months after dose 3 (earliest 2016-02-04), but v4.64's 'Meningococcal ACWY risk 2-23 month' dose 5 has `minAge: 12 months` and `minInt: 12 weeks`, so the earliest date is the 12-month birthday, 2016-02-14 (CDC's own recommended date); no row of the series has a 6-month interval.",
};
