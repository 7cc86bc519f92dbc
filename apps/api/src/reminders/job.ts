import type { Access, Repositories, ScheduledReminder } from "@upnest/db";
import { DEFAULT_NOTIFICATIONS, type UserProfile } from "@upnest/schemas";
import type { Logger } from "../trpc/log.ts";
import { type Channel, type ReminderChannels, sendEmail, sendToDevices } from "./channels.ts";
import { remindersOf } from "./plan.ts";
import { readBabyData } from "./planner.ts";
import { quietUntil } from "./quiet-hours.ts";
import { reminderWords } from "./words.ts";

/** Hours before the current one whose buckets each run reads too, so a job that missed runs catches up. */
export const CATCH_UP_HOURS = 2;

export type JobServices = { repos: Repositories; channels: ReminderChannels; log: Logger };
export type JobResult = { sent: number; skipped: number };

type Tally = { sent: number; skipped: number; failed: number };

/**
 * One run of the reminders job (every minute: SST's Cron on AWS, the dev stack under `pnpm dev`). It Queries the
 * due hours of the schedule, checks each reminder against the baby's data as it is now, and sends it to each
 * current member who wants it, on their channels, outside their quiet hours (deferred to their end otherwise).
 * Each delivery is claimed first (a delivery record written only if none exists), so a retried or concurrent run
 * sends nothing twice. An item is deleted once handled; one whose send failed stays for the next run.
 */
export async function runReminders(
  services: JobServices,
  { now = new Date() }: { now?: Date } = {},
): Promise<JobResult> {
  const started = performance.now();
  const tally: Tally = { sent: 0, skipped: 0, failed: 0 };
  const items = await services.repos.reminderSchedule.due(now, CATCH_UP_HOURS);
  for (const item of items) {
    try {
      await handle(services, item, now, tally);
    } catch (error) {
      tally.failed++;
      services.log.error("reminder not handled", { error: String(error) });
    }
  }
  services.log.info("reminders job", { items: items.length, ...tally, ms: Math.round(performance.now() - started) });
  return { sent: tally.sent, skipped: tally.skipped };
}

async function handle(services: JobServices, item: ScheduledReminder, now: Date, tally: Tally) {
  const { repos } = services;
  const schedule = repos.reminderSchedule;
  const audience = await schedule.audience(item.babyId);
  const reader = audience[0];
  const current = reader
    ? remindersOf(await readBabyData(repos, reader, [item.topic], now), now, [item.topic]).find(
        // The same reminder, at the same time (a baby's new zone moves it; a deferred copy keeps its own time).
        (r) => r.reminderId === item.reminderId && (item.onlyFor !== undefined || r.at === item.at),
      )
    : undefined;
  // The baby is gone, or what it was about was done or moved: nothing to send.
  if (!reader || !current) {
    tally.skipped++;
    return schedule.done(item);
  }
  let failed = false;
  for (const access of audience) {
    if (item.onlyFor && access.userId !== item.onlyFor) continue;
    const person = await schedule.recipient(access.userId);
    if (!person) continue;
    const prefs = person.notifications ?? DEFAULT_NOTIFICATIONS;
    if (!prefs[item.topic]) {
      tally.skipped++;
      continue;
    }
    const quietEnds = quietUntil(prefs.quietHours, person.timezone, now);
    if (quietEnds) {
      await schedule.defer(item, quietEnds, access.userId);
      tally.skipped++;
      continue;
    }
    const said = reminderWords(current, access.baby.name, person, `${services.channels.webUrl}/babies/${item.babyId}`);
    if (prefs.email) failed = !(await deliver(services, item, access, "email", person, said, tally)) || failed;
    if (prefs.push) failed = !(await deliver(services, item, access, "push", person, said, tally)) || failed;
  }
  if (failed) tally.failed++;
  else await schedule.done(item);
}

/** One delivery: claimed, sent, or given back when sending failed (false then). */
async function deliver(
  services: JobServices,
  item: ScheduledReminder,
  access: Access,
  channel: Channel,
  person: UserProfile,
  said: ReturnType<typeof reminderWords>,
  tally: Tally,
): Promise<boolean> {
  const { repos, channels, log } = services;
  const devices = channel === "push" ? await repos.pushSubscriptions.list(access.userId) : [];
  if (channel === "push" && (devices.length === 0 || !channels.push)) return true;
  if (channel === "email" && !channels.mailer) return true;
  if (!(await repos.reminderSchedule.claim(item, access.userId, channel))) {
    tally.skipped++;
    return true;
  }
  const sent =
    channel === "email"
      ? await sendEmail(channels, log, person, said)
      : await sendToDevices(channels, repos, log, access.userId, devices, said, item.reminderId);
  if (sent) {
    tally.sent++;
    return true;
  }
  await repos.reminderSchedule.release(item, access.userId, channel);
  // Every device was gone: nothing to retry.
  return channel === "push" && (await repos.pushSubscriptions.list(access.userId)).length === 0;
}
