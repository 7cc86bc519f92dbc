import { infraEnv } from "./env.ts";

/**
 * The SES sender for sign-in e-mail. UPNEST_MAIL_SENDER names the identity:
 * a domain (its DKIM records made in the account's Route 53 zone for it, or,
 * with UPNEST_MAIL_DNS=manual, added by hand from the SES console) or one
 * address (SES mails it a link to confirm). The
 * issuer sends as MAIL_FROM: the address itself, or no-reply@ the domain.
 */
export function createMail() {
  const sender = infraEnv.mailSender();
  if (!sender)
    throw new Error(
      "Set UPNEST_MAIL_SENDER to the domain or address sign-in e-mail is sent from (README, Deploy): without it nobody can sign up",
    );
  const domain = !sender.includes("@");
  const manualDns = domain && infraEnv.mailDns() === "manual";
  const email = new sst.aws.Email("Email", { sender, ...(manualDns ? { dns: false as const } : {}) });
  const from = domain ? `UpNest <no-reply@${sender}>` : sender;
  return { email, from };
}
