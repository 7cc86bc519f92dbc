import { type CareEntry, dayBounds, dayOf, startOf } from "@upnest/care";
import type { Access } from "@upnest/db";
import { babyRef, careChangesInput, careDayInput, careRangeInput, MAX_SLEEP_HOURS } from "@upnest/schemas";
import type { Context } from "../trpc/context.ts";
import { babyProcedure, router } from "../trpc/trpc.ts";

/** The family's time zone: the baby's; a baby from before the care log has the reader's own profile zone. */
export async function familyZone(ctx: Context & { userId: string; email: string; access: Access }) {
  return ctx.access.baby.timeZone ?? (await ctx.repos.users.getOrCreate(ctx.userId, ctx.email)).timezone;
}

const HOUR = 3600_000;

/**
 * Reading the care log: a day on the family's clocks (the today view: one Query, with the evening before and
 * the running timers), a range of days (patterns, paged), and a cheap "has anything changed?" for live pages.
 */
export const careRouter = router({
  day: babyProcedure(careDayInput).query(async ({ ctx, input }) => {
    const timeZone = await familyZone(ctx);
    const now = new Date();
    const today = dayOf(now, timeZone);
    const day = input.day ?? today;
    const { start, end } = dayBounds(day, timeZone);
    // The evening before belongs to the day's story: a night's sleep that began then, the last feed before midnight.
    const from = new Date(Date.parse(start) - MAX_SLEEP_HOURS * HOUR).toISOString();
    const read =
      day >= today
        ? await ctx.repos.careLog.since(ctx.access, from)
        : {
            entries: (await ctx.repos.careLog.range(ctx.access, { from, to: end, limit: 100 })).items,
            timers: await ctx.repos.timers.list(ctx.access),
          };
    const entries = (read.entries as CareEntry[]).filter((e) => startOf(e) < end);
    return { day, timeZone, start, end, now: now.toISOString(), entries, timers: read.timers };
  }),

  /** Entries that start on the family's days `from`–`to`, newest first, a page at a time. */
  range: babyProcedure(careRangeInput).query(async ({ ctx, input }) => {
    const timeZone = await familyZone(ctx);
    const page = await ctx.repos.careLog.range(ctx.access, {
      from: dayBounds(input.from, timeZone).start,
      to: dayBounds(input.to, timeZone).end,
      limit: input.limit,
      cursor: input.cursor,
    });
    return { items: page.items as CareEntry[], nextCursor: page.nextCursor, timeZone };
  }),

  /**
   * Whether anything of the baby changed since the marker a page last saw (decision 0008): one Query of one key,
   * cheap enough to ask every few seconds while a page is open.
   */
  changes: babyProcedure(careChangesInput).query(async ({ ctx, input }) => {
    const latest = await ctx.repos.audit.latest(ctx.access);
    return { latest, changed: latest !== (input.since ?? null) };
  }),

  /** The family's time zone, for a client that has no day loaded yet. */
  zone: babyProcedure(babyRef).query(async ({ ctx }) => ({ timeZone: await familyZone(ctx) })),
});
