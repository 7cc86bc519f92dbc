/**
 * CDSi age and interval strings ("6 weeks - 4 days", "3 months + 4 weeks",
 * "1 year") parsed once and added to a date per CALCDT-6: years, then months,
 * then weeks and days together (Logic Specification v4.6, table 3-6).
 */
import { addDays, addMonths, type IsoDate } from "./dates.ts";

export interface Duration {
  months: number; // years are folded in as 12 months; CALCDT-1 equals CALCDT-2 on a 12-month step
  days: number; // weeks are folded in as 7 days (CALCDT-3)
}

const TERM = /^(\d+)\s*(year|month|week|day)s?$/i;
const cache = new Map<string, Duration>();

export function parseDuration(text: string): Duration {
  const hit = cache.get(text);
  if (hit) return hit;
  const result: Duration = { months: 0, days: 0 };
  // Split on the operators while keeping them: "6 weeks - 4 days" -> ["6 weeks", "-", "4 days"].
  const parts = text.trim().split(/\s*([+-])\s*/);
  let sign = 1;
  for (const part of parts) {
    if (part === "+" || part === "-") {
      sign = part === "+" ? 1 : -1;
      continue;
    }
    const m = TERM.exec(part);
    if (!m) throw new RangeError(`unreadable CDSi duration "${text}"`);
    const n = sign * Number(m[1]);
    const unit = (m[2] ?? "").toLowerCase();
    if (unit === "year") result.months += 12 * n;
    else if (unit === "month") result.months += n;
    else if (unit === "week") result.days += 7 * n;
    else result.days += n;
  }
  cache.set(text, result);
  return result;
}

// An assessment adds the same few ages to the same birth date many times; a small bounded memo
// keeps that cheap without growing without limit in a long-running server.
const sums = new Map<string, IsoDate>();
const MAX_MEMO = 20_000;

/** Adds a CDSi duration: months first (moving an invalid day to the 1st, CALCDT-5), then days. */
export function addDuration(date: IsoDate, duration: Duration | string): IsoDate {
  const key = typeof duration === "string" ? `${date}|${duration}` : undefined;
  const hit = key && sums.get(key);
  if (hit) return hit;
  const d = typeof duration === "string" ? parseDuration(duration) : duration;
  const afterMonths = d.months === 0 ? date : addMonths(date, d.months);
  const result = d.days === 0 ? afterMonths : addDays(afterMonths, d.days);
  if (key) {
    if (sums.size >= MAX_MEMO) sums.clear();
    sums.set(key, result);
  }
  return result;
}
