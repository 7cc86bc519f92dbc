import { randomBytes } from "node:crypto";
import { createDocumentClient, createRepositories } from "@upnest/db";
import { reminderChannelsFrom } from "../reminders/config.ts";
import { runReminders } from "../reminders/job.ts";
import { jsonLogger } from "../trpc/log.ts";
import { readRemindersEnv } from "./reminders-env.ts";

// The reminders job on AWS: SST's Cron invokes this every minute (infra/reminders.ts).
const env = readRemindersEnv();
const db = createDocumentClient({ tableName: env.TABLE_NAME, endpoint: env.DYNAMODB_ENDPOINT });
// The job reads no page of anything: its cursors' secret is never used, so it is made here.
const repos = createRepositories({ db, tableName: env.TABLE_NAME, cursorSecret: randomBytes(32).toString("hex") });
const services = { repos, channels: reminderChannelsFrom(env), log: jsonLogger() };

export async function handler() {
  return runReminders(services);
}
