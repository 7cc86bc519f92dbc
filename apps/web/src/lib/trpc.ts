import { createTRPCClient, httpBatchLink, retryLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@upnest/api";
import { env } from "../config/env.ts";
import { currentLanguage } from "../i18n/i18n.ts";
import { accessToken, isSignedIn, markTokenRejected } from "./auth.ts";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

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
        // The API says its field messages in the language the app speaks.
        headers: async () => {
          const token = await accessToken();
          const language = { "accept-language": currentLanguage() };
          return token ? { ...language, authorization: `Bearer ${token}` } : language;
        },
      }),
    ],
  });
}
