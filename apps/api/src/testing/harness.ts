import { createTRPCClient, httpLink } from "@trpc/client";
import { createDocumentClient, createRepositories } from "@upnest/db";
import { createTestTable, TEST_CURSOR_SECRET } from "@upnest/db/testing";
import { generateIssuerKeys, parseIssuerKeys } from "../auth/keys.ts";
import { createTokenVerifier } from "../auth/verify.ts";
import { startApiServer } from "../entry/server.ts";
import { createIssuerKeyring, type KeyringOptions } from "../health-cards/issuer-keys.ts";
import { smtpMailer } from "../mail/smtp.ts";
import { DEFAULT_PUSH_ORIGINS } from "../reminders/push.ts";
import { generateVapidKeys } from "../reminders/vapid.ts";
import type { AppRouter } from "../routers/_app.ts";
import { appRouter } from "../routers/_app.ts";
import { createContext, type Services } from "../trpc/context.ts";
import { type Limits, memoryLimiter } from "../trpc/limits.ts";
import { memoryLogger } from "../trpc/log.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { startMailedIssuer } from "./mailed-issuer.ts";
import { signUp } from "./sign-up.ts";

const createCaller = createCallerFactory(appRouter);

type Side = "issuer" | "api";
/** Sees each DynamoDB command the issuer or the API sends (its name and input), before it is sent. */
export type Observe = (side: Side, command: string, input: Record<string, unknown>) => void;

/**
 * A fresh table on the run's DynamoDB Local, the real issuer on a free port
 * (its e-mail delivered over SMTP to a local inbox), and callers whose
 * context is built from real access tokens.
 */
export async function createHarness(
  dynamoEndpoint: string,
  only: Partial<Limits> = {},
  options: { observe?: Observe; pushOrigins?: readonly string[]; healthCards?: KeyringOptions } = {},
) {
  // Limits a test does not set are out of its way.
  const roomy = { limit: 10_000, windowSeconds: 60 };
  const limits: Limits = { writes: roomy, reads: roomy, importRecords: roomy, invitePreviews: roomy, ...only };
  const table = await createTestTable(dynamoEndpoint);
  const { observe } = options;
  // With an observer, the issuer and the API get a client each (as their two Lambdas do), and it sees every command.
  const clientFor = (side: Side) => {
    if (!observe) return table.db;
    const db = createDocumentClient({ tableName: table.tableName, endpoint: table.endpoint });
    db.middlewareStack.add(
      (next, context) => async (args) => {
        observe(side, String(context.commandName), args.input as Record<string, unknown>);
        return next(args);
      },
      { step: "initialize", name: "observe" },
    );
    return db;
  };
  const apiDb = clientFor("api");
  // In memory, as on AWS they come from a secret: the table never holds a key.
  const issuerKeys = parseIssuerKeys(JSON.stringify(generateIssuerKeys()));
  const issuer = await startMailedIssuer({
    db: clientFor("issuer"),
    tableName: table.tableName,
    signingKeys: issuerKeys,
    // No grace for a reused refresh token, so a test sees reuse at once (attacks/sessions.db.test.ts tries the grace).
    refreshReuseGraceSeconds: 0,
  });
  const inbox = issuer.inbox;
  const { logger, lines } = memoryLogger();
  const reminderMailer = smtpMailer({ url: inbox.smtpUrl, from: "UpNest <reminders@upnest.localhost>" });
  const services: Services = {
    repos: observe
      ? createRepositories({ db: apiDb, tableName: table.tableName, cursorSecret: TEST_CURSOR_SECRET })
      : table.repos,
    verifyToken: createTokenVerifier(issuer.url),
    log: logger,
    limits,
    readLimiter: memoryLimiter(limits.reads),
    // Reminders: e-mail to the same local inbox, Web Push signed with a fresh key pair (tests may allow a loopback receiver).
    reminders: {
      mailer: reminderMailer,
      push: {
        vapid: generateVapidKeys(),
        subject: "mailto:reminders@upnest.localhost",
        allowedOrigins: options.pushOrigins ?? DEFAULT_PUSH_ORIGINS,
      },
      webUrl: "http://localhost:5173",
      calendarBaseUrl: "http://localhost",
    },
    // The VCI list as shipped, plus what a test trusts (the spec's example issuer) or where it serves keys.
    healthCards: createIssuerKeyring({ log: logger, ...options.healthCards }),
  };
  const api = await startApiServer(services, { origins: [] });
  services.reminders.calendarBaseUrl = api.url;
  let n = 0;

  /** A client over real HTTP, as the web app calls the API (asking for `acceptLanguage`, if given). */
  const httpClient = (accessToken?: string, acceptLanguage?: string) =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${api.url}/trpc`,
          headers: () => ({
            ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
            ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
          }),
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
    issuerKeys,
    /** The issuer's configuration and mail, to start another instance of it on the same table and inbox. */
    issuerConfig: issuer.config,
    issuerMail: issuer.mail,
    /** Where the issuer's e-mail arrives. */
    inbox,
    logLines: lines,
    callerWith,
    httpClient,
    apiUrl: api.url,
    /** Signs up a new user through the issuer (`name` is also the name they give) and returns a caller acting as them. */
    async user(name: string) {
      const email = `${name}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const tokens = await signUp(issuer.url, inbox, email, undefined, { name });
      const caller = await callerWith(`Bearer ${tokens.access}`);
      const me = await caller.users.me();
      return { caller, client: httpClient(tokens.access), email, tokens, userId: me.userId };
    },
    close: async () => {
      await api.close();
      reminderMailer.close();
      await issuer.close();
    },
  };
}
export type Harness = Awaited<ReturnType<typeof createHarness>>;
