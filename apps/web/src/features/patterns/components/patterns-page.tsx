import { dayOf } from "@upnest/care";
import { useMemo, useState } from "react";
import { BackLink, Page } from "../../../components/page.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useUnits } from "../../../lib/preferences.ts";
import { useBaby } from "../../babies/api/babies.ts";
import { useCareLog, useFamilyZone } from "../api/care-log.ts";
import { zoneName } from "../format.ts";
import { PERIODS, type Period, patternsOf, rangeFor } from "../patterns-data.ts";
import { Averages } from "./averages.tsx";
import { DailyCharts, IntervalsChart } from "./daily-charts.tsx";
import { SleepPattern } from "./sleep-pattern.tsx";
import { IntervalsTable, SleepTable, TotalsTable } from "./tables.tsx";
import { Toggle } from "./toggle.tsx";

type View = "charts" | "tables";

/**
 * A baby's patterns from the care log: a day on average over the last 7 or 30 days, the daily totals, the sleep
 * pattern and the time between feeds, as charts or as tables, all on the family's days and clock.
 */
export function PatternsPage({ babyId }: { babyId: string }) {
  const t = useT();
  const baby = useBaby(babyId);
  const zone = useFamilyZone(babyId);
  const today = zone.data ? dayOf(Date.now(), zone.data.timeZone) : undefined;
  const log = useCareLog(babyId, today ? rangeFor(today) : undefined);
  const { units, ready } = useUnits();
  const [period, setPeriod] = useState<Period>(7);
  const [view, setView] = useState<View>("charts");
  const data = log.data;
  const patterns = useMemo(
    () => (data && today ? patternsOf(data.entries, data.timeZone, today, period) : undefined),
    [data, today, period],
  );
  const name = baby.data?.name;
  const failed = [baby, zone, log].find((q) => q.isError);

  return (
    <Page
      title={t("care:patterns.title")}
      documentTitle={[t("care:patterns.title"), name]}
      back={
        <BackLink to="/babies/$babyId" params={{ babyId }}>
          {name ?? t("back")}
        </BackLink>
      }
    >
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !patterns || !data || !today || !ready ? (
        <Loading label={t("care:patterns.loading")} />
      ) : data.entries.length === 0 ? (
        <Empty title={t("care:patterns.empty")}>
          <p className="text-sm text-stone-600">{t("care:patterns.emptyHint")}</p>
        </Empty>
      ) : (
        <div className="space-y-6">
          <div className="flex flex-wrap gap-2">
            <Toggle
              label={t("care:patterns.period")}
              value={period}
              onChange={setPeriod}
              options={PERIODS.map((p) => ({
                value: p,
                label: t(p === 7 ? "care:patterns.week" : "care:patterns.month"),
              }))}
            />
            <Toggle
              label={t("care:patterns.showAs")}
              value={view}
              onChange={setView}
              options={[
                { value: "charts", label: t("care:patterns.charts") },
                { value: "tables", label: t("care:patterns.tables") },
              ]}
            />
          </div>
          <Averages patterns={patterns} units={units} />
          {view === "charts" ? (
            <>
              <DailyCharts patterns={patterns} period={period} units={units} />
              <SleepPattern patterns={patterns} period={period} timeZone={zoneName(data.timeZone)} />
              <IntervalsChart patterns={patterns} period={period} />
            </>
          ) : (
            <>
              <TotalsTable patterns={patterns} units={units} today={today} />
              <SleepTable patterns={patterns} timeZone={data.timeZone} today={today} />
              <IntervalsTable patterns={patterns} today={today} />
            </>
          )}
        </div>
      )}
    </Page>
  );
}
