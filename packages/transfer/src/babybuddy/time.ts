import { TZDate } from "@date-fns/tz";

// Baby Buddy's export writes its times as the server's local wall-clock time, without a zone
// ("2020-02-17 03:04:09"); the person confirms which zone that was.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The UTC instant (ISO 8601) of a local time in a zone, or undefined when the text is not one. */
export function localToInstant(text: string, zone: string): string | undefined {
  const m = LOCAL.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1).map((part) => part ?? "0");
  const local = new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), zone);
  if (Number.isNaN(local.getTime()) || local.getDate() !== Number(d) || local.getMonth() !== Number(mo) - 1)
    return undefined;
  return new Date(local.getTime()).toISOString();
}

/** The calendar date (YYYY-MM-DD) at the start of a Baby Buddy date or time, or undefined. */
export function localDate(text: string): string | undefined {
  const m = LOCAL.exec(text.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** The local hour of an instant in a zone. */
export function localHour(instant: string, zone: string): number {
  return new TZDate(Date.parse(instant), zone).getHours();
}
