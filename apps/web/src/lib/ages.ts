import { agesToShow } from "@upnest/growth";
import { addDays, format, parseISO } from "date-fns";
import { t } from "../i18n/i18n.ts";
import { ageOn } from "./dates.ts";

export interface ShownAges {
  /** The real (chronological) age: "4 months". */
  age: string;
  /** The corrected age's words, while it is shown: "2 months" (from the due date); null otherwise. */
  corrected: string | null;
  /** Before the due date, the postmenstrual age: "33 + 2 weeks"; null otherwise. */
  postmenstrual: string | null;
  /** The one line to show: "4 months (2 months corrected)", "3 weeks (33 + 2 weeks postmenstrual)", "4 months". */
  line: string;
}

/** "33 + 2 weeks": completed weeks and days, as a NICU writes a postmenstrual age. */
export const weeksAndDays = (days: number) =>
  t("age.weeksDays", { weeks: Math.floor(days / 7), days: days % 7, count: Math.floor(days / 7) });

/**
 * A baby's ages on a day, the way every screen shows them: the real age, and for a baby born early the corrected
 * age (until 2 years, 3 if born before 32 weeks) or, before the due date, the postmenstrual age (`agesToShow`).
 * The corrected age is counted in calendar months from the due date, as the real age is from the birth date.
 */
export function showAges(
  baby: { dateOfBirth: string; gestationalAgeWeeks?: number | undefined },
  on: string,
): ShownAges {
  const ages = agesToShow({ dateOfBirth: baby.dateOfBirth, on, gestationalAgeWeeks: baby.gestationalAgeWeeks });
  const age = ageOn(baby.dateOfBirth, on);
  if (ages.postmenstrualDays !== null) {
    const postmenstrual = weeksAndDays(ages.postmenstrualDays);
    return { age, corrected: null, postmenstrual, line: t("age.withPostmenstrual", { age, postmenstrual }) };
  }
  if (ages.correctedDays !== null) {
    const dueDate = format(
      addDays(parseISO(baby.dateOfBirth), ages.chronologicalDays - ages.correctedDays),
      "yyyy-MM-dd",
    );
    const corrected = ageOn(dueDate, on);
    return { age, corrected, postmenstrual: null, line: t("age.withCorrected", { age, corrected }) };
  }
  return { age, corrected: null, postmenstrual: null, line: age };
}
