import { type CareEntry, dayBounds } from "@upnest/care";
import { type Access, allPages, DomainError, type ListQuery, type RecordsRepository } from "@upnest/db";
import {
  allergies,
  type BabyRecordDefinition,
  illnesses,
  medicineCourses,
  medicineDoses,
  reportDataInput,
  temperatures,
  visits,
} from "@upnest/schemas";
import { careWindow } from "../derived/report-care.ts";
import { buildReport } from "../derived/report-data.ts";
import { todayIn } from "../derived/today.ts";
import { babyProcedure, router } from "../trpc/trpc.ts";
import { familyZone } from "./care.ts";
import { vaccinationRecords } from "./vaccination-reads.ts";

const PAGE = 100;
type Range = { from: string; to: string };

/** Every record of a type in a range of its sort key (dates, or instants), page after page. */
const inRange = <D extends BabyRecordDefinition>(repository: RecordsRepository<D>, access: Access, range: Range) =>
  allPages((cursor) => repository.list(access, { ...range, limit: PAGE, cursor } satisfies ListQuery));

/**
 * The paediatrician's report: everything its PDF shows for a range of dates, in one call. The membership check is
 * made once (the baby's facts come with it); each record type is then read with its own Query, paged to the end,
 * all at once: the range's measurements, doses of medicine, temperatures, visits and care log (its last 30 days),
 * and every vaccination, milestone, course, illness and allergy (the record, the ones still running, and few).
 */
export const reportRouter = router({
  data: babyProcedure(reportDataInput).query(async ({ ctx, input }) => {
    const { baby } = ctx.access;
    const range = { from: input.from, to: input.to };
    if (range.from < baby.dateOfBirth) {
      const message = `Start cannot be before the date of birth (${baby.dateOfBirth})`;
      throw new DomainError("invalid", message, { fieldErrors: { from: [message] } });
    }
    const timeZone = await familyZone(ctx);
    const now = new Date();
    const instants = { from: dayBounds(range.from, timeZone).start, to: dayBounds(range.to, timeZone).end };
    const window = careWindow(range.to);
    const records = <D extends BabyRecordDefinition>(d: D) => ctx.repos.records(d);
    const [measurements, vaccinations, milestones, courses, doses, temps, sick, allergic, seen, care] =
      await Promise.all([
        inRange(ctx.repos.measurements, ctx.access, range),
        vaccinationRecords(ctx.repos, ctx.access),
        ctx.repos.milestones.all(ctx.access),
        records(medicineCourses).all(ctx.access),
        inRange(records(medicineDoses), ctx.access, instants),
        inRange(records(temperatures), ctx.access, instants),
        records(illnesses).all(ctx.access),
        records(allergies).all(ctx.access),
        inRange(records(visits), ctx.access, range),
        allPages((cursor) =>
          ctx.repos.careLog.range(ctx.access, {
            from: dayBounds(window.from, timeZone).start,
            to: dayBounds(window.to, timeZone).end,
            limit: PAGE,
            cursor,
          }),
        ),
      ]);
    return buildReport({
      baby,
      range,
      today: todayIn(timeZone, now),
      now,
      timeZone,
      madeBy: ctx.access.displayName,
      measurements,
      vaccinations: vaccinations.doses,
      birthWeightGrams: vaccinations.birthWeightGrams,
      milestones,
      courses,
      doses,
      temperatures: temps,
      illnesses: sick,
      allergies: allergic,
      visits: seen,
      care: care as CareEntry[],
    });
  }),
});
