import { type MilestoneRecord, milestoneRecord } from "@upnest/schemas";
import { invalid } from "../core/errors.ts";
import { type Access, requireMember } from "../guards/access.ts";
import { allPages } from "../guards/pagination.ts";
import { babyRecords } from "./records.ts";
import type { Store } from "../core/store.ts";

type Values = { milestoneId?: string; title?: string; achievedOn: string; notes?: string | undefined };

/**
 * Milestones a baby has reached: a checklist milestone is keyed by its own id
 * (`MILE#<milestoneId>`), so it is marked at most once; a custom one gets a
 * generated id.
 */
export function milestonesRepository(store: Store) {
  const records = babyRecords<MilestoneRecord, Values>(store, {
    prefix: "MILE",
    recordType: "milestone",
    label: "Milestone",
    idField: "milestoneRecordId",
    idOf: (v) => v.milestoneId,
    schema: milestoneRecord,
    check: (baby, v) => {
      if (v.achievedOn < String(baby.dateOfBirth)) {
        throw invalid("achievedOn", `Date achieved cannot be before the date of birth (${String(baby.dateOfBirth)})`);
      }
    },
  });

  return {
    mark: (
      actingUserId: string,
      { babyId, ...values }: { babyId: string; milestoneId: string; achievedOn: string; notes?: string | undefined },
      known?: Access,
    ) => records.add(actingUserId, babyId, values, undefined, known),
    addCustom: (
      actingUserId: string,
      { babyId, ...values }: { babyId: string; title: string; achievedOn: string; notes?: string | undefined },
      known?: Access,
    ) => records.add(actingUserId, babyId, values, undefined, known),
    /** Every milestone record of a baby (a few hundred at most). */
    all: (actingUserId: string, babyId: string, known?: Access): Promise<MilestoneRecord[]> =>
      allPages((cursor) => records.list(actingUserId, babyId, { limit: 100, cursor }, known)),
    list: (actingUserId: string, babyId: string, q: { limit: number; cursor?: string | undefined }, known?: Access) =>
      records.list(actingUserId, babyId, q, known),
    /** Changes the date or notes (and a custom milestone's title); which milestone it is stays. */
    async update(
      actingUserId: string,
      input: {
        babyId: string;
        milestoneRecordId: string;
        version: number;
        achievedOn: string;
        notes?: string | undefined;
        title?: string | undefined;
      },
      known?: Access,
    ) {
      const access = await requireMember(store, actingUserId, input.babyId, known);
      const old = await records.get(actingUserId, input.babyId, input.milestoneRecordId, access);
      const values: Values = { achievedOn: input.achievedOn, notes: input.notes };
      if (old.milestoneId) values.milestoneId = old.milestoneId;
      else values.title = input.title ?? old.title;
      return records.update(actingUserId, input.babyId, input.milestoneRecordId, input.version, values, access);
    },
    remove: (
      actingUserId: string,
      { babyId, milestoneRecordId, version }: { babyId: string; milestoneRecordId: string; version: number },
      known?: Access,
    ) => records.remove(actingUserId, babyId, milestoneRecordId, version, known),
  };
}
export type MilestonesRepository = ReturnType<typeof milestonesRepository>;
