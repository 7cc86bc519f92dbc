import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { resources } from "@upnest/i18n";
import { type ReactNode, useState } from "react";
import { problemMessage } from "../components/permission.tsx";
import { i18n } from "../i18n/i18n.ts";
import { LanguageProvider } from "../i18n/language-sync.tsx";
import { signOut } from "../lib/auth.ts";
import { describeError, isNetworkError } from "../lib/errors.ts";
import { notify } from "../lib/notify.ts";
import { createApiClient, TRPCProvider } from "../lib/trpc.ts";

/** A request still UNAUTHORIZED after the token was refreshed means the session is over: back to sign-in. */
const endSessionIfUnauthorized = (error: unknown) => {
  if (describeError(error).kind === "unauthorized") signOut();
};

type FeedbackTexts = (typeof resources)["en"]["feedback"];

declare module "@tanstack/react-query" {
  interface Register {
    /**
     * `done`: what to tell the person when the change is saved (a key of the `feedback` texts' `done`). Failures are told unless
     * `quietFailure`: a change whose failure does not matter to the person (ending the session on sign-out), or
     * whose screen is about that change alone and says why it failed (accepting an invitation).
     */
    mutationMeta: { done?: Extract<keyof FeedbackTexts["done"], string>; quietFailure?: boolean };
  }
}

/** Every change says how it went, through the one notice mechanism (lib/notify.ts). */
const tellFailure = (error: unknown) => {
  if (describeError(error).kind === "unauthorized") return signOut();
  notify("failed", problemMessage(error));
};

function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: endSessionIfUnauthorized }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.quietFailure) endSessionIfUnauthorized(error);
        else tellFailure(error);
      },
      onSuccess: (_data, _variables, _context, mutation) => {
        const done = mutation.meta?.done;
        if (done) notify("done", () => i18n.t(`feedback:done.${done}`));
      },
    }),
    defaultOptions: {
      // The API's answers stand (not found stays not found); only a lost connection is retried, twice.
      queries: { staleTime: 30_000, retry: (failures, error) => isNetworkError(error) && failures < 2 },
      mutations: { retry: false },
    },
  });
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <LanguageProvider>{children}</LanguageProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
