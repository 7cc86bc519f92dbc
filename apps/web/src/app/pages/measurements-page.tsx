import { Link } from "@tanstack/react-router";
import { ChartSpline, FileText, Plus } from "lucide-react";
import { buttonClass } from "../../components/button.tsx";
import { BabySummary } from "../../features/babies/components/baby-summary.tsx";
import { GrowthInsights } from "../../features/measurements/components/growth-insights.tsx";
import { MeasurementList } from "../../features/measurements/components/measurement-list.tsx";
import { useT } from "../../i18n/use-t.ts";
import { BabyScreen } from "../baby-screen.tsx";

/**
 * A baby's Growth tab: the profile, the insights (size at birth, flags worth asking about, target height), then the
 * measurements, newest first, each with Edit and Delete, and the way to the charts and the report.
 */
export function MeasurementsPage({ babyId }: { babyId: string }) {
  const t = useT();
  return (
    <BabyScreen babyId={babyId} tab="growth">
      {(baby) => (
        <>
          <BabySummary baby={baby} />
          <GrowthInsights key={`insights-${baby.babyId}`} baby={baby} />
          <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
            <h2 className="text-xl font-semibold text-stone-900">{t("babies:page.measurements")}</h2>
            {baby.role !== "viewer" && (
              <Link to="/babies/$babyId/measurements/new" params={{ babyId }} className={buttonClass("primary")}>
                <Plus aria-hidden className="size-5" /> {t("babies:page.addMeasurement")}
              </Link>
            )}
          </div>
          <Link to="/babies/$babyId/growth" params={{ babyId }} className={buttonClass("secondary", "w-full")}>
            <ChartSpline aria-hidden className="size-5" /> {t("babies:page.charts")}
          </Link>
          <Link to="/babies/$babyId/report" params={{ babyId }} className={buttonClass("secondary", "w-full")}>
            <FileText aria-hidden className="size-5" /> {t("report:page.fromGrowth")}
          </Link>
          <MeasurementList key={baby.babyId} baby={baby} />
        </>
      )}
    </BabyScreen>
  );
}
