import { createIssuer, type IssuerConfig } from "../auth/issuer.ts";
import { startIssuerServer } from "../entry/server.ts";
import { codeMail } from "../mail/code-mail.ts";
import { type InboxOptions, startInbox } from "../mail/inbox.ts";
import { smtpMailer } from "../mail/smtp.ts";

/** Where the issuer's e-mail says it comes from on this machine. */
const LOCAL_SENDER = "UpNest <sign-in@upnest.localhost>";

/**
 * The real issuer on this machine (`pnpm dev`, tests, benchmarks): its e-mail
 * goes over SMTP to a local inbox it starts, where people and tests read the
 * codes. `signInUrl` is where the "you already have an account" e-mail points.
 */
export async function startLocalIssuer(
  config: Omit<IssuerConfig, "sendCode" | "sendAccountExists">,
  options: { signInUrl: string; port?: number; inbox?: InboxOptions },
) {
  const inbox = await startInbox(options.inbox);
  const mailer = smtpMailer({ url: inbox.smtpUrl, from: LOCAL_SENDER });
  const mail = codeMail(mailer);
  const full: IssuerConfig = {
    ...config,
    sendCode: mail.sendCode,
    sendAccountExists: mail.accountExists(options.signInUrl),
  };
  const close = async () => {
    mailer.close();
    await inbox.close();
  };
  try {
    const issuer = await startIssuerServer(mail.serving(createIssuer(full)), { port: options.port });
    return {
      url: issuer.url,
      inbox,
      /** The issuer's whole configuration and its mail, to start a second instance on the same table and inbox. */
      config: full,
      mail,
      async close() {
        await issuer.close();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
