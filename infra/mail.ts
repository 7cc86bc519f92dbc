/**
 * The SES sender for sign-in e-mail. UPNEST_MAIL_SENDER names the identity:
 * a domain (DNS records made in Route 53 when its zone is there; SST prints
 * them otherwise) or one address (SES mails it a link to confirm). The
 * issuer sends as MAIL_FROM: the address itself, or no-reply@ the domain.
 */
export function createMail() {
  const sender = process.env.UPNEST_MAIL_SENDER;
  if (!sender)
    throw new Error(
      "Set UPNEST_MAIL_SENDER to the domain or address sign-in e-mail is sent from (README, Deploy): without it nobody can sign up",
    );
  const email = new sst.aws.Email("Email", { sender });
  const from = sender.includes("@") ? sender : `UpNest <no-reply@${sender}>`;
  return { email, from };
}
