import { issuer } from "@openauthjs/openauth";
import { type PasswordHasher, ScryptHasher } from "@openauthjs/openauth/provider/password";
import {
  attemptCounters,
  authStorage,
  type DocClient,
  type IssuerKeyMaterial,
  SESSION_IDLE_SECONDS,
  userIdForEmail,
  withConfiguredKeys,
} from "@upnest/db";
import { jsonLogger, type Logger } from "../trpc/log.ts";
import { type IssuerClient, isAllowed } from "./allow.ts";
import { clientAddress } from "./client-address.ts";
import { hardenIssuer } from "./harden.ts";
import { passwordProvider } from "./password/provider.ts";
import { validatePassword } from "./password/rules.ts";
import { createSessionGuard } from "./sessions.ts";
import { subjects } from "./subjects.ts";

export type IssuerConfig = {
  db: DocClient;
  tableName: string;
  /** Signing and encryption keys from configuration (auth/keys.ts); never read from or written to the table. */
  signingKeys: IssuerKeyMaterial;
  /** The clients allowed to sign people in, each with its exact redirect URIs. */
  clients: IssuerClient[];
  /** Delivers the e-mail verification code (over SMTP to the local inbox, or SES on AWS). */
  sendCode: (email: string, code: string) => Promise<void>;
  /** Tells the owner of an address that someone tried to sign up with it (the visitor is not told). */
  sendAccountExists: (email: string) => Promise<void>;
  /** Access tokens are short-lived (a minute), so an ended session stops working soon; the web app refreshes them. */
  accessTtlSeconds?: number;
  /** A used refresh token presented again within this many seconds gets the same new tokens; later it ends the session. */
  refreshReuseGraceSeconds?: number;
  log?: Logger;
  /** The clock of the attempt limits (tests move it). */
  now?: () => Date;
  /** The password hash (OpenAuth's scrypt unless a test watches it). */
  hasher?: PasswordHasher<unknown>;
};

/** An access token's life when not configured: what an ended session or deleted account can still use. */
export const ACCESS_TTL_SECONDS = 60;

/**
 * The OpenAuth issuer: e-mail + password with a verification code. A Hono app; serve it anywhere.
 * Layers, outside in: the front door (hardenIssuer: allow-list, headers, body cap, errors), the session
 * guard on /token (auth/sessions.ts), then OpenAuth with UpNest's password provider.
 */
export function createIssuer(config: IssuerConfig) {
  const now = config.now ?? (() => new Date());
  const reuseGraceSeconds = config.refreshReuseGraceSeconds ?? 10;
  const sessions = createSessionGuard({
    ...config,
    reuseGraceSeconds,
    storage: withConfiguredKeys(authStorage(config.db, config.tableName), config.signingKeys),
  });
  const app = issuer({
    subjects,
    storage: sessions.storage,
    // A used refresh token is kept (`retention`) so presenting it again is seen as reuse (auth/sessions.ts).
    ttl: {
      access: config.accessTtlSeconds ?? ACCESS_TTL_SECONDS,
      refresh: SESSION_IDLE_SECONDS,
      // Longer than the guard's grace, so OpenAuth's own reuse handling is never what answers.
      reuse: reuseGraceSeconds + 30,
      retention: SESSION_IDLE_SECONDS,
    },
    allow: async (request) => isAllowed(config.clients, request.clientID, request.redirectURI),
    providers: {
      password: passwordProvider({
        counters: attemptCounters(config.db, config.tableName, now),
        now,
        hasher: config.hasher ?? (ScryptHasher() as PasswordHasher<unknown>),
        sendCode: config.sendCode,
        sendAccountExists: config.sendAccountExists,
        validatePassword,
        // Replacing a password ends every session: the session guard's storage sees the write (auth/sessions.ts).
        onPasswordChanged: async () => {},
        clientAddress,
      }),
    },
    async success(ctx, value) {
      if (value.provider !== "password") throw new Error("Unknown provider");
      const email = value.email.toLowerCase();
      const id = await userIdForEmail(config.db, config.tableName, email);
      // A new session; refresh tokens are filed under `user:<id>`, so deleting the account can revoke them all.
      const { properties, options } = sessions.subjectFor(id, email);
      return ctx.subject("user", properties, options);
    },
  });
  const guarded = sessions.wrap(app);
  // The front door answers errors itself: in OpenAuth's app (which would otherwise redirect them) and in the guard's.
  const inner = {
    fetch: guarded.fetch.bind(guarded),
    onError: (handler: Parameters<typeof guarded.onError>[0]) => {
      app.onError(handler as unknown as Parameters<typeof app.onError>[0]);
      guarded.onError(handler);
    },
  };
  return hardenIssuer(inner, { clients: config.clients, log: config.log ?? jsonLogger() });
}
