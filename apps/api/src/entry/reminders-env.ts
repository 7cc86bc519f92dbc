import { z } from "zod";
import { linkedVapidKeys, reminderEnvFields } from "./env.ts";

/** The reminders job's configuration (the Cron's Lambda), read once at start-up. */
const remindersEnv = z.object({
  TABLE_NAME: z.string().min(3),
  DYNAMODB_ENDPOINT: z.url().optional(),
  WEB_ORIGINS: z.string().default("http://localhost:5173"),
  ...reminderEnvFields,
  MAIL_FROM: z.string().min(3, { error: "MAIL_FROM is missing (the sender of reminder e-mail)" }),
  VAPID_KEYS: z.string().min(2, { error: "VAPID_KEYS is missing (link the VapidKeys secret)" }),
});
export type RemindersEnv = z.infer<typeof remindersEnv>;

export function readRemindersEnv(source: Record<string, string | undefined> = process.env): RemindersEnv {
  const parsed = remindersEnv.safeParse({ VAPID_KEYS: linkedVapidKeys(), ...source });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid reminders configuration: ${problems}`);
  }
  return parsed.data;
}
