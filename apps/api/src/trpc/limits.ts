import type { RateLimit } from "@upnest/db";

/**
 * Per-user limits. Changes are counted in DynamoDB (one conditional update
 * per change), so the limit holds across Lambda instances; reads are counted
 * per instance in memory, which bounds a flood from one user at no storage
 * cost (a read counter in the table would cost more than the read it guards).
 */
export type Limits = {
  writes: RateLimit;
  reads: RateLimit;
  /**
   * Records written by imports (a document's babies, measurements, doses and milestones; a CSV's rows), in the
   * table like `writes`. An import of N records costs N, and is refused before it writes anything if the
   * window has fewer left. Its own budget, because a whole family's history is more than a minute of changes.
   */
  importRecords: RateLimit;
  /** Looks at an invitation link before signing in, per client address, in the table. */
  invitePreviews: RateLimit;
};
export const DEFAULT_LIMITS: Limits = {
  writes: { limit: 120, windowSeconds: 60 },
  reads: { limit: 600, windowSeconds: 60 },
  importRecords: { limit: 5_000, windowSeconds: 3600 },
  invitePreviews: { limit: 30, windowSeconds: 600 },
};

export type ReadLimiter = (userId: string) => number | null;

/** A fixed-window counter per user in this process; returns seconds to wait when over the limit, else null. */
export function memoryLimiter({ limit, windowSeconds }: RateLimit, now = () => Date.now()): ReadLimiter {
  const windows = new Map<string, { start: number; hits: number }>();
  return (userId) => {
    const seconds = Math.floor(now() / 1000);
    const start = seconds - (seconds % windowSeconds);
    const current = windows.get(userId);
    if (!current || current.start !== start) {
      if (windows.size > 10_000) windows.clear();
      windows.set(userId, { start, hits: 1 });
      return null;
    }
    current.hits++;
    return current.hits > limit ? Math.max(1, start + windowSeconds - seconds) : null;
  };
}
