import { Link } from "@tanstack/react-router";
import { ChartSpline, Plus } from "lucide-react";
import { buttonClass } from "../../components/button.tsx";
import { BackLink, Page } from "../../components/page.tsx";
import { ReadOnlyNote } from "../../components/permission.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useBaby } from "../../features/babies/api/babies.ts";
import { BabySummary } from "../../features/babies/components/baby-summary.tsx";
import { MeasurementList } from "../../features/measurements/components/measurement-list.tsx";
import { useT } from "../../i18n/use-t.ts";
import { describeError } from "../../lib/errors.ts";
import { BabyNav } from "../baby-nav.tsx";

/** One baby: the profile, then the measurements, newest first. */
export function BabyPage({ babyId }: { babyId: string }) {
  const baby = useBaby(babyId);
  const t = useT();
  const back = <BackLink to="/">{t("nav.yourBabies")}</BackLink>;
  if (!baby.data) {
    return (
      <Page
        title={
          !baby.isError
            ? t("loading")
            : describeError(baby.error).kind === "not-found"
              ? t("page.notFound")
              : t("page.couldNotLoad")
        }
        back={back}
      >
        {baby.isError ? <ErrorState error={baby.error} onRetry={() => void baby.refetch()} /> : <Loading />}
      </Page>
    );
  }
  const canWrite = baby.data.role !== "viewer";
  return (
    <Page title={baby.data.name} back={back}>
      <BabyNav babyId={babyId} role={baby.data.role} current="growth" />
      {!canWrite && <ReadOnlyNote />}
      <BabySummary baby={baby.data} />
      <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
        <h2 className="text-xl font-semibold text-stone-900">{t("babies:page.measurements")}</h2>
        {canWrite && (
          <Link to="/babies/$babyId/measurements/new" params={{ babyId }} className={buttonClass("primary")}>
            <Plus aria-hidden className="size-5" /> {t("babies:page.addMeasurement")}
          </Link>
        )}
      </div>
      <Link to="/babies/$babyId/growth" params={{ babyId }} className={buttonClass("secondary", "w-full")}>
        <ChartSpline aria-hidden className="size-5" /> {t("babies:page.charts")}
      </Link>
      <MeasurementList babyId={babyId} dateOfBirth={baby.data.dateOfBirth} />
    </Page>
  );
}
