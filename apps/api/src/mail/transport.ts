import type { Mailer } from "./mail.ts";
import { sesMailer } from "./ses.ts";
import { smtpMailer } from "./smtp.ts";

/** SMTP when a server is given (the local inbox), otherwise Amazon SES (on AWS). */
export const mailerFor = ({ from, smtpUrl }: { from: string; smtpUrl?: string }): Mailer =>
  smtpUrl ? smtpMailer({ url: smtpUrl, from }) : sesMailer({ from });
