import { issuer } from "@openauthjs/openauth";
import { PasswordProvider } from "@openauthjs/openauth/provider/password";
import { PasswordUI } from "@openauthjs/openauth/ui/password";
import { authStorage, type DocClient, type IssuerKeyMaterial, userIdForEmail, withConfiguredKeys } from "@upnest/db";
import { subjects } from "./subjects.ts";

export type IssuerConfig = {
  db: DocClient;
  tableName: string;
  /** Signing and encryption keys from configuration (auth/keys.ts); never read from or written to the table. */
  signingKeys: IssuerKeyMaterial;
  /** Delivers the e-mail verification code. In development it is printed; tests capture it. */
  sendCode: (email: string, code: string) => Promise<void>;
  /** Access tokens are short-lived; the web app refreshes them. */
  accessTtlSeconds?: number;
};

/** The OpenAuth issuer: e-mail + password with a verification code. A Hono app; serve it anywhere. */
export function createIssuer(config: IssuerConfig) {
  return issuer({
    subjects,
    storage: withConfiguredKeys(authStorage(config.db, config.tableName), config.signingKeys),
    ttl: { access: config.accessTtlSeconds ?? 15 * 60, refresh: 30 * 24 * 3600 },
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
      // Refresh tokens are filed under this subject, so deleting the account can revoke them all.
      return ctx.subject("user", { id, email }, { subject: `user:${id}` });
    },
  });
}
