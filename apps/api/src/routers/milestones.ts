import { DomainError } from "@upnest/db";
import { ageForPercentile } from "@upnest/growth";
import { MILESTONE_SOURCE, milestoneById, milestoneView } from "@upnest/milestones";
import {
  addCustomMilestoneInput,
  babyRef,
  markMilestoneInput,
  milestones,
  updateMilestoneInput,
} from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import { babyProcedure, requireRole, router } from "../trpc/trpc.ts";
import { recordProcedures } from "./records.ts";

const { list, delete: remove } = recordProcedures(milestones);
const writes = <S extends Parameters<typeof babyProcedure>[0]>(input: S) =>
  babyProcedure(input).use(requireRole("caregiver"));

export const milestonesRouter = router({
  /**
   * A baby's milestones by checklist age, with what the family has marked.
   * Ages are corrected for babies born before 37 weeks (until 24 months), as
   * for growth; both ages are returned.
   */
  view: babyProcedure(babyRef).query(async ({ ctx }) => {
    const { baby } = ctx.access;
    const [records, me] = await Promise.all([
      ctx.repos.milestones.all(ctx.access),
      ctx.repos.users.getOrCreate(ctx.userId, ctx.email),
    ]);
    const age = ageForPercentile({
      dateOfBirth: baby.dateOfBirth,
      measuredOn: todayIn(me.timezone),
      gestationalAgeWeeks: baby.gestationalAgeWeeks,
    });
    const achieved = Object.fromEntries(records.filter((r) => r.milestoneId).map((r) => [r.milestoneId, r.achievedOn]));
    return {
      age,
      source: MILESTONE_SOURCE,
      ...milestoneView({ ageInDays: Math.max(0, age.usedDays), achieved }),
      records,
      custom: records.filter((r) => r.title !== undefined),
    };
  }),
  list,
  /** Marks a checklist milestone as achieved on a date (once per baby). */
  mark: writes(markMilestoneInput).mutation(({ ctx, input: { babyId: _, ...values } }) => {
    if (!milestoneById(values.milestoneId)) {
      throw new DomainError("invalid", "Choose a milestone from the checklist", {
        fieldErrors: { milestoneId: ["Choose a milestone from the checklist"] },
      });
    }
    return ctx.repos.milestones.mark(ctx.access, values);
  }),
  addCustom: writes(addCustomMilestoneInput).mutation(({ ctx, input: { babyId: _, ...values } }) =>
    ctx.repos.milestones.addCustom(ctx.access, values),
  ),
  update: writes(updateMilestoneInput).mutation(({ ctx, input }) => ctx.repos.milestones.update(ctx.access, input)),
  delete: remove,
});
