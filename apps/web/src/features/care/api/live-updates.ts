import { useEffect } from "react";
import { useTRPCClient } from "../../../lib/trpc.ts";
import { useRefreshCare } from "./care-day.ts";

/** How often an open, visible page asks whether anything changed (decision 0008: within 5 s, for little). */
export const POLL_MS = 4_000;

/**
 * Keeps a baby's care log live on an open page: every 4 s while the page is visible, one cheap `care.changes`
 * call; when it says something changed (another caregiver's feed, a stopped timer), the care queries are read
 * again. Hidden pages do not ask; coming back (visible or focused) asks at once.
 */
export function useLiveUpdates(babyId: string) {
  const client = useTRPCClient();
  const refresh = useRefreshCare();
  useEffect(() => {
    let since: string | null | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asking = false;
    let stopped = false;
    const ask = async () => {
      clearTimeout(timer);
      if (stopped || asking || document.visibilityState === "hidden") return;
      asking = true;
      const sent = Date.now();
      try {
        const answer = await client.care.changes.query({ babyId, ...(since ? { since } : {}) });
        if (stopped) return;
        // The first answer only sets the marker; what was read before it was sent may be stale, so it is read again.
        if (since === undefined) void refresh(sent);
        else if (answer.changed) void refresh();
        since = answer.latest;
      } catch {
        // A failed check is tried again at the next tick; the page keeps what it shows.
      } finally {
        asking = false;
        if (!stopped) timer = setTimeout(() => void ask(), POLL_MS);
      }
    };
    const wake = () => {
      if (document.visibilityState === "visible") void ask();
    };
    document.addEventListener("visibilitychange", wake);
    window.addEventListener("focus", wake);
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", wake);
      window.removeEventListener("focus", wake);
    };
  }, [babyId, client, refresh]);
}
