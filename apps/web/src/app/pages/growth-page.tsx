import type { ChartRange } from "@upnest/schemas";
import { BackLink, Page } from "../../components/page.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import type { ChartKind } from "../../features/growth/chart-data.ts";
import { GrowthCharts, type GrowthView } from "../../features/growth/components/growth-view.tsx";
import { useT } from "../../i18n/use-t.ts";

/**
 * A baby's growth charts (weight, length, head, BMI, weight-for-length), as a chart or a table. On a desktop screen
 * the page is wider than the layout's column (centred on it), so the chart uses the width there is.
 */
export function GrowthPage({
  babyId,
  chart,
  view,
  range,
}: {
  babyId: string;
  chart: ChartKind;
  view: GrowthView;
  range: ChartRange;
}) {
  const t = useT();
  const baby = useBaby(babyId);
  const name = baby.data?.name;
  return (
    <div className="lg:relative lg:left-1/2 lg:w-[min(72rem,calc(100vw-4rem))] lg:-translate-x-1/2">
      <Page
        title={name ? t("babies:page.growthOf", { name }) : t("nav.growth")}
        documentTitle={[t("shell:titles.growthCharts"), name]}
        back={
          <BackLink to="/babies/$babyId/measurements" params={{ babyId }}>
            {name ?? t("back")}
          </BackLink>
        }
      >
        {baby.data ? (
          <GrowthCharts babyId={babyId} baby={baby.data} kind={chart} view={view} range={range} />
        ) : baby.isError ? (
          <ErrorState error={baby.error} onRetry={() => void baby.refetch()} />
        ) : (
          <Loading />
        )}
      </Page>
    </div>
  );
}
