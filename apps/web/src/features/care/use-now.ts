import { useEffect, useState } from "react";

/**
 * The time now (ms), read again every `everyMs` (a running timer's clock ticks each second, "2 h ago" less often)
 * and whenever `fresh` changes (new data: a feed logged a moment ago is not "in the future" of a stale now).
 */
export function useNow(everyMs: number, fresh?: unknown): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs, fresh]);
  return now;
}
