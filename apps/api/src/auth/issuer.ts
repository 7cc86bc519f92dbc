import { issuer } from "@openauthjs/openauth";
import { PasswordProvider } from "@openauthjs/openauth/provider/password";
import { PasswordUI } from "@openauthjs/openauth/ui/password";
import { authStorage, type DocClient, SESSION_IDLE_SECONDS, userIdForEmail } from "@upnest/db";
import { createSessionGuard } from "./sessions.ts";
import { subjects } from "./subjects.ts";

export type IssuerConfig = {
  db: DocClient;
  tableName: string;
  /** Delivers the e-mail verification code. In development it is printed; tests capture it. */
  sendCode: (email: string, code: string) => Promise<void>;
  /** Access tokens are short-lived (a minute), so an ended session stops working soon; the web app refreshes them. */
  accessTtlSeconds?: number;
  /** A used refresh token presented again within this many seconds gets the same new tokens; later it ends the session. */
  refreshReuseGraceSeconds?: number;
};

/** An access token's life when not configured: what an ended session or deleted account can still use. */
export const ACCESS_TTL_SECONDS = 60;

/** The OpenAuth issuer: e-mail + password with a verification code. A Hono app; serve it anywhere. */
export function createIssuer(config: IssuerConfig) {
  const reuseGraceSeconds = config.refreshReuseGraceSeconds ?? 10;
  const sessions = createSessionGuard({
    ...config,
    reuseGraceSeconds,
    storage: authStorage(config.db, config.tableName),
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
    providers: {
      password: PasswordProvider(
        PasswordUI({
          sendCode: config.sendCode,
          validatePassword: (password) =>
            password.length < 8
              ? "Use at least 8 characters"
              : password.length > 128
                ? "Use at most 128 characters"
                : undefined,
          copy: { input_code: "Code from your e-mail" },
        }),
      ),
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
  return sessions.wrap(app);
}
