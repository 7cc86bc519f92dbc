import { shiftDay } from "@upnest/care";

// Which dates a report covers: the default (since the last visit, else the last 12 months), the whole history, or
// dates of the family's own; never before the birth and at most the six years one report takes.

export type RangeChoice = "since-visit" | "last-year" | "whole" | "custom";
export type Range = { from: string; to: string };
const SIX_YEARS = 6 * 365;

const clamp = (from: string, dateOfBirth: string, to: string): Range => {
  const earliest = [dateOfBirth, shiftDay(to, -SIX_YEARS)].sort().at(-1) ?? dateOfBirth;
  return { from: from < earliest ? earliest : from, to };
};

/** The dates of a choice on `today`, for a baby born on `dateOfBirth` whose last visit (if any) was `lastVisit`. */
export function rangeOf(
  choice: Exclude<RangeChoice, "custom">,
  { today, dateOfBirth, lastVisit }: { today: string; dateOfBirth: string; lastVisit: string | undefined },
): Range {
  if (choice === "whole") return clamp(dateOfBirth, dateOfBirth, today);
  if (choice === "since-visit" && lastVisit && lastVisit <= today) return clamp(lastVisit, dateOfBirth, today);
  return clamp(shiftDay(today, -365), dateOfBirth, today);
}

/** The choice the page starts with: since the last visit when there was one, else the last 12 months. */
export const defaultChoice = (lastVisit: string | undefined): RangeChoice => (lastVisit ? "since-visit" : "last-year");
