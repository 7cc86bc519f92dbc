import { apiKeyRef, babyRef, createApiKeyInput } from "@upnest/schemas";
import { babyProcedure, router } from "../trpc/trpc.ts";

/**
 * A baby's API keys, for its owners on the web (an API key itself can never reach these: integrations/allowed.ts).
 * Only owners list, make and revoke keys; a new key's secret is in the answer to `create` and nowhere else.
 */
export const apiKeysRouter = router({
  list: babyProcedure(babyRef).query(({ ctx }) => ctx.repos.apiKeys.list(ctx.access)),
  create: babyProcedure(createApiKeyInput).mutation(({ ctx, input }) =>
    ctx.repos.apiKeys.create(ctx.access, { name: input.name, scope: input.scope }),
  ),
  revoke: babyProcedure(apiKeyRef).mutation(({ ctx, input }) => ctx.repos.apiKeys.revoke(ctx.access, input.keyId)),
});
