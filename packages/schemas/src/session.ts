import { z } from "zod";

/** A session id is the ULID the issuer gives one sign-in. */
export const sessionId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { error: "Unknown session" });

export const sessionRef = z.object({ sessionId });

/** Signing every device out is asked for in words, like deleting the account. */
export const endAllSessionsInput = z.object({
  confirm: z.literal("everywhere", { error: 'Confirm with "everywhere"' }),
});

/** One signed-in device as its owner sees it: no address, no raw user agent. */
export const session = z.object({
  sessionId,
  /** In plain words, e.g. "Chrome on Android". */
  device: z.string(),
  signedInAt: z.string(),
  lastUsedAt: z.string(),
  /** When the session ends whatever the refreshes (its absolute lifetime). */
  endsAt: z.string(),
});
export type Session = z.infer<typeof session>;
