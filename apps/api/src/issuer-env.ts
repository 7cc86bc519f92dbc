import { z } from "zod";
import { type IssuerClient, parseClients } from "./auth/allow.ts";

/**
 * The issuer Lambda's configuration, read once at start-up; a missing or bad
 * value stops it with the variable's name.
 * - TABLE_NAME: the app table.
 * - ISSUER_CLIENTS: JSON, `[{ "id": "upnest-web", "redirectUris": ["https://…/auth/callback"] }]`: the
 *   exact clients and redirect URIs this stage accepts.
 * - CODE_DELIVERY: "log" on a test stage without mail (codes in the function's log); anything else refuses.
 */
const issuerEnv = z.object({
  TABLE_NAME: z.string().min(3),
  ISSUER_CLIENTS: z.string().min(2),
  CODE_DELIVERY: z.string().optional(),
});
export type IssuerEnv = Omit<z.infer<typeof issuerEnv>, "ISSUER_CLIENTS"> & { clients: IssuerClient[] };

export function readIssuerEnv(source: Record<string, string | undefined> = process.env): IssuerEnv {
  const parsed = issuerEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid issuer configuration: ${problems}`);
  }
  const { ISSUER_CLIENTS, ...rest } = parsed.data;
  return { ...rest, clients: parseClients(ISSUER_CLIENTS) };
}

/**
 * SST's Auth component points OpenAuth at a table of its own through
 * OPENAUTH_STORAGE, and OpenAuth lets it override the storage we pass. Sign-in
 * data stays in the app table instead (the adapter used locally and in tests,
 * covered by that table's backups and deletion protection).
 */
export function dropOpenAuthStorageOverride(target: Record<string, string | undefined> = process.env) {
  delete target.OPENAUTH_STORAGE;
}
