import type { Access } from "@upnest/db";
import {
  babyPageInput,
  babyRef,
  createBabyInput,
  deleteBabyInput,
  pageInput,
  type UpdateBabyInput,
  updateBabyInput,
} from "@upnest/schemas";
import { babyProcedure, protectedProcedure, requireRole, router } from "../trpc/trpc.ts";
import { checkBabyHealth } from "./baby-health-checks.ts";

/** The profile after the patch: the patch's conditions and mother's RSV vaccine, else the stored ones. */
function afterPatch(access: Access, { patch }: UpdateBabyInput) {
  const stored = access.baby;
  return {
    conditions: patch.conditions === undefined ? stored.conditions : patch.conditions,
    maternalRsvVaccine: patch.maternalRsvVaccine === undefined ? stored.maternalRsvVaccine : patch.maternalRsvVaccine,
  };
}

export const babiesRouter = router({
  list: protectedProcedure.input(pageInput).query(({ ctx, input }) => ctx.repos.babies.list(ctx.userId, input)),
  get: babyProcedure(babyRef).query(({ ctx }) => ctx.repos.babies.get(ctx.access)),
  create: protectedProcedure.input(createBabyInput).mutation(async ({ ctx, input }) => {
    checkBabyHealth(input, input.dateOfBirth);
    // The account must be live (its profile is made on first use): a deleted account's token creates nothing.
    const { displayName, timezone } = await ctx.repos.users.getOrCreate(ctx.userId, ctx.email);
    // The family's day is the creator's until an owner sets the baby's own zone.
    return ctx.repos.babies.create(ctx.userId, { ...input, timeZone: input.timeZone ?? timezone }, displayName);
  }),
  update: babyProcedure(updateBabyInput)
    .use(requireRole("caregiver"))
    .mutation(({ ctx, input }) => {
      // A new date of birth is checked against the stored conditions too.
      checkBabyHealth(afterPatch(ctx.access, input), input.patch.dateOfBirth ?? ctx.access.baby.dateOfBirth);
      return ctx.repos.babies.update(ctx.access, input);
    }),
  /** The history of changes to a baby's records, newest first (owners only). */
  history: babyProcedure(babyPageInput).query(({ ctx, input }) => ctx.repos.audit.list(ctx.access, input)),
  delete: babyProcedure(deleteBabyInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.babies.remove(ctx.access, input);
    return { babyId: input.babyId };
  }),
});
