import { endAllSessionsInput, sessionRef } from "@upnest/schemas";
import { protectedProcedure, router } from "../trpc/trpc.ts";

/**
 * The devices signed in to the account. Ending a session deletes its record;
 * the issuer then refuses its refresh token, and its last access token
 * lives out its minute.
 */
export const sessionsRouter = router({
  /** Live sessions, most recently used first; `current` is the one making this request. */
  list: protectedProcedure.query(async ({ ctx }) =>
    (await ctx.repos.sessions.list(ctx.userId)).map((s) => ({ ...s, current: s.sessionId === ctx.sessionId })),
  ),
  /** Signs one device out (the web app's "Sign out" ends its own session this way). */
  end: protectedProcedure
    .input(sessionRef)
    .mutation(({ ctx, input }) => ctx.repos.sessions.end(ctx.userId, input.sessionId).then(() => ({ ended: 1 }))),
  /** Signs every device out, this one included. */
  endAll: protectedProcedure
    .input(endAllSessionsInput)
    .mutation(async ({ ctx }) => ({ ended: await ctx.repos.sessions.endAll(ctx.userId) })),
});
