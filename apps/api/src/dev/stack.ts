import { createDocumentClient, migrate, migrations } from "@upnest/db";
import { startLocalEngine } from "@upnest/db/local";
import type { TrustedIssuer } from "@upnest/health-cards";
import { generateIssuerKeys, parseIssuerKeys } from "../auth/keys.ts";
import { WEB_CLIENT_ID } from "../auth/subjects.ts";
import { createServices } from "../entry/app.ts";
import { startApiServer } from "../entry/server.ts";
import { runReminders } from "../reminders/job.ts";
import { generateVapidKeys } from "../reminders/vapid.ts";
import { DEFAULT_LIMITS, type Limits } from "../trpc/limits.ts";
import type { Logger } from "../trpc/log.ts";
import { startLocalIssuer } from "./local-issuer.ts";

export type StackOptions = {
  /** Keep DynamoDB Local's data here across restarts; in memory when absent. */
  dataDir?: string;
  ports?: { dynamo?: number; issuer?: number; api?: number };
  tableName?: string;
  cursorSecret: string;
  webOrigins: string[];
  /** Sign-in e-mail goes over SMTP to a local inbox the stack starts (free ports unless given). */
  mail?: { smtpPort?: number; inboxPort?: number };
  log?: Logger;
  /** The issuer's keys as JSON (auth/keys.ts); `pnpm dev` keeps them under .data/. A fresh set in memory when absent. */
  issuerKeys?: string;
  /** Seconds an access token lives; tests shorten it to exercise refresh. */
  accessTtlSeconds?: number;
  /** The VAPID key pair as JSON (reminders/vapid.ts); `pnpm dev` keeps it under .data/. A fresh pair when absent. */
  vapidKeys?: string;
  /** Push service origins reminders may be sent to; tests add a loopback receiver's (testing/push-receiver.ts). */
  pushOrigins?: readonly string[];
  /** Runs the reminders job every minute (`pnpm dev`); tests call `runReminders` themselves. */
  remindersEveryMinute?: boolean;
  /** Limits other than the defaults (a browser test makes the import budget small to see its refusal). */
  limits?: Partial<Limits>;
  /** SMART Health Card issuers trusted besides the VCI list; the browser tests add the spec's example issuer. */
  trustedIssuers?: readonly TrustedIssuer[];
};

/**
 * The whole back end on one machine: DynamoDB Local, migrations, the sign-in
 * issuer and the API, each on its own port. Used by `pnpm dev` and by tests.
 */
export async function startStack(options: StackOptions) {
  const engine = await startLocalEngine({ dataDir: options.dataDir, port: options.ports?.dynamo });
  const tableName = options.tableName ?? "upnest-local";
  const started: { close: () => Promise<void> }[] = [];
  try {
    const db = createDocumentClient({ tableName, endpoint: engine.endpoint });
    await migrate({ db, tableName }, migrations);
    const issuer = await startLocalIssuer(
      {
        db,
        tableName,
        signingKeys: parseIssuerKeys(options.issuerKeys ?? JSON.stringify(generateIssuerKeys())),
        accessTtlSeconds: options.accessTtlSeconds,
        clients: localClients(options.webOrigins),
        log: options.log,
      },
      {
        signInUrl: options.webOrigins[0] ?? "http://localhost:5173",
        port: options.ports?.issuer,
        inbox: { smtpPort: options.mail?.smtpPort, httpPort: options.mail?.inboxPort },
      },
    );
    started.push(issuer);
    const env = {
      TABLE_NAME: tableName,
      ISSUER_URL: issuer.url,
      CURSOR_SECRET: options.cursorSecret,
      DYNAMODB_ENDPOINT: engine.endpoint,
      WEB_ORIGINS: options.webOrigins.join(","),
      // Reminders: e-mail into the same local inbox as the sign-in codes; Web Push signed with the local VAPID keys.
      MAIL_FROM: "UpNest <reminders@upnest.localhost>",
      SMTP_URL: issuer.inbox.smtpUrl,
      VAPID_KEYS: options.vapidKeys ?? JSON.stringify(generateVapidKeys()),
      PUSH_SUBJECT: "mailto:reminders@upnest.localhost",
      ...(options.pushOrigins ? { PUSH_ORIGINS: options.pushOrigins.join(",") } : {}),
    };
    const services = createServices(env, {
      ...(options.log ? { log: options.log } : {}),
      ...(options.limits ? { limits: { ...DEFAULT_LIMITS, ...options.limits } } : {}),
      ...(options.trustedIssuers ? { trustedIssuers: options.trustedIssuers } : {}),
    });
    const api = await startApiServer(services, { port: options.ports?.api, origins: options.webOrigins });
    started.push(api);
    // The feed's URL names the API's own address here (on AWS the Router serves /calendar/ on the site's).
    services.reminders.calendarBaseUrl = api.url;
    const job = { repos: services.repos, channels: services.reminders, log: services.log };
    const runJob = (now?: Date) => runReminders(job, now ? { now } : {});
    const timer = options.remindersEveryMinute
      ? setInterval(
          () => void runJob().catch((error) => services.log.error("reminders job failed", { error: String(error) })),
          60_000,
        )
      : undefined;
    started.push({ close: async () => clearInterval(timer) });
    return {
      dynamoEndpoint: engine.endpoint,
      tableName,
      issuerUrl: issuer.url,
      apiUrl: api.url,
      /** The local inbox: its page (`inbox.url`) and the messages it received. */
      inbox: issuer.inbox,
      services,
      /** One run of the reminders job, as if it were `now` (the current time by default). */
      runReminders: runJob,
      async stop() {
        for (const server of started.reverse()) await server.close();
        await engine.stop();
      },
    };
  } catch (error) {
    for (const server of started.reverse()) await server.close();
    await engine.stop();
    throw error;
  }
}
/** The web app may sign in from the development address and from every origin the stack was started with. */
const localClients = (webOrigins: string[]) => [
  {
    id: WEB_CLIENT_ID,
    redirectUris: [...new Set(["http://localhost:5173", ...webOrigins].map((origin) => `${origin}/auth/callback`))],
  },
];
export type Stack = Awaited<ReturnType<typeof startStack>>;
