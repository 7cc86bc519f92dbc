import { TZDate } from "@date-fns/tz";
import { zoneOffsetMinutes } from "@upnest/i18n";
import { format } from "date-fns";

// The family's clock: every time on the care log is shown and typed in the baby's time zone (else the reader's
// profile zone), whatever zone the phone is in; the zone is named when the phone's clock reads differently.

/** The zone the care log is kept in: the baby's, else the profile's, else the phone's. */
export const familyZone = (babyZone: string | undefined, profileZone: string | undefined, device = deviceZone()) =>
  babyZone ?? profileZone ?? device;

/** The phone's own time zone. */
export const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Whether the phone's clock shows another time than the family's now (Paris and Berlin read the same). */
export const clockDiffers = (family: string, device: string, at: number = Date.now()) =>
  zoneOffsetMinutes(family, at) !== zoneOffsetMinutes(device, at);

/** An instant as a `datetime-local` control's value on the family's clock ("2026-03-01T02:10"). */
export const toLocalInput = (instant: string | number, timeZone: string) =>
  format(new TZDate(new Date(instant).getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");

/**
 * A `datetime-local` value read on the family's clock as a UTC instant, or undefined when it is not a time. A time
 * the clocks skip (02:30 the night they go forward) is read as the same time after the jump.
 */
export function fromLocalInput(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, timeZone);
  const ms = date.getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
