import { createDocumentClient, migrate, migrations } from "@upnest/db";
import { startLocalEngine } from "@upnest/db/local";
import { generateIssuerKeys, parseIssuerKeys } from "../auth/keys.ts";
import { WEB_CLIENT_ID } from "../auth/subjects.ts";
import { createServices } from "../entry/app.ts";
import { startApiServer } from "../entry/server.ts";
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
    };
    const services = createServices(env, { log: options.log });
    const api = await startApiServer(services, { port: options.ports?.api, origins: options.webOrigins });
    return {
      dynamoEndpoint: engine.endpoint,
      tableName,
      issuerUrl: issuer.url,
      apiUrl: api.url,
      /** The local inbox: its page (`inbox.url`) and the messages it received. */
      inbox: issuer.inbox,
      services,
      async stop() {
        await api.close();
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
