import { mailerFor } from "../mail/transport.ts";
import type { ReminderChannels } from "./channels.ts";
import { DEFAULT_PUSH_ORIGINS } from "./push.ts";
import { parseVapidKeys } from "./vapid.ts";

/** The reminder fields of the API's or the job's environment (entry/env.ts, `reminderEnvFields`). */
export type ReminderEnv = {
  WEB_ORIGINS: string;
  MAIL_FROM?: string | undefined;
  SMTP_URL?: string | undefined;
  VAPID_KEYS?: string | undefined;
  PUSH_SUBJECT?: string | undefined;
  PUSH_ORIGINS?: string | undefined;
  WEB_URL?: string | undefined;
  CALENDAR_BASE_URL?: string | undefined;
};

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** The channels from configuration: e-mail when a sender is set, Web Push when VAPID keys are. */
export function reminderChannelsFrom(env: ReminderEnv): ReminderChannels {
  const webUrl = trimSlash(env.WEB_URL ?? env.WEB_ORIGINS.split(",")[0] ?? "http://localhost:5173");
  const sender = env.MAIL_FROM;
  return {
    mailer: sender ? mailerFor({ from: sender, smtpUrl: env.SMTP_URL }) : undefined,
    push: env.VAPID_KEYS
      ? {
          vapid: parseVapidKeys(env.VAPID_KEYS),
          subject:
            env.PUSH_SUBJECT ??
            `mailto:${/<([^>]+)>/.exec(sender ?? "")?.[1] ?? sender ?? "reminders@upnest.localhost"}`,
          allowedOrigins: env.PUSH_ORIGINS ? env.PUSH_ORIGINS.split(",").map((o) => o.trim()) : DEFAULT_PUSH_ORIGINS,
        }
      : undefined,
    webUrl,
    calendarBaseUrl: trimSlash(env.CALENDAR_BASE_URL ?? webUrl),
  };
}
