import { Link } from "@tanstack/react-router";
import { sleepState, timeline, todaySummary } from "@upnest/care";
import { formatDayName, formatZoneName } from "@upnest/i18n";
import type { Baby } from "@upnest/schemas";
import { ChartNoAxesColumn, Clock } from "lucide-react";
import { useEffect, useState } from "react";
import { buttonClass } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { useProfile, useUnits } from "../../../lib/preferences.ts";
import { useCareDay, useRefreshCare } from "../api/care-day.ts";
import { useEntryDelete } from "../api/entries.ts";
import { useLiveUpdates } from "../api/live-updates.ts";
import { useTimerActions } from "../api/timers.ts";
import { type CareEntry, type CareKind, newestFirst } from "../entries.ts";
import { EntryForm } from "../forms/entry-form.tsx";
import type { EntryFormValues } from "../forms/values.ts";
import { clockOffset } from "../timers.ts";
import { useNow } from "../use-now.ts";
import { clockDiffers, deviceZone, familyZone } from "../zone.ts";
import { DayStrip } from "./day-strip.tsx";
import { EntryList } from "./entry-list.tsx";
import { Glance } from "./glance.tsx";
import { QuickActions } from "./quick-actions.tsx";
import { Sheet } from "./sheet.tsx";
import { TimerCards } from "./timer-cards.tsx";

type Open = { entry: CareEntry } | { kind: CareKind | undefined; preset?: Partial<EntryFormValues> };

/**
 * A baby's day, the screen a parent opens ten times a day: the running timers, when she last ate and slept, the
 * day's counts, the buttons that log in a tap or two, the day hour by hour and its entries (each opens its form).
 * Times are on the family's clock; the page follows other caregivers' changes as they happen.
 */
export function TodayView({ baby }: { baby: Baby }) {
  const t = useT();
  const profile = useProfile();
  const { units } = useUnits();
  const care = useCareDay(baby.babyId);
  useLiveUpdates(baby.babyId);
  const refresh = useRefreshCare();
  const canWrite = baby.role !== "viewer";
  const zone = care.data?.timeZone ?? familyZone(baby.timeZone, profile.data?.timezone);
  const timerActions = useTimerActions(baby.babyId, zone);
  const deletes = useEntryDelete(baby.babyId);
  const [open, setOpen] = useState<Open | null>(null);
  const ticking = (care.data?.timers.length ?? 0) > 0;
  // The server's clock, as this phone sees it: timers and "2 h ago" count real time, and quick entries are
  // stamped on the same clock the server checks them against.
  const offset = care.data ? clockOffset(care.data.now, care.dataUpdatedAt) : 0;
  const now = useNow(ticking ? 1000 : 15_000, care.dataUpdatedAt) + offset;
  const end = care.data?.end;
  const pastMidnight = end !== undefined && now >= Date.parse(end);
  useEffect(() => {
    // Past the family's midnight the page moves on to the new day.
    if (pastMidnight) void refresh();
  }, [pastMidnight, refresh]);

  if (!care.data)
    return care.isError ? (
      <ErrorState error={care.error} onRetry={() => void care.refetch()} />
    ) : (
      <Loading label={t("care:loading")} />
    );
  const { entries, timers } = care.data;
  const summary = todaySummary(entries, timers, now, care.data.timeZone, care.data.day);
  // A timer someone probably forgot says so in its card; it does not make her "asleep for 19 h" or fill the counts.
  const forgotten = new Set(summary.timers.filter((timer) => timer.flagged).map((timer) => timer.kind));
  const running = timers.filter((timer) => !forgotten.has(timer.kind));
  const sleep = summary.sleep?.asleep && summary.sleep.flagged ? sleepState(entries, [], now) : summary.sleep;
  const language = currentLanguage();
  const zoneName = clockDiffers(zone, deviceZone(), now) ? formatZoneName(zone, language, now) : undefined;
  const middle = (Date.parse(care.data.start) + Date.parse(care.data.end)) / 2;
  const close = () => setOpen(null);
  const title = !open
    ? ""
    : "entry" in open
      ? t(`care:form.edit.${open.entry.kind}`)
      : open.kind
        ? t(`care:form.add.${open.kind}`)
        : t("care:quick.earlier");

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-lg font-semibold text-stone-900">{formatDayName(middle, language, zone)}</h2>
        {zoneName && (
          <p className="flex items-start gap-2 text-sm text-stone-600">
            <Clock aria-hidden className="mt-0.5 size-4 shrink-0" />
            {t("care:zoneNote", { zone: zoneName })}
          </p>
        )}
      </div>
      <TimerCards
        timers={timers}
        forgotten={forgotten}
        now={now}
        zone={zone}
        actions={timerActions}
        canWrite={canWrite}
      />
      <Glance
        feed={summary.lastFeed}
        feedingNow={running.find((timer) => timer.kind === "feeding")}
        sleep={sleep}
        counts={summary.counts}
        now={now}
        zone={zone}
        units={units}
        sex={baby.sex}
      />
      {canWrite && (
        <QuickActions
          babyId={baby.babyId}
          zone={zone}
          units={units}
          entries={entries}
          timers={timers}
          timerActions={timerActions}
          clock={() => Date.now() + offset}
          openForm={(kind, preset) => setOpen({ kind, ...(preset ? { preset } : {}) })}
        />
      )}
      <DayStrip entries={entries} timers={running} day={care.data} now={now} />
      <EntryList
        entries={newestFirst(timeline(entries, care.data).map((item) => item.entry))}
        zone={zone}
        units={units}
        canWrite={canWrite}
        onOpen={(entry) => setOpen({ entry })}
      />
      <Link
        to="/babies/$babyId/patterns"
        params={{ babyId: baby.babyId }}
        className={buttonClass("secondary", "w-full min-h-12")}
      >
        <ChartNoAxesColumn aria-hidden className="size-5" /> {t("care:patternsLink")}
      </Link>
      {open && (
        <Sheet title={title} onClose={close}>
          <EntryForm
            babyId={baby.babyId}
            zone={zone}
            zoneName={zoneName}
            units={units}
            entries={entries}
            now={now}
            {...("entry" in open ? { entry: open.entry } : { kind: open.kind, preset: open.preset })}
            onDone={close}
            onDelete={(entry) => {
              close();
              deletes.deleteEntry(entry);
            }}
          />
        </Sheet>
      )}
    </div>
  );
}
