import type { DayCounts, LastFeed, SleepState } from "@upnest/care";
import { formatDuration, formatTimeOfDay, formatVolume, type Units } from "@upnest/i18n";
import type { Sex, Timer } from "@upnest/schemas";
import { Droplets, Milk, Moon, Sun } from "lucide-react";
import type { ReactNode } from "react";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";

function Card({ icon, lines, wide }: { icon: ReactNode; lines: (string | undefined | false)[]; wide?: boolean }) {
  const [first, ...rest] = lines.filter((line): line is string => typeof line === "string");
  return (
    <li
      className={`flex min-w-0 items-start gap-3 rounded-2xl bg-white p-4 wrap-anywhere shadow-sm ${wide ? "sm:col-span-2" : ""}`}
    >
      <span className="mt-0.5 text-teal-700">{icon}</span>
      <div className="min-w-0">
        <p className="text-lg font-semibold text-stone-900">{first}</p>
        {rest.length > 0 && <p className="text-stone-700">{rest.join(" · ")}</p>}
      </div>
    </li>
  );
}

/** The lines a parent opens the app for: last fed and on which side, asleep or awake, the day's counts. */
export function Glance({
  feed,
  feedingNow,
  sleep,
  counts,
  now,
  zone,
  units,
  sex,
}: {
  feed: LastFeed | null;
  /** A feeding timer running now (not a forgotten one). */
  feedingNow: Timer | undefined;
  sleep: SleepState | null;
  counts: DayCounts;
  now: number;
  zone: string;
  units: Units;
  sex: Sex;
}) {
  const t = useT();
  const language = currentLanguage();
  const duration = (ms: number) => formatDuration(ms / 1000, language);
  const volume = (ml: number) => formatVolume(ml, units, language);
  const ended = feed?.lastSide ?? (feed?.side === "left" || feed?.side === "right" ? feed.side : undefined);
  const how = !feed
    ? undefined
    : feed.method === "breast"
      ? ended
        ? t(`care:side.${ended}`)
        : feed.side && t(`care:side.${feed.side}`)
      : t(`care:glance.how.${feed.method}`);
  const fed = !feed
    ? t("care:glance.noFeeds")
    : now - Date.parse(feed.at) < 60_000
      ? how
        ? t("care:glance.fedJustNowHow", { how })
        : t("care:glance.fedJustNow")
      : how
        ? t("care:glance.lastFedHow", { ago: duration(now - Date.parse(feed.at)), how })
        : t("care:glance.lastFed", { ago: duration(now - Date.parse(feed.at)) });
  const feedLines = feedingNow
    ? [
        feedingNow.side
          ? t("care:glance.feedingNowSide", { side: t(`care:side.${feedingNow.side}`) })
          : t("care:glance.feedingNow"),
      ]
    : [fed, !!feed?.nextSide && t("care:glance.offerNext", { side: t(`care:side.${feed.nextSide}`) })];
  const sleepLines = !sleep
    ? [t("care:glance.noSleep")]
    : sleep.asleep
      ? [t("care:glance.asleepFor", { duration: duration(sleep.forMs) })]
      : [
          t(`care:glance.awakeSince.${sex}`, { time: formatTimeOfDay(sleep.wokeAt, language, zone) }),
          t(`care:glance.awakeFor.${sex}`, { duration: duration(sleep.forMs) }),
        ];
  const countLines = [
    t("care:counts.wet", { count: counts.wet }),
    t("care:counts.dirty", { count: counts.dirty }),
    t("care:counts.feeds", { count: counts.feeds }),
    counts.solids > 0 && t("care:counts.solids", { count: counts.solids }),
    counts.bottleMl > 0 && t("care:counts.bottles", { amount: volume(counts.bottleMl) }),
    counts.sleepMs >= 60_000 && t("care:counts.sleep", { duration: duration(counts.sleepMs) }),
    counts.tummyTimeMs >= 60_000 && t("care:counts.tummy", { duration: duration(counts.tummyTimeMs) }),
    counts.pumpingMl > 0 && t("care:counts.pumped", { amount: volume(counts.pumpingMl) }),
  ];
  return (
    <section aria-label={t("care:glance.label")}>
      <ul className="grid gap-2 sm:grid-cols-2">
        <Card icon={<Milk aria-hidden className="size-6" />} lines={feedLines} />
        <Card
          icon={sleep?.asleep ? <Moon aria-hidden className="size-6" /> : <Sun aria-hidden className="size-6" />}
          lines={sleepLines}
        />
        <Card icon={<Droplets aria-hidden className="size-6" />} lines={countLines} wide />
      </ul>
    </section>
  );
}
