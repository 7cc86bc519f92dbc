/** What the infrastructure reads from the deployer's environment: only here (the linter enforces it). */
export const infraEnv = {
  /** An address subscribed to the alarms topic (README, Deploy). */
  alarmEmail: () => process.env.ALARM_EMAIL,
  /** After a point-in-time restore, the stage uses this table as it is (README, "Backups and restoring"). */
  restoredTable: () => process.env.UPNEST_RESTORED_TABLE,
  /** The domain or address sign-in e-mail is sent from (infra/mail.ts). */
  mailSender: () => process.env.UPNEST_MAIL_SENDER,
  /** `manual`: the sender domain's DNS records are added by hand. */
  mailDns: () => process.env.UPNEST_MAIL_DNS,
};
