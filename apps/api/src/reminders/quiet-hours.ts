import { shiftDay } from "@upnest/care";
import type { QuietHours } from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import { instantAt } from "./plan.ts";

const clockIn = (timeZone: string, now: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(now);

/**
 * When the person's quiet hours (on their own profile's clock) end, if `now` is inside them; undefined otherwise.
 * `from` after `to` spans midnight (22:00–07:00).
 */
export function quietUntil(quiet: QuietHours | null, timeZone: string, now: Date): string | undefined {
  if (!quiet) return undefined;
  const clock = clockIn(timeZone, now);
  const inside =
    quiet.from < quiet.to ? clock >= quiet.from && clock < quiet.to : clock >= quiet.from || clock < quiet.to;
  if (!inside) return undefined;
  const today = todayIn(timeZone, now);
  const endToday = instantAt(today, quiet.to, timeZone);
  return Date.parse(endToday) > now.getTime() ? endToday : instantAt(shiftDay(today, 1), quiet.to, timeZone);
}
