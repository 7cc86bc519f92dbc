import { useT } from "../../../i18n/use-t.ts";
import { dayName, dayTick } from "../format.ts";
import type { Patterns, Period } from "../patterns-data.ts";
import { Legend, stripes } from "./swatch.tsx";

const NIGHT = "var(--chart-night)";
const NAP = "var(--chart-nap)";
const HOURS = [0, 6, 12, 18, 24];

/**
 * The sleep pattern: one row per day from midnight to midnight on the family's clock, oldest at the top, each
 * sleep a band where it was; night sleep solid, a nap striped (told apart by more than colour).
 */
export function SleepPattern({ patterns, period, timeZone }: { patterns: Patterns; period: Period; timeZone: string }) {
  const t = useT();
  const rows = patterns.sleep;
  const first = rows[0]?.day;
  const last = rows.at(-1)?.day;
  const title = t("care:patterns.sleepPattern");
  const rowClass = period === 7 ? "h-7" : "h-3.5";
  return (
    <section aria-labelledby="chart-sleep-pattern" className="space-y-2">
      <h2 id="chart-sleep-pattern" className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      <figure className="space-y-3 rounded-xl bg-white p-3 shadow-sm">
        <div
          role="img"
          aria-label={t("care:patterns.chartSummary", {
            title,
            from: first ? dayName(first) : "",
            to: last ? dayName(last) : "",
          })}
          className="sleep-pattern grid grid-cols-[3.5rem_1fr] gap-x-2 text-xs text-stone-600"
        >
          <span />
          <div className="relative mb-1 h-4">
            {HOURS.map((hour) => (
              <span
                key={hour}
                className="absolute -translate-x-1/2 tabular-nums first:translate-x-0 last:-translate-x-full"
                style={{ left: `${(hour / 24) * 100}%` }}
              >
                {String(hour).padStart(2, "0")}
              </span>
            ))}
          </div>
          {rows.map((row) => (
            <div key={row.day} className="contents" data-day={row.day}>
              <span className={`${rowClass} flex items-center whitespace-nowrap tabular-nums`}>
                {dayTick(row.day, period)}
              </span>
              <div className={`${rowClass} relative border-b border-stone-100`}>
                {HOURS.slice(1, -1).map((hour) => (
                  <span
                    key={hour}
                    aria-hidden
                    className="absolute inset-y-0 border-l border-stone-200"
                    style={{ left: `${(hour / 24) * 100}%` }}
                  />
                ))}
                {row.bands.map((band) => (
                  <span
                    key={band.sleepId}
                    data-kind={band.kind}
                    className="sleep-band absolute inset-y-0.5 rounded-sm"
                    style={{
                      left: `${band.start * 100}%`,
                      width: `max(2px, ${(band.end - band.start) * 100}%)`,
                      ...(band.kind === "night" ? { background: NIGHT } : stripes(NAP)),
                    }}
                  />
                ))}
              </div>
            </div>
          ))}
        </div>
        <figcaption className="space-y-2">
          <Legend
            items={[
              { label: t("care:patterns.night"), color: NIGHT },
              { label: t("care:patterns.nap"), color: NAP, striped: true },
            ]}
          />
          <p className="px-2 text-sm text-stone-600">{t("care:patterns.sleepPatternAbout", { zone: timeZone })}</p>
        </figcaption>
      </figure>
    </section>
  );
}
