import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { LanguageProvider } from "../i18n/language-sync.tsx";
import { signOut } from "../lib/auth.ts";
import { describeError, isNetworkError } from "../lib/errors.ts";
import { createApiClient, TRPCProvider } from "../lib/trpc.ts";

/** A request still UNAUTHORIZED after the token was refreshed means the session is over: back to sign-in. */
const endSessionIfUnauthorized = (error: unknown) => {
  if (describeError(error).kind === "unauthorized") signOut();
};

function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: endSessionIfUnauthorized }),
    mutationCache: new MutationCache({ onError: endSessionIfUnauthorized }),
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
