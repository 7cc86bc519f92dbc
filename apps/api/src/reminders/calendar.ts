import { shiftDay } from "@upnest/care";
import type { Repositories } from "@upnest/db";
import { wellChildSchedule } from "@upnest/health";
import type { Language } from "@upnest/i18n";
import { vaccineGroupName } from "@upnest/immunizations/words";
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { mailTexts } from "../auth/language.ts";
import { todayIn } from "../derived/today.ts";
import { API_SECURITY_HEADERS } from "../http/policy.ts";
import { instantAt, remindersOf } from "./plan.ts";
import { readBabyData } from "./planner.ts";

// The calendar feed (`GET /calendar/<secret>.ics`): each of the person's babies' due vaccines (all-day, with the
// vaccine groups), next appointments, and the well-child visits of the coming year as tentative all-day events.
// Built with the `ics` library; words in the person's language.

const SECRET_PATH = /^\/calendar\/([A-Za-z0-9_-]{43})\.ics$/;
const dateArray = (day: string): DateArray => day.split("-").map(Number) as [number, number, number];
const allDay = (day: string) => ({ start: dateArray(day), end: dateArray(shiftDay(day, 1)) });
const ageWords = (t: ReturnType<typeof mailTexts>, age: { days: number } | { months: number } | { years: number }) =>
  "days" in age
    ? t("reminders.calendar.ageDays", { count: age.days })
    : "months" in age
      ? t("reminders.calendar.ageMonths", { count: age.months })
      : t("reminders.calendar.ageYears", { count: age.years });

/** The feed's events for one person's babies, as of `now`. */
export async function feedEvents(repos: Repositories, userId: string, language: Language, now: Date) {
  const t = mailTexts(language);
  const page = await repos.babies.list(userId, { limit: 100 });
  const events: EventAttributes[] = [];
  for (const summary of page.items) {
    const access = await repos.babies.access(userId, summary.babyId);
    const zone = access.baby.timeZone ?? "UTC";
    const name = access.baby.name;
    const data = await readBabyData(repos, access, ["vaccines", "visits"], now);
    for (const r of remindersOf(data, now, ["vaccines", "visits"])) {
      if (r.topic === "vaccines") {
        const vaccines = (r.vaccines ?? []).map((g) => vaccineGroupName(g, language)).join(", ");
        events.push({
          uid: `${summary.babyId}-${r.reminderId}@upnest`,
          title: t("reminders.calendar.vaccines", { name, vaccines }),
          ...allDay(r.dueAt),
        });
      } else {
        const title = t("reminders.calendar.appointment", { name });
        const description = r.clinician ? t("reminders.visits.clinician", { clinician: r.clinician }) : undefined;
        const when = r.time
          ? {
              start: Date.parse(instantAt(r.dueAt, r.time, zone)),
              startInputType: "utc" as const,
              startOutputType: "utc" as const,
              duration: { minutes: 30 },
            }
          : allDay(r.dueAt);
        events.push({
          uid: `${summary.babyId}-${r.reminderId}@upnest`,
          title,
          ...(description ? { description } : {}),
          ...when,
        });
      }
    }
    const today = todayIn(zone, now);
    const yearOn = shiftDay(today, 366);
    for (const visit of wellChildSchedule(access.baby.dateOfBirth)) {
      if (visit.dueOn < today || visit.dueOn > yearOn) continue;
      events.push({
        uid: `${summary.babyId}-wellchild-${visit.key}@upnest`,
        title: t("reminders.calendar.wellChild", { name, age: ageWords(t, visit.age) }),
        description: t("reminders.calendar.wellChildNote"),
        status: "TENTATIVE",
        busyStatus: "FREE",
        transp: "TRANSPARENT",
        ...allDay(visit.dueOn),
      });
    }
  }
  return { events, calName: t("reminders.calendar.name") };
}

export type HttpAnswer = { status: number; headers: Record<string, string>; body: string };

const NOT_FOUND: HttpAnswer = { status: 404, headers: { ...API_SECURITY_HEADERS }, body: "" };

/** Whether a request path is the calendar feed's (everything under /calendar/ is answered here). */
export const isCalendarPath = (path: string) => path.startsWith("/calendar/");

/**
 * The answer to `GET /calendar/<secret>.ics`: the feed, cacheable privately for five minutes; an unknown or
 * revoked secret (or any other path under /calendar/) gets a bare 404.
 */
export async function calendarAnswer(repos: Repositories, method: string, path: string, now = new Date()) {
  const secret = SECRET_PATH.exec(path)?.[1];
  if ((method !== "GET" && method !== "HEAD") || !secret) return NOT_FOUND;
  const userId = await repos.calendarFeeds.ownerOf(secret);
  const person = userId ? await repos.reminderSchedule.recipient(userId) : undefined;
  if (!userId || !person) return NOT_FOUND;
  const { events, calName } = await feedEvents(repos, userId, person.language, now);
  const { error, value } = createEvents(events, { productId: "upnest/reminders", calName });
  if (error || value === null) throw error ?? new Error("The calendar could not be built");
  return {
    status: 200,
    headers: {
      ...API_SECURITY_HEADERS,
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
    },
    body: method === "HEAD" ? "" : value,
  } satisfies HttpAnswer;
}
