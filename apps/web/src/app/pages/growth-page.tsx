import { BackLink, Page } from "../../components/page.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import type { ChartKind } from "../../features/growth/chart-data.ts";
import { GrowthCharts, type GrowthView } from "../../features/growth/components/growth-view.tsx";
import { useT } from "../../i18n/use-t.ts";

/** A baby's WHO growth charts (weight, length, head, weight-for-length), as a chart or a table. */
export function GrowthPage({ babyId, chart, view }: { babyId: string; chart: ChartKind; view: GrowthView }) {
  const t = useT();
  const baby = useBaby(babyId);
  const name = baby.data?.name;
  return (
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
        <GrowthCharts babyId={babyId} baby={baby.data} kind={chart} view={view} />
      ) : baby.isError ? (
        <ErrorState error={baby.error} onRetry={() => void baby.refetch()} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}
