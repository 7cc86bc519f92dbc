/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC, following the CDSi
 * general date rules (Logic Specification v4.6, section 3.4, table 3-6).
 * Kept dependency-free so the whole package stays pure TypeScript.
 */

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parse(date: IsoDate): Ymd {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function format({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** CALCDT-5: a date that does not exist moves forward to the 1st of the next month. */
function normalise({ year, month, day }: Ymd): Ymd {
  if (day <= daysInMonth(year, month)) return { year, month, day };
  return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
}

/** CALCDT-1 and CALCDT-2: years and months keep the day of month (then CALCDT-5). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parse(date);
  const index = year * 12 + (month - 1) + months;
  return format(normalise({ year: Math.floor(index / 12), month: (index % 12) + 1, day }));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Days since 1970-01-01, via Date.UTC (no time zone involved). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parse(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * 86_400_000);
  return format({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** CALCDT-3 and CALCDT-4: weeks and days are plain day counts. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function maxDate(...dates: (IsoDate | undefined | null)[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const d of dates) if (d && (best === undefined || d > best)) best = d;
  return best;
}

export function minDate(...dates: (IsoDate | undefined | null)[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const d of dates) if (d && (best === undefined || d < best)) best = d;
  return best;
}
