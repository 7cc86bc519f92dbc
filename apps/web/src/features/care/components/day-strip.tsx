import { clockTicks, fractionOfDay, timeline } from "@upnest/care";
import { useT } from "../../../i18n/use-t.ts";
import { type CareEntry, type CareKind, idOf, type Timer, type TimerKind } from "../entries.ts";

/** The strip's lanes: sleep (bands), feeds, diapers, and the rest. */
type Lane = "sleep" | "feeding" | "diaper" | "other";
const LANES: readonly Lane[] = ["sleep", "feeding", "diaper", "other"];
const LANE_OF: Record<CareKind | TimerKind, Lane> = {
  sleeps: "sleep",
  sleep: "sleep",
  feedings: "feeding",
  feeding: "feeding",
  diapers: "diaper",
  pumpings: "other",
  pumping: "other",
  tummyTimes: "other",
  tummyTime: "other",
  careNotes: "other",
  customEntries: "other",
};
/** A place on the strip, as fractions of the day: a point, or a band from `from` to `to`. */
type Mark = { key: string; lane: Lane; from: number; to?: number; running?: true };

/** Entries on the day (@upnest/care's timeline), and the running timers as bands up to now. */
function marksOf(
  entries: readonly CareEntry[],
  timers: readonly Timer[],
  day: { start: string; end: string },
  now: number,
) {
  const marks: Mark[] = timeline(entries, day).map((item) => ({
    key: idOf(item.entry),
    lane: LANE_OF[item.entry.kind],
    from: item.start,
    // Sleep is a band however short; anything else only when it lasted ten minutes or more.
    ...(item.entry.kind === "sleeps" || item.end - item.start >= 600_000 / (Date.parse(day.end) - Date.parse(day.start))
      ? { to: item.end }
      : {}),
  }));
  const at = (ms: number) => Math.min(1, Math.max(0, fractionOfDay(ms, day)));
  for (const t of timers)
    if (Date.parse(t.startedAt) < Date.parse(day.end) && now > Date.parse(day.start))
      marks.push({
        key: `timer-${t.kind}`,
        lane: LANE_OF[t.kind],
        from: at(Date.parse(t.startedAt)),
        to: at(now),
        running: true,
      });
  return marks;
}

const LOOK: Record<Lane, { band: string; dot: string }> = {
  sleep: { band: "bg-sky-300", dot: "bg-sky-600" },
  feeding: { band: "bg-teal-300", dot: "bg-teal-700" },
  diaper: { band: "bg-amber-300", dot: "bg-amber-600" },
  other: { band: "bg-stone-300", dot: "bg-stone-500" },
};
const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

function Placed({ mark }: { mark: Mark }) {
  const look = LOOK[mark.lane];
  if (mark.to === undefined)
    return (
      <span
        className={`absolute top-1/2 size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-white ${look.dot}`}
        style={{ left: percent(mark.from) }}
      />
    );
  return (
    <span
      className={`absolute inset-y-1 rounded-sm ${look.band} ${mark.running ? "animate-pulse" : ""}`}
      style={{ left: percent(mark.from), width: `max(3px, ${percent(mark.to - mark.from)})` }}
    />
  );
}

/**
 * The family's day as a 24-hour picture: a lane each for sleep (bands), feeds, diapers and the rest, hours on the
 * family's clock, and where now is. A picture only: every entry is also in the list, where it opens.
 */
export function DayStrip({
  entries,
  timers,
  day,
  now,
}: {
  entries: readonly CareEntry[];
  timers: readonly Timer[];
  day: { day: string; start: string; end: string; timeZone: string };
  now: number;
}) {
  const t = useT();
  const marks = marksOf(entries, timers, day, now);
  const here = now >= Date.parse(day.start) && now < Date.parse(day.end) ? fractionOfDay(now, day) : undefined;
  const ticks = clockTicks(day.day, day.timeZone, [0, 6, 12, 18]);
  return (
    <figure role="img" aria-label={t("care:strip.label")} className="rounded-2xl bg-white p-4 shadow-sm">
      <div className="grid grid-cols-[4.5rem_1fr] gap-x-2 gap-y-1 text-xs text-stone-600">
        {LANES.map((lane) => (
          <div key={lane} className="contents">
            <span className="self-center truncate">{t(`care:strip.lanes.${lane}`)}</span>
            <div className="relative h-6 overflow-hidden rounded bg-stone-100">
              {ticks.map((tick) => (
                <span
                  key={tick.hour}
                  className="absolute inset-y-0 w-px bg-stone-200"
                  style={{ left: percent(tick.at) }}
                />
              ))}
              {marks
                .filter((m) => m.lane === lane)
                .map((mark) => (
                  <Placed key={mark.key} mark={mark} />
                ))}
              {here !== undefined && (
                <span className="absolute inset-y-0 w-0.5 bg-red-600" style={{ left: percent(here) }} />
              )}
            </div>
          </div>
        ))}
        <span />
        <div className="relative h-4">
          {ticks.map((tick) => (
            <span
              key={tick.hour}
              className="absolute -translate-x-1/2 tabular-nums first:translate-x-0"
              style={{ left: percent(tick.at) }}
            >
              {String(tick.hour).padStart(2, "0")}
            </span>
          ))}
        </div>
      </div>
    </figure>
  );
}
