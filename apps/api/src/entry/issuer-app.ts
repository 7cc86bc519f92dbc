import { createDocumentClient } from "@upnest/db";
import type { IssuerClient } from "../auth/allow.ts";
import { createIssuer } from "../auth/issuer.ts";
import { parseIssuerKeys } from "../auth/keys.ts";
import { codeMail } from "../mail/code-mail.ts";
import { mailerFor } from "../mail/transport.ts";
import { jsonLogger } from "../trpc/log.ts";
import type { IssuerEnv } from "./issuer-env.ts";

/**
 * Where the "you already have an account" e-mail sends its reader: the app of the first allowed client,
 * taken from configuration (never from a request's Host header, which the sender of the request chooses).
 */
export const signInUrlFor = (clients: IssuerClient[]) => {
  const first = clients[0]?.redirectUris[0];
  if (!first) throw new Error("Invalid issuer configuration: ISSUER_CLIENTS names no redirect URI");
  return new URL(first).origin;
};

/** The issuer as the Lambda runs it, built from its configuration: the app table, the configured keys, mail by SMTP or SES. */
export function issuerFromEnv(env: IssuerEnv) {
  const db = createDocumentClient({ tableName: env.TABLE_NAME, endpoint: env.DYNAMODB_ENDPOINT });
  const mail = codeMail(mailerFor({ from: env.MAIL_FROM, smtpUrl: env.SMTP_URL }));
  return mail.serving(
    createIssuer({
      db,
      tableName: env.TABLE_NAME,
      signingKeys: parseIssuerKeys(env.ISSUER_KEYS),
      clients: env.clients,
      sendCode: mail.sendCode,
      sendAccountExists: mail.accountExists(signInUrlFor(env.clients)),
      log: jsonLogger(),
    }),
  );
}
