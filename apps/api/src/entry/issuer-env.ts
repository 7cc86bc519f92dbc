import { Resource } from "sst";
import { z } from "zod";
import { type IssuerClient, parseClients } from "../auth/allow.ts";

/** The issuer Lambda's whole configuration, read once at start-up; a problem stops it with the variable's name. */
const issuerEnv = z.object({
  TABLE_NAME: z.string().min(3),
  /** JSON, `[{ "id": "upnest-web", "redirectUris": ["https://…/auth/callback"] }]`: the exact clients and redirect URIs this stage accepts. */
  ISSUER_CLIENTS: z.string().min(2),
  /** Only for DynamoDB Local; on AWS the SDK finds the endpoint. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** The signing and encryption keys as JSON (auth/keys.ts): the linked `IssuerKeys` secret on AWS. */
  ISSUER_KEYS: z.string().min(1, { error: "ISSUER_KEYS is missing (link the IssuerKeys secret)" }),
  /** Checked on every request, so the Function URL answers only what came through CloudFront (infra/web.ts). */
  ORIGIN_SECRET: z.string().min(32, { error: "ORIGIN_SECRET must be at least 32 characters" }),
  /** The sender of sign-in e-mail, e.g. `UpNest <sign-in@example.com>` (an SES identity on AWS). */
  MAIL_FROM: z.string().min(3),
  /** When set, mail goes to this SMTP server (e.g. `smtp://127.0.0.1:1025`); otherwise through Amazon SES. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
});
export type IssuerEnv = Omit<z.infer<typeof issuerEnv>, "ISSUER_CLIENTS"> & { clients: IssuerClient[] };

/** The linked secret's value, when SST links are present (on AWS); tests pass ISSUER_KEYS directly. */
function linkedKeys(): string | undefined {
  try {
    return (Resource as unknown as Record<string, { value?: string } | undefined>).IssuerKeys?.value;
  } catch {
    return undefined; // no SST links in this process
  }
}

export function readIssuerEnv(source: Record<string, string | undefined> = process.env): IssuerEnv {
  // SST's Auth component pointed OpenAuth at a table of its own through this variable, which overrides
  // the storage we pass; sign-in data stays in the app table. Cleared should an old deployment still set it.
  delete source.OPENAUTH_STORAGE;
  const parsed = issuerEnv.safeParse({ ISSUER_KEYS: linkedKeys(), ...source });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid issuer configuration: ${problems}`);
  }
  const { ISSUER_CLIENTS, ...rest } = parsed.data;
  return { ...rest, clients: parseClients(ISSUER_CLIENTS) };
}
