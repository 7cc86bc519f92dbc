import { useEffect, useState } from "react";

/** The time now (ms), read again every `everyMs`: a running timer's clock ticks each second, "2 h ago" less often. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
