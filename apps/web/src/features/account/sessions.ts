import { formatDistanceStrict, parseISO } from "date-fns";
import { showDate } from "../../lib/dates.ts";

/** When a device was last used, in words: "Active now" within two minutes, else "3 hours ago". */
export function lastUsedLabel(lastUsedAt: string, now = new Date()): string {
  const used = parseISO(lastUsedAt);
  if (now.getTime() - used.getTime() < 120_000) return "Active now";
  return `Last used ${formatDistanceStrict(used, now)} ago`;
}

export const signedInLabel = (signedInAt: string) => `Signed in ${showDate(signedInAt)}`;

/** This device first, then the most recently used. */
export function orderSessions<T extends { current: boolean; lastUsedAt: string }>(sessions: T[]): T[] {
  return [...sessions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt),
  );
}
