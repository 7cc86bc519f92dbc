import { useMutation } from "@tanstack/react-query";
import type { BreastSide, SleepKind } from "@upnest/schemas";
import { useRef } from "react";
import { i18n } from "../../../i18n/i18n.ts";
import { newIdempotencyKey } from "../../../lib/idempotency.ts";
import { notify } from "../../../lib/notify.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import type { Timer, TimerKind } from "../entries.ts";
import { useRefreshCare } from "./care-day.ts";

/** What the person is told when a timer starts, stops or is discarded (the timers' card shows the rest). */
const told = (key: "started" | "stopped" | "discarded", kind: TimerKind) => () =>
  notify("done", () => i18n.t(`care:timers.${key}.${kind}`));

/**
 * The shared timers' changes: start one (in the family's zone), switch a feed's side, stop it (which records the
 * entry) or discard it. After each, success or not (another caregiver may have stopped it first), the day is
 * read again.
 */
export function useTimerActions(babyId: string, timeZone: string) {
  const trpc = useTRPC();
  const refresh = useRefreshCare();
  const settled = { onSettled: () => void refresh() };
  const start = useMutation(trpc.timers.start.mutationOptions(settled));
  const switchSide = useMutation(trpc.timers.switchSide.mutationOptions(settled));
  const stop = useMutation(trpc.timers.stop.mutationOptions(settled));
  const cancel = useMutation(trpc.timers.cancel.mutationOptions(settled));
  // One key per timer run: a double tap on Stop (or a retry after a lost answer) records one entry.
  const stopKeys = useRef(new Map<string, string>());
  const stopKey = (timer: Timer) => {
    const run = `${timer.kind}|${timer.startedAt}`;
    const key = stopKeys.current.get(run) ?? newIdempotencyKey();
    stopKeys.current.set(run, key);
    return key;
  };
  return {
    pending: start.isPending || switchSide.isPending || stop.isPending || cancel.isPending,
    start: (kind: TimerKind, side?: BreastSide) =>
      start.mutate({ babyId, kind, timeZone, ...(side ? { side } : {}) }, { onSuccess: told("started", kind) }),
    switchSide: (timer: Timer, side: BreastSide) =>
      switchSide.mutate({ babyId, kind: timer.kind, version: timer.version, side }),
    stop: (
      timer: Timer,
      extra: { endedAt?: string; sleepKind?: SleepKind; amountMl?: number } = {},
      done?: () => void,
    ) =>
      stop.mutate(
        { babyId, kind: timer.kind, version: timer.version, idempotencyKey: stopKey(timer), ...extra },
        {
          onSuccess: () => {
            told("stopped", timer.kind)();
            done?.();
          },
        },
      ),
    stopError: stop.error,
    resetStop: () => stop.reset(),
    discard: (timer: Timer) =>
      cancel.mutate({ babyId, kind: timer.kind, version: timer.version }, { onSuccess: told("discarded", timer.kind) }),
  };
}
