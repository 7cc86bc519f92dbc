import type { Units } from "@upnest/i18n";
import { useT } from "../../../i18n/use-t.ts";
import { formatVolume } from "../../../lib/units.ts";
import { formatAverage, formatDuration } from "../format.ts";
import type { Patterns } from "../patterns-data.ts";

/** One number a parent reads at a glance: what it is, the value, and an aside. */
function Figure({ label, value, aside }: { label: string; value: string; aside?: string }) {
  return (
    <div className="rounded-xl bg-white p-3 shadow-sm">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums text-stone-900">{value}</dd>
      {aside && <dd className="text-sm text-stone-600">{aside}</dd>}
    </div>
  );
}

/** A day on average over the period's full days: feeds, bottle, sleep (and naps), diapers, time between feeds. */
export function Averages({ patterns, units }: { patterns: Patterns; units: Units }) {
  const t = useT();
  const { trend, intervalMs } = patterns;
  return (
    <section aria-labelledby="averages" className="space-y-2">
      <h2 id="averages" className="text-lg font-semibold text-stone-900">
        {t("care:patterns.averages.title")}
      </h2>
      {trend ? (
        <>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            <Figure label={t("care:patterns.averages.feeds")} value={formatAverage(trend.feeds)} />
            <Figure label={t("care:patterns.averages.bottle")} value={formatVolume(trend.volumeMl, units)} />
            <Figure
              label={t("care:patterns.averages.sleep")}
              value={formatDuration(trend.sleepMs)}
              aside={t("care:patterns.averages.naps", { duration: formatDuration(trend.napMs) })}
            />
            <Figure label={t("care:patterns.averages.wet")} value={formatAverage(trend.wet)} />
            <Figure label={t("care:patterns.averages.dirty")} value={formatAverage(trend.dirty)} />
            {intervalMs !== null && (
              <Figure
                label={t("care:patterns.averages.interval")}
                value={formatDuration(intervalMs)}
                aside={t("care:patterns.averages.median")}
              />
            )}
          </dl>
          <p className="text-sm text-stone-600">{t("care:patterns.averages.about", { count: trend.daysLogged })}</p>
        </>
      ) : (
        <p className="text-sm text-stone-600">{t("care:patterns.averages.noneYet")}</p>
      )}
    </section>
  );
}
