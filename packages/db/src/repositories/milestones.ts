import { type MilestoneRecord, milestones } from "@upnest/schemas";
import type { Store } from "../core/store.ts";
import type { Access } from "../guards/access.ts";
import { recordsRepository } from "./records.ts";

type Notes = { achievedOn: string; notes?: string | undefined };

/**
 * Milestones over the registry's repository, with the two ways of recording one (a checklist milestone by
 * its id, a custom one by its title) and an edit that keeps which milestone it is.
 */
export function milestonesRepository(store: Store) {
  const records = recordsRepository(store, milestones);
  return {
    ...records,
    mark: (access: Access, values: Notes & { milestoneId: string }) => records.add(access, values),
    addCustom: (access: Access, values: Notes & { title: string }) => records.add(access, values),
    /** Changes the date or notes (and a custom milestone's title); which milestone it is stays. */
    async update(
      access: Access,
      input: { milestoneRecordId: string; version: number; title?: string | undefined } & Notes,
    ): Promise<MilestoneRecord> {
      const old = await records.get(access, input.milestoneRecordId);
      const which = old.milestoneId ? { milestoneId: old.milestoneId } : { title: input.title ?? old.title };
      return records.update(access, input.milestoneRecordId, input.version, {
        ...which,
        achievedOn: input.achievedOn,
        notes: input.notes,
      });
    },
  };
}
export type MilestonesRepository = ReturnType<typeof milestonesRepository>;
