/** One e-mail to one person: a plain-text part and an HTML part with the same words. */
export type Mail = { to: string; subject: string; text: string; html: string };

/** Sends mail. Errors name no address: they may be logged. */
export type Mailer = { send: (mail: Mail) => Promise<void> };

/** What callers see when delivery fails; the transport's own error is kept as `cause`, never shown to a client. */
export class MailNotSent extends Error {
  constructor(cause: unknown) {
    super("The e-mail could not be sent", { cause });
    this.name = "MailNotSent";
  }
}
