import { LOCALES } from "@upnest/i18n";
import { parseISO } from "date-fns";
import { currentLanguage, t } from "../../i18n/i18n.ts";
import { showDate } from "../../lib/dates.ts";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["minute", 60],
  ["hour", 24],
  ["day", 30],
  ["month", 12],
];

/** "3 hours ago", "hace 3 horas": the largest whole unit (minutes up to an hour, … days up to 30), rounded. */
function ago(ms: number): string {
  let value = ms / 60_000;
  let unit: Intl.RelativeTimeFormatUnit = "year";
  for (const [name, size] of UNITS) {
    if (Math.round(value) < size) {
      unit = name;
      break;
    }
    value /= size;
  }
  const rtf = new Intl.RelativeTimeFormat(LOCALES[currentLanguage()], { numeric: "always" });
  return rtf.format(-Math.max(1, Math.round(value)), unit);
}

/** When a device was last used, in words: "Active now" within two minutes, else "3 hours ago". */
export function lastUsedLabel(lastUsedAt: string, now = new Date()): string {
  const used = parseISO(lastUsedAt);
  if (now.getTime() - used.getTime() < 120_000) return t("account:sessions.activeNow");
  return t("account:sessions.lastUsed", { ago: ago(now.getTime() - used.getTime()) });
}

export const signedInLabel = (signedInAt: string) => t("account:sessions.signedIn", { date: showDate(signedInAt) });

/** This device first, then the most recently used. */
export function orderSessions<T extends { current: boolean; lastUsedAt: string }>(sessions: T[]): T[] {
  return [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt),
  );
}
