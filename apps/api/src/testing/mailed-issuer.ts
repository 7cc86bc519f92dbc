import type { DocClient, IssuerKeyMaterial } from "@upnest/db";
import { createIssuer } from "../auth/issuer.ts";
import { generateIssuerKeys, parseIssuerKeys } from "../auth/keys.ts";
import { codeMail } from "../mail/code-mail.ts";
import { startInbox } from "../mail/inbox.ts";
import { smtpMailer } from "../mail/smtp.ts";
import { startIssuerServer } from "../server.ts";

/**
 * The real issuer on a free port, sending its e-mail over SMTP to a local
 * inbox of its own (also on a free port), where tests read the codes.
 */
export async function startMailedIssuer({
  db,
  tableName,
  signingKeys = parseIssuerKeys(JSON.stringify(generateIssuerKeys())),
}: {
  db: DocClient;
  tableName: string;
  /** The issuer's keys; a fresh set when absent. */
  signingKeys?: IssuerKeyMaterial;
}) {
  const inbox = await startInbox();
  const mailer = smtpMailer({ url: inbox.smtpUrl, from: "UpNest <sign-in@upnest.localhost>" });
  const mail = codeMail(mailer);
  const issuer = await startIssuerServer(
    mail.serving(createIssuer({ db, tableName, signingKeys, sendCode: mail.sendCode })),
  );
  return {
    url: issuer.url,
    inbox,
    signingKeys,
    async close() {
      await issuer.close();
      mailer.close();
      await inbox.close();
    },
  };
}
