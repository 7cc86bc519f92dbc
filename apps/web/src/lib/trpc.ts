import { createTRPCClient, httpBatchLink, retryLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@upnest/api";
import { env } from "../config/env.ts";
import { accessToken, isSignedIn, markTokenRejected } from "./auth.ts";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      // A request refused as UNAUTHORIZED is sent once more with a refreshed token.
      retryLink({
        retry: ({ error, attempts }) => {
          if (attempts > 1 || error.data?.code !== "UNAUTHORIZED" || !isSignedIn()) return false;
          markTokenRejected();
          return true;
        },
      }),
      httpBatchLink({
        url: `${env.apiUrl}/trpc`,
        headers: async () => {
          const token = await accessToken();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}
