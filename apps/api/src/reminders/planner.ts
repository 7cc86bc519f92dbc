import { shiftDay } from "@upnest/care";
import { type Access, allPages, type Repositories } from "@upnest/db";
import { lastDayOf } from "@upnest/health";
import { medicineCourses, medicineDoses, type ReminderTopic, visits } from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import { vaccinationRecords } from "../routers/vaccination-reads.ts";
import { type BabyData, plan } from "./plan.ts";

/**
 * A baby's data for these topics, read with a member's `Access`: the vaccinations and the birth weight; the medicine courses and the
 * doses since the earliest one still running started; the visits.
 */
export async function readBabyData(
  repos: Repositories,
  access: Access,
  topics: readonly ReminderTopic[],
  now: Date,
): Promise<BabyData> {
  const today = todayIn(access.baby.timeZone ?? "UTC", now);
  const wants = (topic: ReminderTopic) => topics.includes(topic);
  const readMedicines = async () => {
    const running = (await repos.records(medicineCourses).all(access)).filter((c) => (lastDayOf(c) ?? today) >= today);
    const from = running.map((c) => c.startedOn).sort()[0];
    if (!from) return { courses: running, doses: [] };
    // A dose's key is its UTC instant: from a day before the earliest start covers every zone.
    const doses = repos.records(medicineDoses);
    return {
      courses: running,
      doses: await allPages((cursor) => doses.list(access, { from: shiftDay(from, -1), limit: 100, cursor })),
    };
  };
  const [vaccinations, visitList, medicines] = await Promise.all([
    wants("vaccines") ? vaccinationRecords(repos, access) : undefined,
    wants("visits") ? repos.records(visits).all(access) : undefined,
    wants("medicines") ? readMedicines() : undefined,
  ]);
  return {
    baby: access.baby,
    ...(vaccinations ? { vaccinations: vaccinations.doses, birthWeightGrams: vaccinations.birthWeightGrams } : {}),
    ...(visitList ? { visits: visitList } : {}),
    ...(medicines ?? {}),
  };
}

/** Writes a baby's reminders of these topics for the next PLAN_DAYS to the schedule. */
export async function replan(repos: Repositories, access: Access, topics: readonly ReminderTopic[], now: Date) {
  const data = await readBabyData(repos, access, topics, now);
  const planned = plan(data, now, topics).map(({ reminderId, topic, at, dueAt }) => ({ reminderId, topic, at, dueAt }));
  await repos.reminderSchedule.plan(access, planned);
  return planned;
}
