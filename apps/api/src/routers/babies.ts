import { babyPageInput, babyRef, createBabyInput, deleteBabyInput, pageInput, updateBabyInput } from "@upnest/schemas";
import { protectedProcedure, router } from "../trpc/trpc.ts";

export const babiesRouter = router({
  list: protectedProcedure.input(pageInput).query(({ ctx, input }) => ctx.repos.babies.list(ctx.userId, input)),
  get: protectedProcedure.input(babyRef).query(({ ctx, input }) => ctx.repos.babies.get(ctx.userId, input.babyId)),
  create: protectedProcedure.input(createBabyInput).mutation(async ({ ctx, input }) => {
    // The account must be live (its profile is made on first use): a deleted account's token creates nothing.
    await ctx.repos.users.getOrCreate(ctx.userId, ctx.email);
    return ctx.repos.babies.create(ctx.userId, input);
  }),
  update: protectedProcedure
    .input(updateBabyInput)
    .mutation(({ ctx, input }) => ctx.repos.babies.update(ctx.userId, input)),
  /** The history of changes to a baby's records, newest first (owners only). */
  history: protectedProcedure
    .input(babyPageInput)
    .query(({ ctx, input }) => ctx.repos.audit.list(ctx.userId, input.babyId, input)),
  delete: protectedProcedure.input(deleteBabyInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.babies.remove(ctx.userId, input);
    return { babyId: input.babyId };
  }),
});
