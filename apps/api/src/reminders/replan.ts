import type { Repositories } from "@upnest/db";
import { REMINDER_TOPICS, type ReminderTopic } from "@upnest/schemas";
import type { Logger } from "../trpc/log.ts";
import { replan } from "./planner.ts";

/** The record routers whose changes move reminders, and which topics. */
const MOVES: Record<string, readonly ReminderTopic[]> = {
  vaccinations: ["vaccines"],
  medicineCourses: ["medicines"],
  medicineDoses: ["medicines"],
  visits: ["visits"],
};
/** `addVisit` and `addDoses` (from a card or a file) are several doses' add (vaccinations). */
const WRITES = new Set(["add", "addVisit", "addDoses", "update", "delete"]);

/**
 * Which reminder topics a successful mutation at `path` can move: a record's add, update or delete of the
 * types above; a baby's creation or edit (date of birth, time zone, schedule) moves all of them.
 */
export function topicsMovedBy(path: string): readonly ReminderTopic[] {
  const [routerName = "", procedure = ""] = path.split(".");
  if (routerName === "babies") return procedure === "create" || procedure === "update" ? REMINDER_TOPICS : [];
  return WRITES.has(procedure) ? (MOVES[routerName] ?? []) : [];
}

const babyIdIn = (value: unknown) =>
  value && typeof value === "object" && typeof (value as { babyId?: unknown }).babyId === "string"
    ? (value as { babyId: string }).babyId
    : undefined;

/**
 * Plans a baby's reminders again after a write that succeeded (the one place this happens: the API's procedure
 * chain, trpc.ts). The write is done by then: a failed plan is logged, never the caller's error, and the job
 * checks every reminder against the baby's data before sending it anyway.
 */
export async function replanAfter(
  ctx: { repos: Repositories; userId: string; log: Logger; requestId: string },
  path: string,
  input: unknown,
  output: unknown,
) {
  const topics = topicsMovedBy(path);
  const babyId = babyIdIn(input) ?? babyIdIn(output);
  if (topics.length === 0 || !babyId) return;
  try {
    // A fresh membership read: the baby's facts (date of birth, zone) as the write left them.
    const access = await ctx.repos.babies.access(ctx.userId, babyId);
    await replan(ctx.repos, access, topics, new Date());
  } catch (error) {
    ctx.log.error("reminder planning failed", { requestId: ctx.requestId, path, error: String(error) });
  }
}
