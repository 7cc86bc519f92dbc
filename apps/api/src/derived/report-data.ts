import type { CareEntry } from "@upnest/care";
import { MILESTONE_SOURCE, milestoneById } from "@upnest/milestones";
import type { Baby, Measurement, MilestoneRecord, Vaccination } from "@upnest/schemas";
import { reportCare } from "./report-care.ts";
import { ageOn, reportGrowth } from "./report-growth.ts";
import { type HealthSources, reportHealth } from "./report-health.ts";
import { vaccinationStatus } from "./vaccination-status.ts";

export type ReportBaby = Pick<
  Baby,
  "name" | "dateOfBirth" | "sex" | "gestationalAgeWeeks" | "vaccinationSchedule" | "conditions" | "maternalRsvVaccine"
>;

/** Everything a report is made from, read by the `report.data` procedure (or built by a test). */
export type ReportSources = HealthSources & {
  baby: ReportBaby;
  range: { from: string; to: string };
  /** Today where the family lives, and the moment the report is made. */
  today: string;
  now: Date;
  timeZone: string;
  /** Who asked for the report (their display name), if the family knows it. */
  madeBy: string | undefined;
  measurements: readonly Measurement[];
  vaccinations: readonly Vaccination[];
  /** The birth weight for the vaccination engine (the measurement on the date of birth), if recorded. */
  birthWeightGrams?: number | null;
  milestones: readonly MilestoneRecord[];
  /** The care log's entries of the range's last 30 days (careWindow). */
  care: readonly CareEntry[];
};

/**
 * The paediatrician's report as data: the baby, the range, growth with percentiles and curves, the vaccination
 * record with the engine's evaluation and what is due next, milestones at (corrected) age, the health log and the
 * care log's averages. Pure: the same records make the same report, so a test builds one without a table.
 */
export function buildReport(s: ReportSources) {
  const { baby, range } = s;
  // The report speaks of the range's end; a range that ends in the future is as of today.
  const asOf = [range.to, s.today].sort()[0] ?? s.today;
  const at = asOf === s.today ? s.now : new Date(`${asOf}T23:59:59.999Z`);
  const vaccines = vaccinationStatus(
    baby,
    s.vaccinations.filter((d) => d.dateGiven <= asOf),
    asOf,
    s.birthWeightGrams ?? null,
  );
  return {
    madeOn: s.today,
    madeBy: s.madeBy ?? null,
    timeZone: s.timeZone,
    range: { ...range, asOf },
    baby: {
      name: baby.name,
      dateOfBirth: baby.dateOfBirth,
      sex: baby.sex,
      gestationalAgeWeeks: baby.gestationalAgeWeeks ?? null,
      age: ageOn(baby, asOf),
    },
    growth: reportGrowth(baby, s.measurements, range),
    vaccines: {
      schedule: vaccines.schedule,
      cdsiVersion: vaccines.cdsiVersion,
      assessedOn: vaccines.assessedOn,
      groups: vaccines.groups.map(({ vaccineGroup, status, nextDose, seriesStatus }) => ({
        vaccineGroup,
        status,
        nextDose,
        seriesStatus,
      })),
      doses: vaccines.doses.map(({ vaccinationId, dateGiven, cvx, product, givenAbroad, counted, evaluations }) => ({
        vaccinationId,
        dateGiven,
        cvx,
        product,
        givenAbroad,
        counted,
        evaluations,
      })),
    },
    milestones: {
      source: { title: MILESTONE_SOURCE.title, publisher: MILESTONE_SOURCE.publisher },
      reached: s.milestones
        .filter((m) => m.achievedOn >= range.from && m.achievedOn <= range.to)
        .map((m) => ({
          milestoneId: m.milestoneId ?? null,
          title: m.title ?? null,
          achievedOn: m.achievedOn,
          checklistMonths: (m.milestoneId && milestoneById(m.milestoneId)?.ageMonths) || null,
          age: ageOn(baby, m.achievedOn),
        }))
        .sort((a, b) => a.achievedOn.localeCompare(b.achievedOn)),
    },
    health: reportHealth(s, range, at, s.timeZone),
    care: reportCare(s.care, s.timeZone, asOf),
  };
}
export type ReportData = ReturnType<typeof buildReport>;
