import { issuer } from "@openauthjs/openauth";
import { type PasswordHasher, ScryptHasher } from "@openauthjs/openauth/provider/password";
import {
  attemptCounters,
  authStorage,
  type DocClient,
  type IssuerKeyMaterial,
  userIdForEmail,
  withConfiguredKeys,
} from "@upnest/db";
import { jsonLogger, type Logger } from "../log.ts";
import { type IssuerClient, isAllowed } from "./allow.ts";
import { clientAddress } from "./client-address.ts";
import { hardenIssuer } from "./harden.ts";
import { passwordProvider } from "./password/provider.ts";
import { revokeRefreshTokens, validatePassword } from "./password/rules.ts";
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
  /** Access tokens are short-lived; the web app refreshes them. */
  accessTtlSeconds?: number;
  log?: Logger;
  /** The clock of the attempt limits (tests move it). */
  now?: () => Date;
  /** The password hash (OpenAuth's scrypt unless a test watches it). */
  hasher?: PasswordHasher<unknown>;
};

/** The OpenAuth issuer: e-mail + password with a verification code. A Hono app; serve it anywhere. */
export function createIssuer(config: IssuerConfig) {
  const now = config.now ?? (() => new Date());
  const app = issuer({
    subjects,
    storage: withConfiguredKeys(authStorage(config.db, config.tableName), config.signingKeys),
    ttl: { access: config.accessTtlSeconds ?? 15 * 60, refresh: 30 * 24 * 3600 },
    allow: async (request) => isAllowed(config.clients, request.clientID, request.redirectURI),
    providers: {
      password: passwordProvider({
        counters: attemptCounters(config.db, config.tableName, now),
        now,
        hasher: config.hasher ?? (ScryptHasher() as PasswordHasher<unknown>),
        sendCode: config.sendCode,
        sendAccountExists: config.sendAccountExists,
        validatePassword,
        onPasswordChanged: revokeRefreshTokens(config.db, config.tableName),
        clientAddress,
      }),
    },
    async success(ctx, value) {
      if (value.provider !== "password") throw new Error("Unknown provider");
      const email = value.email.toLowerCase();
      const id = await userIdForEmail(config.db, config.tableName, email);
      // Refresh tokens are filed under this subject, so deleting the account can revoke them all.
      return ctx.subject("user", { id, email }, { subject: `user:${id}` });
    },
  });
  return hardenIssuer(app, { clients: config.clients, log: config.log ?? jsonLogger() });
}
