import { z } from "zod";
import { id, isoDate } from "./common.ts";

/** The longest range one report covers: six years (a report of the whole history up to school age). */
export const REPORT_MAX_DAYS = 6 * 366;

/** The paediatrician's report: a baby and a range of dates, both ends included (the date of birth is checked on read). */
export const reportDataInput = z
  .object({ babyId: id, from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { path: ["to"], error: "End date must not be before start date" })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= REPORT_MAX_DAYS * 86_400_000, {
    path: ["from"],
    error: "A report covers at most 6 years",
  });
export type ReportDataInput = z.infer<typeof reportDataInput>;
