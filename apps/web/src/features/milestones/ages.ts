/** An average month, as @upnest/milestones and @upnest/growth count them. */
const DAYS_PER_MONTH = 30.4375;

/** Whole days as parents say an age: "3 weeks", "5 months", "2 years 1 month"; before the due date, "due in 2 weeks". */
export function describeAgeDays(days: number): string {
  if (days < 0) {
    const weeks = Math.ceil(-days / 7);
    return `due in ${weeks} week${weeks === 1 ? "" : "s"}`;
  }
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (days < 14) return plural(days, "day");
  const months = Math.floor(days / DAYS_PER_MONTH);
  if (months < 2) return plural(Math.floor(days / 7), "week");
  if (months < 24) return plural(months, "month");
  const rest = months % 12;
  return rest === 0
    ? plural(Math.floor(months / 12), "year")
    : `${plural(Math.floor(months / 12), "year")} ${plural(rest, "month")}`;
}

/** A checklist's name as CDC gives it: "2 months", "18 months", "1 year", "30 months", "3 years". */
export function checklistTitle(ageMonths: number): string {
  if (ageMonths < 12 || ageMonths % 12 !== 0) return `${ageMonths} months`;
  const years = ageMonths / 12;
  return `${years} year${years === 1 ? "" : "s"}`;
}

export const DOMAIN_LABELS: Record<string, string> = {
  social: "Social/emotional",
  language: "Language/communication",
  cognitive: "Cognitive",
  movement: "Movement/physical",
};
