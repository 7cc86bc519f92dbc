import { z } from "zod";
import { id, isoDate, isWellFormedDate, latestToday, shortText, timestamps } from "./common.ts";

/** A checklist milestone's stable id (see @upnest/milestones), or a custom milestone's generated id. */
export const milestoneRecordId = z.string().regex(/^[A-Za-z0-9-]{1,100}$/, { error: "Not a valid milestone" });

export const achievedOn = isoDate.refine((d) => !isWellFormedDate(d) || d <= latestToday(), {
  error: "Date achieved cannot be in the future",
});
const notes = z.string().trim().max(1000, { error: "Notes must be at most 1000 characters" }).optional();

export const milestoneRecord = z.object({
  milestoneRecordId,
  babyId: id,
  /** Set for a checklist milestone. */
  milestoneId: z.string().optional(),
  /** Set for a custom milestone ("first swim"). */
  title: z.string().optional(),
  achievedOn: isoDate,
  notes: z.string().optional(),
  createdBy: z.string(),
  ...timestamps,
});
export type MilestoneRecord = z.infer<typeof milestoneRecord>;

export const markMilestoneInput = z.object({ babyId: id, milestoneId: milestoneRecordId, achievedOn, notes });
export const addCustomMilestoneInput = z.object({ babyId: id, title: shortText("Milestone", 120), achievedOn, notes });
export const updateMilestoneInput = z.object({
  babyId: id,
  milestoneRecordId,
  version: timestamps.version,
  achievedOn,
  notes,
  title: shortText("Milestone", 120).optional(),
});
export const milestoneRef = z.object({ babyId: id, milestoneRecordId });
export const deleteMilestoneInput = milestoneRef.extend({ version: timestamps.version });
