import { Resource } from "sst";
import { z } from "zod";

/**
 * What reminders need, shared by the API (its `reminders.*` procedures send a test and serve the calendar feed)
 * and the reminders job (reminders-env.ts). Without MAIL_FROM no e-mail goes out; without VAPID keys no push.
 */
export const reminderEnvFields = {
  /** The sender of reminder e-mail, e.g. `UpNest <no-reply@example.com>` (an SES identity on AWS). */
  MAIL_FROM: z.string().min(3).optional(),
  /** When set, mail goes to this SMTP server (the local inbox); otherwise through Amazon SES. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The VAPID key pair as JSON (reminders/vapid.ts): the linked `VapidKeys` secret on AWS. */
  VAPID_KEYS: z.string().min(2).optional(),
  /** Who push services may write to about our traffic (VAPID's subject). */
  PUSH_SUBJECT: z
    .string()
    .regex(/^mailto:.+@.+/, { error: "PUSH_SUBJECT must be a mailto: address" })
    .optional(),
  /** Push service origins a subscription may point at, comma-separated; the big four by default (reminders/push.ts). */
  PUSH_ORIGINS: z.string().min(8).optional(),
  /** The web app's address for links in reminders; the first of WEB_ORIGINS by default. */
  WEB_URL: z.url().optional(),
  /** Where /calendar/… is served publicly; WEB_URL by default (on AWS the Router sends it to the API). */
  CALENDAR_BASE_URL: z.url().optional(),
};

/** The linked `VapidKeys` secret's value, when SST links are present (on AWS). */
export function linkedVapidKeys(): string | undefined {
  try {
    return (Resource as unknown as Record<string, { value?: string } | undefined>).VapidKeys?.value;
  } catch {
    return undefined; // no SST links in this process
  }
}

/** The API's whole configuration, read once at start-up; a missing value stops it with the variable's name. */
const apiEnv = z.object({
  TABLE_NAME: z.string().min(3),
  ISSUER_URL: z.url(),
  CURSOR_SECRET: z.string().min(32, { error: "CURSOR_SECRET must be at least 32 characters" }),
  /** Only for DynamoDB Local; on AWS the SDK finds the endpoint. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /**
   * On AWS: the secret CloudFront adds to each request it forwards (infra/web.ts); the Lambda refuses
   * requests without it, so its Function URL cannot be called around CloudFront. Unused by the local server.
   */
  ORIGIN_SECRET: z.string().min(32, { error: "ORIGIN_SECRET must be at least 32 characters" }).optional(),
  /** Origins allowed to call the API from a browser, comma-separated. */
  WEB_ORIGINS: z.string().default("http://localhost:5173"),
  ...reminderEnvFields,
});
export type ApiEnv = z.infer<typeof apiEnv>;

export function readEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  const vapid = linkedVapidKeys();
  const parsed = apiEnv.safeParse(vapid ? { VAPID_KEYS: vapid, ...source } : source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid API configuration: ${problems}`);
  }
  return parsed.data;
}
