import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from "@aws-sdk/client-sesv2";
import { type Mail, type Mailer, MailNotSent } from "./mail.ts";

/** The SESv2 SendEmail request for one message: both parts, UTF-8, from the stage's verified sender. */
export function sesEmailInput(mail: Mail, from: string): SendEmailCommandInput {
  return {
    FromEmailAddress: from,
    Destination: { ToAddresses: [mail.to] },
    Content: {
      Simple: {
        Subject: { Data: mail.subject, Charset: "UTF-8" },
        Body: { Text: { Data: mail.text, Charset: "UTF-8" }, Html: { Data: mail.html, Charset: "UTF-8" } },
      },
    },
  };
}

/** Sends through Amazon SES on AWS (the Lambda's role allows ses:SendEmail for the sender's identity). */
export function sesMailer({ from, client = new SESv2Client({}) }: { from: string; client?: SESv2Client }): Mailer {
  return {
    async send(mail: Mail) {
      try {
        await client.send(new SendEmailCommand(sesEmailInput(mail, from)));
      } catch (error) {
        throw new MailNotSent(error);
      }
    },
  };
}
