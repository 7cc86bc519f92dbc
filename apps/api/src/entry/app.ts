import { createDocumentClient, createRepositories } from "@upnest/db";
import type { TrustedIssuer } from "@upnest/health-cards";
import { createTokenVerifier } from "../auth/verify.ts";
import { createIssuerKeyring } from "../health-cards/issuer-keys.ts";
import { reminderChannelsFrom } from "../reminders/config.ts";
import type { Services } from "../trpc/context.ts";
import { DEFAULT_LIMITS, type Limits, memoryLimiter } from "../trpc/limits.ts";
import { jsonLogger, type Logger } from "../trpc/log.ts";
import type { ApiEnv } from "./env.ts";

/** Everything a request needs, built once per process (per Lambda container). */
export function createServices(
  env: ApiEnv,
  overrides: {
    log?: Logger;
    fetch?: typeof fetch;
    limits?: Limits;
    /** Health-card issuers trusted besides the VCI list: the browser tests' stack adds the spec's example issuer. */
    trustedIssuers?: readonly TrustedIssuer[];
  } = {},
): Services {
  const limits = overrides.limits ?? DEFAULT_LIMITS;
  const log = overrides.log ?? jsonLogger();
  const db = createDocumentClient({ tableName: env.TABLE_NAME, endpoint: env.DYNAMODB_ENDPOINT });
  return {
    repos: createRepositories({ db, tableName: env.TABLE_NAME, cursorSecret: env.CURSOR_SECRET }),
    verifyToken: createTokenVerifier(env.ISSUER_URL, overrides.fetch),
    log,
    limits,
    readLimiter: memoryLimiter(limits.reads),
    reminders: reminderChannelsFrom(env),
    healthCards: createIssuerKeyring({ alsoTrusted: overrides.trustedIssuers ?? [], log }),
  };
}
