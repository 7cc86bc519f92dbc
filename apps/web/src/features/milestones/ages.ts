import { t } from "../../i18n/i18n.ts";

/** An average month, as @upnest/milestones and @upnest/growth count them. */
const DAYS_PER_MONTH = 30.4375;

/** Whole days as parents say an age: "3 weeks", "5 months", "2 years 1 month"; before the due date, "due in 2 weeks". */
export function describeAgeDays(days: number): string {
  if (days < 0) return t("age.dueInWeeks", { count: Math.ceil(-days / 7) });
  if (days < 14) return t("age.days", { count: days });
  const months = Math.floor(days / DAYS_PER_MONTH);
  if (months < 2) return t("age.weeks", { count: Math.floor(days / 7) });
  if (months < 24) return t("age.months", { count: months });
  const rest = months % 12;
  const years = t("age.years", { count: Math.floor(months / 12) });
  return rest === 0 ? years : t("age.yearsMonths", { years, months: t("age.months", { count: rest }) });
}

/** A checklist's name as CDC gives it: "2 months", "18 months", "1 year", "30 months", "3 years". */
export function checklistTitle(ageMonths: number): string {
  if (ageMonths < 12 || ageMonths % 12 !== 0) return t("age.months", { count: ageMonths });
  return t("age.years", { count: ageMonths / 12 });
}

const DOMAINS = ["social", "language", "cognitive", "movement"] as const;

/** A CDC domain's name; an unknown one (a newer API) reads as itself. */
export const domainLabel = (domain: string) =>
  (DOMAINS as readonly string[]).includes(domain)
    ? t(`milestones:domain.${domain as (typeof DOMAINS)[number]}`)
    : domain;
