import { updateProfileInput } from "@upnest/schemas";
import { protectedProcedure, router } from "../trpc/trpc.ts";

export const usersRouter = router({
  /** The signed-in user's profile and preferences, created on first visit. */
  me: protectedProcedure.query(({ ctx }) => ctx.repos.users.getOrCreate(ctx.userId, ctx.email)),
  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => ctx.repos.users.update(ctx.userId, input)),
});
