import { DomainError } from "@upnest/db";
import { ageForPercentile } from "@upnest/growth";
import { MILESTONE_SOURCE, milestoneById, milestoneView } from "@upnest/milestones";
import {
  addCustomMilestoneInput,
  babyPageInput,
  babyRef,
  deleteMilestoneInput,
  markMilestoneInput,
  updateMilestoneInput,
} from "@upnest/schemas";
import { todayIn } from "../derived/today.ts";
import { protectedProcedure, router } from "../trpc/trpc.ts";

export const milestonesRouter = router({
  /**
   * A baby's milestones by checklist age, with what the family has marked.
   * Ages are corrected for babies born before 37 weeks (until 24 months), as
   * for growth; both ages are returned.
   */
  view: protectedProcedure.input(babyRef).query(async ({ ctx, input }) => {
    const access = await ctx.repos.babies.access(ctx.userId, input.babyId);
    const { baby } = access;
    const [records, me] = await Promise.all([
      ctx.repos.milestones.all(ctx.userId, input.babyId, access),
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
  list: protectedProcedure
    .input(babyPageInput)
    .query(({ ctx, input }) => ctx.repos.milestones.list(ctx.userId, input.babyId, input)),
  /** Marks a checklist milestone as achieved on a date (once per baby). */
  mark: protectedProcedure.input(markMilestoneInput).mutation(({ ctx, input }) => {
    if (!milestoneById(input.milestoneId)) {
      throw new DomainError("invalid", "Choose a milestone from the checklist", {
        fieldErrors: { milestoneId: ["Choose a milestone from the checklist"] },
      });
    }
    return ctx.repos.milestones.mark(ctx.userId, input);
  }),
  addCustom: protectedProcedure
    .input(addCustomMilestoneInput)
    .mutation(({ ctx, input }) => ctx.repos.milestones.addCustom(ctx.userId, input)),
  update: protectedProcedure
    .input(updateMilestoneInput)
    .mutation(({ ctx, input }) => ctx.repos.milestones.update(ctx.userId, input)),
  delete: protectedProcedure.input(deleteMilestoneInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.milestones.remove(ctx.userId, input);
    return { milestoneRecordId: input.milestoneRecordId };
  }),
});
