import { createTRPCClient, httpLink } from "@trpc/client";
import { createTestTable } from "@upnest/db/testing";
import { createIssuer } from "../auth/issuer.ts";
import { createTokenVerifier } from "../auth/verify.ts";
import { createContext, type Services } from "../context.ts";
import { type Limits, memoryLimiter } from "../limits.ts";
import { memoryLogger } from "../log.ts";
import type { AppRouter } from "../routers/_app.ts";
import { appRouter } from "../routers/_app.ts";
import { startApiServer, startIssuerServer } from "../server.ts";
import { createCallerFactory } from "../trpc.ts";
import { codeInbox, signUp } from "./sign-up.ts";

const createCaller = createCallerFactory(appRouter);

/**
 * A fresh table on the run's DynamoDB Local, the real issuer on a free port,
 * and callers whose context is built from real access tokens.
 */
export async function createHarness(
  dynamoEndpoint: string,
  limits: Limits = { writes: { limit: 10_000, windowSeconds: 60 }, reads: { limit: 10_000, windowSeconds: 60 } },
) {
  const table = await createTestTable(dynamoEndpoint);
  const inbox = codeInbox();
  const issuer = await startIssuerServer(
    // No grace for a reused refresh token, so a test sees reuse at once (attacks/sessions.db.test.ts tries the grace).
    createIssuer({ db: table.db, tableName: table.tableName, sendCode: inbox.sendCode, refreshReuseGraceSeconds: 0 }),
  );
  const { logger, lines } = memoryLogger();
  const services: Services = {
    repos: table.repos,
    verifyToken: createTokenVerifier(issuer.url),
    log: logger,
    limits,
    readLimiter: memoryLimiter(limits.reads),
  };
  const api = await startApiServer(services, { origins: [] });
  let n = 0;

  /** A client over real HTTP, as the web app calls the API. */
  const httpClient = (accessToken?: string) =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${api.url}/trpc`,
          headers: () => (accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        }),
      ],
    });

  /** A caller for a request with this Authorization header (or none). */
  const callerWith = async (authorization?: string) =>
    createCaller(
      await createContext(services, { headers: authorization ? { authorization } : {}, requestId: `test-${++n}` }),
    );

  return {
    table,
    services,
    issuerUrl: issuer.url,
    /** Codes the issuer sent, by address. */
    inbox,
    logLines: lines,
    callerWith,
    httpClient,
    apiUrl: api.url,
    /** Signs up a new user through the issuer and returns a caller acting as them. */
    async user(name: string) {
      const email = `${name}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const tokens = await signUp(issuer.url, inbox, email);
      const caller = await callerWith(`Bearer ${tokens.access}`);
      const me = await caller.users.me();
      return { caller, client: httpClient(tokens.access), email, tokens, userId: me.userId };
    },
    close: async () => {
      await api.close();
      await issuer.close();
    },
  };
}
export type Harness = Awaited<ReturnType<typeof createHarness>>;
