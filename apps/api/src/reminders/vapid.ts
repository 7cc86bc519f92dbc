import webpush from "web-push";
import { z } from "zod";

/**
 * The VAPID key pair that signs every push request (the `VapidKeys` secret on AWS, `.data/vapid-keys.json` under
 * `pnpm dev`, a fresh pair in memory for tests): `{ "publicKey": "…", "privateKey": "…" }`, base64url, as
 * web-push's `generateVAPIDKeys` makes them. Browsers subscribe with the public key.
 */
const vapidKeys = z.object({
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/, { error: "publicKey must be a 65-byte base64url key" }),
  privateKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "privateKey must be a 32-byte base64url key" }),
});
export type VapidKeys = z.infer<typeof vapidKeys>;

export const generateVapidKeys = (): VapidKeys => webpush.generateVAPIDKeys();

/** Parses configured keys; the error names the field, never prints a key. */
export function parseVapidKeys(json: string): VapidKeys {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error("Invalid VAPID keys: not JSON");
  }
  const parsed = vapidKeys.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `Invalid VAPID keys: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}
