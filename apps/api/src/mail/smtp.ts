import { createTransport } from "nodemailer";
import { type Mail, type Mailer, MailNotSent } from "./mail.ts";

/** Sends through an SMTP server (the local inbox in development and tests), e.g. `smtp://127.0.0.1:1025`. */
export function smtpMailer({ url, from }: { url: string; from: string }): Mailer & { close: () => void } {
  const transport = createTransport(url);
  return {
    async send(mail: Mail) {
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      } catch (error) {
        throw new MailNotSent(error);
      }
    },
    close: () => transport.close(),
  };
}
