import { dayBounds } from "@upnest/care";
import { allPages, DomainError } from "@upnest/db";
import { courseState } from "@upnest/health";
import {
  allergies,
  babyRef,
  illnesses,
  type MedicineDoseValues,
  medicineCourses,
  medicineDoses,
  temperatures,
  visits,
} from "@upnest/schemas";
import { healthOverview } from "../derived/health-overview.ts";
import { todayIn } from "../derived/today.ts";
import type { Context } from "../trpc/context.ts";
import { babyProcedure, router } from "../trpc/trpc.ts";
import { familyZone } from "./care.ts";
import { recordProcedures } from "./records.ts";
import { vaccinationRecords } from "./vaccination-reads.ts";

const DAY = 86_400_000;
/** Single doses are listed for the last week at least; a course's doses from the day it began. */
const SINGLE_DOSE_DAYS = 7;
/** Pages of 100 the overview reads at most of a kind (a five-year history of daily doses is 18 pages). */
const MAX_PAGES = 20;

type BabyContext = Parameters<typeof familyZone>[0];

/** A dose of a course names one of this baby's courses: one Get, before anything is written. */
async function courseOfThisBaby(values: MedicineDoseValues, ctx: Context) {
  if (!values.courseId) return;
  const access = (ctx as BabyContext).access;
  try {
    await ctx.repos.records(medicineCourses).get(access, values.courseId);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not-found")
      throw new DomainError("invalid", "Choose a course of this baby", {
        fieldErrors: { courseId: ["Choose a course of this baby"] },
      });
    throw error;
  }
}

export const medicineDosesRouter = router(recordProcedures(medicineDoses, { beforeWrite: courseOfThisBaby }));

/** The Health page's reads, in parallel: each kind is one Query (a page of 100) unless it has more. */
async function readHealth(ctx: BabyContext, timeZone: string, now: Date) {
  const { access } = ctx;
  const records = ctx.repos.records;
  const coursesThenDoses = async () => {
    const courses = await records(medicineCourses).all(access, MAX_PAGES);
    // The doses of courses still running, and the last week's single doses: one Query from the earliest start.
    const running = courses.filter((c) => !courseState(c, [], now, timeZone).ended);
    const weekAgo = new Date(now.getTime() - SINGLE_DOSE_DAYS * DAY).toISOString();
    const from = [weekAgo, ...running.map((c) => dayBounds(c.startedOn, timeZone).start)].sort()[0] ?? weekAgo;
    const doses = await allPages(
      (cursor) => records(medicineDoses).list(access, { from, limit: 100, cursor }),
      MAX_PAGES,
    );
    return { courses, doses: doses.reverse() };
  };
  const newest = <T>(page: Promise<{ items: T[] }>) => page.then((p) => p.items);
  const [{ courses, doses }, allergyList, lastTemperatures, illnessList, visitList, vaccinations] = await Promise.all([
    coursesThenDoses(),
    records(allergies).all(access, MAX_PAGES),
    newest(records(temperatures).list(access, { limit: 1 })),
    newest(records(illnesses).list(access, { limit: 20 })),
    records(visits).all(access, MAX_PAGES),
    vaccinationRecords(ctx.repos, access),
  ]);
  return {
    courses,
    doses,
    allergies: allergyList,
    lastTemperature: lastTemperatures[0],
    illnesses: illnessList,
    visits: visitList,
    vaccinations: vaccinations.doses,
    birthWeightGrams: vaccinations.birthWeightGrams,
  };
}

export const healthRouter = router({
  /**
   * The health log at a glance, on the family's clock: courses of medicine with the next dose allowed and due
   * (from the course the family entered, never UpNest's advice) and their recent doses, early ones marked; single
   * doses; allergies; the newest temperature; an illness still going on; the next well-child check-up and the
   * vaccines usually given then. One membership check.
   */
  overview: babyProcedure(babyRef).query(async ({ ctx }) => {
    const timeZone = await familyZone(ctx);
    const now = new Date();
    const read = await readHealth(ctx, timeZone, now);
    return healthOverview({ ...read, baby: ctx.access.baby, timeZone, now, today: todayIn(timeZone, now) });
  }),
});
