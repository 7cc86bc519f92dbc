import type { Failures } from "@upnest/db";

/**
 * How many tries sign-in allows, in one place. Wrong passwords back off per
 * account and per client address: after the free tries, each further failure
 * pauses sign-in for twice as long as the one before (1, 2, 4 … minutes, at
 * most an hour). A run of failures is forgotten a day after the last one, and
 * a successful sign-in forgets the account's (not the address's).
 */
export const policy = {
  account: { freeFailures: 5 },
  address: { freeFailures: 20 },
  maxLockMinutes: 60,
  rememberFailuresSeconds: 24 * 3600,
  /** Tries of one e-mailed code (right or wrong); then it is dead and a new one must be sent. */
  codeTries: 5,
  codeLifetimeSeconds: 3600,
  /** Code e-mails (and "you already have an account" e-mails) per address per hour. */
  mailsPerHour: 5,
};

/** Seconds until a subject with these failures may try again (0: now). */
export function lockedFor(failures: Failures | undefined, freeFailures: number, nowSeconds: number): number {
  if (!failures || failures.count < freeFailures) return 0;
  const minutes = Math.min(2 ** (failures.count - freeFailures), policy.maxLockMinutes);
  return Math.max(0, failures.lastAt + minutes * 60 - nowSeconds);
}
