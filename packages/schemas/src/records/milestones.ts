import { babyPageInput } from "../baby.ts";
import { deleteMilestoneInput, milestoneRecord, milestoneRef, updateMilestoneInput } from "../milestone.ts";
import { exportedMilestone } from "../transfer.ts";
import { defineBabyRecord, notBeforeBirth } from "./define.ts";

/**
 * Milestones a baby has reached: a checklist milestone is keyed by its own id (`MILE#<milestoneId>`), so it
 * is marked at most once; a custom one ("first swim") has a title and a generated id.
 */
export const milestones = defineBabyRecord({
  kind: "milestones",
  recordType: "milestone",
  label: "Milestone",
  prefix: "MILE",
  idField: "milestoneRecordId",
  dated: { by: "none" },
  values: exportedMilestone,
  record: milestoneRecord,
  csv: ["achievedOn", "milestoneId", "title", "notes"],
  readableCsv: ["achievedOn", "milestone", "notes"],
  example: { milestoneId: "m02-social-calms-when-spoken-to", achievedOn: "2026-02-01", notes: "At bath time" },
  exportLimit: { max: 1_000, message: "At most 1 000 milestones per baby" },
  check: notBeforeBirth("achievedOn", "Date achieved"),
  naturalId: (v) => v.milestoneId,
  inputs: {
    update: updateMilestoneInput,
    ref: milestoneRef,
    remove: deleteMilestoneInput,
    list: babyPageInput,
  },
});
