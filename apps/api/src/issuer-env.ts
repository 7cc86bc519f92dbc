import { z } from "zod";

/** The issuer Lambda's configuration, read once at start-up; a missing value stops it with the variable's name. */
const issuerEnv = z.object({
  TABLE_NAME: z.string().min(3),
  /** The sender of sign-in e-mail, e.g. `UpNest <sign-in@example.com>` (an SES identity on AWS). */
  MAIL_FROM: z.string().min(3),
  /** When set, mail goes to this SMTP server (e.g. `smtp://127.0.0.1:1025`); otherwise through Amazon SES. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** Only for DynamoDB Local; on AWS the SDK finds the endpoint. */
  DYNAMODB_ENDPOINT: z.url().optional(),
});
export type IssuerEnv = z.infer<typeof issuerEnv>;

export function readIssuerEnv(source: Record<string, string | undefined> = process.env): IssuerEnv {
  // SST's Auth component points OpenAuth at a table of its own through this
  // variable, and OpenAuth lets it override the storage we pass. Sign-in data
  // stays in the app table instead (the adapter used locally and in tests,
  // covered by that table's backups and deletion protection).
  delete source.OPENAUTH_STORAGE;
  const parsed = issuerEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid issuer configuration: ${problems}`);
  }
  return parsed.data;
}
