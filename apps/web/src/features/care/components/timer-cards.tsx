import { formatDuration, formatStopwatch, formatTimeOfDay } from "@upnest/i18n";
import { ArrowLeftRight, Square, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { ConfirmButton } from "../../../components/confirm.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import type { useTimerActions } from "../api/timers.ts";
import type { Timer, TimerKind } from "../entries.ts";
import { likelyEnd, otherSide, runningSeconds, sideSeconds } from "../timers.ts";
import { fromLocalInput, toLocalInput } from "../zone.ts";

type Actions = ReturnType<typeof useTimerActions>;

/**
 * The running timers, shared by every caregiver: each with its live clock, Stop in one tap (a feed also switches
 * side); one left running far past the usual asks whether someone forgot it, for its real end or to discard it.
 */
export function TimerCards({
  timers,
  forgotten,
  now,
  zone,
  actions,
  canWrite,
}: {
  timers: readonly Timer[];
  /** The kinds whose timer ran far past the usual (@upnest/care's `runningTimers`). */
  forgotten: ReadonlySet<TimerKind>;
  now: number;
  zone: string;
  actions: Actions;
  canWrite: boolean;
}) {
  const t = useT();
  if (timers.length === 0) return null;
  return (
    <section aria-labelledby="timers-heading" className="space-y-2">
      <h2 id="timers-heading" className="sr-only">
        {t("care:timers.heading")}
      </h2>
      <ul className="space-y-2">
        {timers.map((timer) => (
          <TimerCard
            key={timer.kind}
            timer={timer}
            flagged={forgotten.has(timer.kind)}
            now={now}
            zone={zone}
            actions={actions}
            canWrite={canWrite}
          />
        ))}
      </ul>
    </section>
  );
}

function TimerCard({
  timer,
  flagged,
  now,
  zone,
  actions,
  canWrite,
}: {
  timer: Timer;
  flagged: boolean;
  now: number;
  zone: string;
  actions: Actions;
  canWrite: boolean;
}) {
  const t = useT();
  const language = currentLanguage();
  const what = t(`care:timerKind.${timer.kind}`);
  const seconds = runningSeconds(timer, now);
  const sides = timer.side ? sideSeconds(timer, now) : undefined;
  return (
    <li
      aria-label={what}
      className={`space-y-3 rounded-2xl border p-4 shadow-sm ${flagged ? "border-amber-300 bg-amber-50" : "border-teal-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="text-lg font-semibold text-stone-900">
          {what}
          {timer.side && <span className="font-normal text-stone-700"> · {t(`care:side.${timer.side}`)}</span>}
        </p>
        <p className="text-sm text-stone-600">
          {t("care:timers.since", { time: formatTimeOfDay(timer.startedAt, language, zone) })}
        </p>
      </div>
      <p role="timer" className="text-4xl font-semibold tabular-nums wrap-anywhere text-teal-800">
        {formatStopwatch(seconds)}
      </p>
      {sides && (
        <p className="text-sm text-stone-700">
          {t("care:timers.sides", {
            left: formatDuration(sides.left, language),
            right: formatDuration(sides.right, language),
          })}
        </p>
      )}
      {flagged ? (
        <Forgotten timer={timer} seconds={seconds} zone={zone} actions={actions} canWrite={canWrite} />
      ) : (
        canWrite && (
          <div className="grid grid-cols-[repeat(auto-fit,minmax(min(9rem,100%),1fr))] gap-2">
            {timer.side && (timer.kind === "feeding" || timer.kind === "pumping") && (
              <Button
                variant="secondary"
                className="min-h-14"
                disabled={actions.pending}
                onClick={() => timer.side && actions.switchSide(timer, otherSide(timer.side))}
              >
                <ArrowLeftRight aria-hidden className="size-5" />
                {t("care:timers.switchTo", { side: t(`care:side.${otherSide(timer.side)}`) })}
              </Button>
            )}
            <Button
              className="min-h-14"
              disabled={actions.pending}
              aria-label={t("care:timers.stopWhat", { what })}
              onClick={() => actions.stop(timer)}
            >
              <Square aria-hidden className="size-5" /> {t("care:timers.stop")}
            </Button>
          </div>
        )
      )}
    </li>
  );
}

/** A timer past its kind's plausible length: asks for the real end, or discards it. */
function Forgotten({
  timer,
  seconds,
  zone,
  actions,
  canWrite,
}: {
  timer: Timer;
  seconds: number;
  zone: string;
  actions: Actions;
  canWrite: boolean;
}) {
  const t = useT();
  const [ending, setEnding] = useState(false);
  const [end, setEnd] = useState(() => toLocalInput(likelyEnd(timer), zone));
  const [own, setOwn] = useState<string>();
  const id = `end-${timer.kind}`;
  const server = ending && actions.stopError ? fieldErrorsOf(actions.stopError).endedAt : undefined;
  const error = own ?? server;
  return (
    <div className="space-y-3">
      <p className="flex items-start gap-2 font-medium text-amber-900">
        <TriangleAlert aria-hidden className="mt-0.5 size-5 shrink-0" />
        {t("care:timers.flagged", { duration: formatDuration(seconds, currentLanguage()) })}
      </p>
      {canWrite &&
        (ending ? (
          <form
            noValidate
            className="space-y-3"
            onSubmit={(event) => {
              event.preventDefault();
              const endedAt = fromLocalInput(end, zone);
              if (!endedAt) return setOwn(t("care:form.notTime"));
              actions.stop(timer, { endedAt }, () => setEnding(false));
            }}
          >
            <Field id={id} label={t("care:timers.endedAt")} error={error}>
              <input
                id={id}
                type="datetime-local"
                className={inputClass}
                value={end}
                min={toLocalInput(timer.startedAt, zone)}
                max={toLocalInput(Date.now(), zone)}
                onChange={(e) => {
                  setEnd(e.target.value);
                  setOwn(undefined);
                  actions.resetStop();
                }}
                {...describedBy(id, error)}
              />
            </Field>
            <div className="grid grid-cols-[repeat(auto-fit,minmax(min(9rem,100%),1fr))] gap-2">
              <Button variant="secondary" className="min-h-12" onClick={() => setEnding(false)}>
                {t("feedback:cancel")}
              </Button>
              <Button type="submit" className="min-h-12" disabled={actions.pending}>
                {t("care:timers.saveEnd")}
              </Button>
            </div>
          </form>
        ) : (
          <div className="grid grid-cols-[repeat(auto-fit,minmax(min(9rem,100%),1fr))] gap-2">
            <Button className="min-h-12" onClick={() => setEnding(true)}>
              {t("care:timers.enterEnd")}
            </Button>
            <ConfirmButton
              className="min-h-12"
              title={t("care:timers.discardTitle")}
              description={t("care:timers.discardText")}
              confirmLabel={t("care:timers.discard")}
              onConfirm={() => actions.discard(timer)}
            >
              {t("care:timers.discard")}
            </ConfirmButton>
          </div>
        ))}
    </div>
  );
}
