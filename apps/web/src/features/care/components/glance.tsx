import { formatDuration, formatTimeOfDay, formatVolume, type Units } from "@upnest/i18n";
import type { Sex } from "@upnest/schemas";
import { Droplets, Milk, Moon, Sun } from "lucide-react";
import type { ReactNode } from "react";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import type { DayCounts, LastFeed, SleepState } from "../summary.ts";

function Card({ icon, lines }: { icon: ReactNode; lines: (string | undefined)[] }) {
  const [first, ...rest] = lines.filter(Boolean);
  return (
    <li className="flex min-w-0 items-start gap-3 rounded-2xl bg-white p-4 wrap-anywhere shadow-sm">
      <span className="mt-0.5 text-teal-700">{icon}</span>
      <div className="min-w-0">
        <p className="text-lg font-semibold text-stone-900">{first}</p>
        {rest.map((line) => (
          <p key={line} className="text-stone-700">
            {line}
          </p>
        ))}
      </div>
    </li>
  );
}

/** The lines a parent opens the app for: last fed and on which side, asleep or awake, the day's counts. */
export function Glance({
  feed,
  sleep,
  counts,
  now,
  zone,
  units,
  sex,
}: {
  sex: Sex;
  feed: LastFeed | undefined;
  sleep: SleepState;
  counts: DayCounts;
  now: number;
  zone: string;
  units: Units;
}) {
  const t = useT();
  const language = currentLanguage();
  const since = (at: string) => formatDuration((now - Date.parse(at)) / 1000, language);
  const volume = (ml: number) => formatVolume(ml, units, language);
  const how = feed?.side
    ? t(`care:side.${feed.side}`)
    : feed && feed.method !== "breast"
      ? t(`care:glance.how.${feed.method}`)
      : undefined;
  const feedLines = !feed
    ? [t("care:glance.noFeeds")]
    : feed.running
      ? [feed.side ? t("care:glance.feedingNowSide", { side: how }) : t("care:glance.feedingNow")]
      : [
          now - Date.parse(feed.at) < 60_000
            ? how
              ? t("care:glance.fedJustNowHow", { how })
              : t("care:glance.fedJustNow")
            : how
              ? t("care:glance.lastFedHow", { ago: since(feed.at), how })
              : t("care:glance.lastFed", { ago: since(feed.at) }),
          feed.nextSide && t("care:glance.offerNext", { side: t(`care:side.${feed.nextSide}`) }),
        ];
  const sleepLines = sleep.asleep
    ? [t("care:glance.asleepFor", { duration: since(sleep.since) })]
    : sleep.since
      ? [
          t(`care:glance.awakeSince.${sex}`, { time: formatTimeOfDay(sleep.since, language, zone) }),
          t(`care:glance.awakeFor.${sex}`, { duration: since(sleep.since) }),
        ]
      : [t("care:glance.noSleep")];
  const countLines = [t("care:counts.wet", { count: counts.wet }), t("care:counts.dirty", { count: counts.dirty })];
  const more = [
    t("care:counts.feeds", { count: counts.feeds }),
    counts.bottleMl > 0 ? t("care:counts.bottles", { amount: volume(counts.bottleMl) }) : undefined,
    counts.sleepSeconds > 0
      ? t("care:counts.sleep", { duration: formatDuration(counts.sleepSeconds, language) })
      : undefined,
    counts.naps > 0 ? t("care:counts.naps", { count: counts.naps }) : undefined,
    counts.tummySeconds > 0
      ? t("care:counts.tummy", { duration: formatDuration(counts.tummySeconds, language) })
      : undefined,
    counts.pumpedMl > 0 ? t("care:counts.pumped", { amount: volume(counts.pumpedMl) }) : undefined,
  ].filter((line): line is string => line !== undefined);
  return (
    <section aria-label={t("care:glance.label")}>
      <ul className="grid gap-2 sm:grid-cols-2">
        <Card icon={<Milk aria-hidden className="size-6" />} lines={feedLines} />
        <Card
          icon={sleep.asleep ? <Moon aria-hidden className="size-6" /> : <Sun aria-hidden className="size-6" />}
          lines={sleepLines}
        />
        <li className="flex min-w-0 items-start gap-3 rounded-2xl bg-white p-4 wrap-anywhere shadow-sm sm:col-span-2">
          <span className="mt-0.5 text-teal-700">
            <Droplets aria-hidden className="size-6" />
          </span>
          <div className="min-w-0">
            <p className="text-lg font-semibold text-stone-900">{countLines[0]}</p>
            <p className="text-stone-700">{[countLines[1], ...more].join(" · ")}</p>
          </div>
        </li>
      </ul>
    </section>
  );
}
