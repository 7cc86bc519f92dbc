import { createDocumentClient } from "@upnest/db";
import { createIssuer } from "./auth/issuer.ts";
import { parseIssuerKeys } from "./auth/keys.ts";
import type { IssuerEnv } from "./issuer-env.ts";
import { codeMail } from "./mail/code-mail.ts";
import { mailerFor } from "./mail/transport.ts";

/** The issuer as the Lambda runs it, built from its configuration: the app table, the configured keys, mail by SMTP or SES. */
export function issuerFromEnv(env: IssuerEnv) {
  const db = createDocumentClient({ tableName: env.TABLE_NAME, endpoint: env.DYNAMODB_ENDPOINT });
  const mail = codeMail(mailerFor({ from: env.MAIL_FROM, smtpUrl: env.SMTP_URL }));
  return mail.serving(
    createIssuer({
      db,
      tableName: env.TABLE_NAME,
      signingKeys: parseIssuerKeys(env.ISSUER_KEYS),
      sendCode: mail.sendCode,
    }),
  );
}
