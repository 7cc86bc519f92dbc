import { lambda, sendMail } from "./api.ts";
import { GRANTS, REMINDERS_SCHEDULE } from "./config.ts";
import { tableAccess } from "./table.ts";

/**
 * The reminders job (apps/api/src/entry/reminders-lambda.ts) on SST's Cron, every minute: its role reaches only
 * the partitions it reads and writes (users, babies, the schedule; packages/db `partitionPatterns.reminders`), it
 * sends e-mail as the stage's sender through SES, and signs Web Push with the `VapidKeys` secret.
 */
export function createReminders(args: {
  table: sst.aws.Dynamo;
  mail: { email: sst.aws.Email; from: $util.Input<string> };
  vapidKeys: sst.Secret;
  webUrl: $util.Output<string>;
}) {
  return new sst.aws.Cron("Reminders", {
    schedule: REMINDERS_SCHEDULE,
    function: {
      handler: "apps/api/src/entry/reminders-lambda.handler",
      ...lambda,
      memory: "512 MB",
      // One run handles the due hours' items; the next starts a minute later (a delivery is claimed once).
      timeout: "50 seconds",
      link: [tableAccess("RemindersTableAccess", args.table, GRANTS.reminders), args.vapidKeys],
      permissions: [sendMail(args.mail.email)],
      environment: {
        TABLE_NAME: args.table.name,
        MAIL_FROM: args.mail.from,
        WEB_URL: args.webUrl,
      },
    },
  });
}
