import {
  acceptInvitationInput,
  babyPageInput,
  changeRoleInput,
  createInvitationInput,
  invitationRef,
  memberRef,
} from "@upnest/schemas";
import { protectedProcedure, publicProcedure, router } from "../trpc/trpc.ts";

export const caregiversRouter = router({
  /** Who can see this baby. */
  list: protectedProcedure
    .input(babyPageInput)
    .query(({ ctx, input }) => ctx.repos.caregivers.members(ctx.userId, input.babyId, input)),
  /** An owner creates a one-time link; the token is returned once and never stored in clear. */
  invite: protectedProcedure
    .input(createInvitationInput)
    .mutation(({ ctx, input }) => ctx.repos.caregivers.invite(ctx.userId, input)),
  invitations: protectedProcedure
    .input(babyPageInput)
    .query(({ ctx, input }) => ctx.repos.caregivers.invitations(ctx.userId, input.babyId, input)),
  cancelInvitation: protectedProcedure.input(invitationRef).mutation(async ({ ctx, input }) => {
    await ctx.repos.caregivers.cancelInvitation(ctx.userId, input.babyId, input.invitationId);
    return { invitationId: input.invitationId };
  }),
  /**
   * Before signing up, the invitation's landing page names who invites, to which baby and as what. Public, so
   * it is limited per client address; any link that would not work answers null, whatever the reason.
   */
  preview: publicProcedure.input(acceptInvitationInput).query(async ({ ctx, input }) => {
    await ctx.repos.rateLimit(`invite-preview|${ctx.clientAddress}`, ctx.limits.invitePreviews);
    return ctx.repos.caregivers.preview(input.token);
  }),
  accept: protectedProcedure
    .input(acceptInvitationInput)
    .mutation(({ ctx, input }) => ctx.repos.caregivers.accept(ctx.userId, input.token)),
  changeRole: protectedProcedure.input(changeRoleInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.caregivers.changeRole(ctx.userId, input);
    return input;
  }),
  /** An owner revokes someone; anyone may remove themselves (leave). */
  remove: protectedProcedure.input(memberRef).mutation(async ({ ctx, input }) => {
    await ctx.repos.caregivers.remove(ctx.userId, input);
    return input;
  }),
});
