import { Link } from "@tanstack/react-router";
import { Plus, TriangleAlert } from "lucide-react";
import { Button, buttonClass } from "../../../components/button.tsx";
import { Empty, ErrorState, Loading } from "../../../components/states.tsx";
import { t } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { ageOn, showDate } from "../../../lib/dates.ts";
import {
  checkMeasurement,
  flagMessage,
  type Score,
  type ScoredMeasurement,
  scoreText,
} from "../../../lib/growth-scores.ts";
import { useUnits } from "../../../lib/preferences.ts";
import { formatLength, formatWeight, type Units } from "../../../lib/units.ts";
import { useMeasurements } from "../api/measurements.ts";

/** "4.2 kg", "55.5 cm lying", "head 38 cm" (or lb + oz and inches): only what was measured. */
function measures(m: ScoredMeasurement, units: Units): string[] {
  const parts: string[] = [];
  if (m.weightKg !== undefined) parts.push(formatWeight(m.weightKg, units));
  if (m.lengthCm !== undefined)
    parts.push(
      t("growth:measures.lengthMeasured", {
        length: formatLength(m.lengthCm, units),
        method: t(m.lengthMethod === "standing" ? "growth:measures.standing" : "growth:measures.lying"),
      }),
    );
  if (m.headCircumferenceCm !== undefined)
    parts.push(t("growth:measures.headMeasured", { length: formatLength(m.headCircumferenceCm, units) }));
  return parts;
}

/** Each measure's WHO percentile, in the order the measures are shown. */
function scores(m: ScoredMeasurement): { label: string; score: Score }[] {
  const g = m.growth;
  const list: { label: string; score: Score | undefined }[] = [
    { label: t("growth:measures.weight"), score: g.weightForAge },
    { label: t("growth:measures.length"), score: g.lengthForAge },
    { label: t("growth:measures.head"), score: g.headCircumferenceForAge },
    {
      label: t(
        g.weightForLength?.indicator === "weight-for-height"
          ? "growth:measures.weightForHeight"
          : "growth:measures.weightForLength",
      ),
      score: g.weightForLength,
    },
  ];
  return list.filter((s): s is { label: string; score: Score } => s.score !== undefined);
}

function Percentiles({ m }: { m: ScoredMeasurement }) {
  const list = scores(m);
  if (list.length === 0) return null;
  const flagged = list.filter(({ score }) => score.flag !== null);
  const t = useT();
  return (
    <>
      <p className="text-sm text-stone-700">
        {list.map(({ label, score }, i) => (
          <span key={label}>
            {i > 0 && " · "}
            {t("growth:measures.scoreOf", { measure: label })}
            <span className={score.flag ? "font-semibold text-amber-800" : "font-medium"}>{scoreText(score)}</span>
          </span>
        ))}
      </p>
      {flagged.map(({ label, score }) => (
        <p
          key={label}
          role="note"
          aria-label={checkMeasurement()}
          className="flex gap-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-900"
        >
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {score.flag && t("growth:measures.flagOf", { measure: label, message: flagMessage(score.flag) })}
        </p>
      ))}
    </>
  );
}

/** A baby's measurements, newest first, with "Load more" while the API has more pages. */
export function MeasurementList({ babyId, dateOfBirth }: { babyId: string; dateOfBirth: string }) {
  const list = useMeasurements(babyId);
  const { units, ready } = useUnits();
  const t = useT();
  if (!list.data || !ready)
    return list.isError && !list.data ? (
      <ErrorState error={list.error} onRetry={() => void list.refetch()} />
    ) : (
      <Loading label={t("growth:list.loading")} />
    );
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <Empty title={t("growth:list.emptyTitle")}>
        <Link to="/babies/$babyId/measurements/new" params={{ babyId }} className={buttonClass("primary")}>
          <Plus aria-hidden className="size-5" /> {t("growth:list.addFirst")}
        </Link>
      </Empty>
    );
  }
  return (
    <div className="space-y-3">
      <ul aria-label={t("growth:list.label")} className="divide-y divide-stone-200 rounded-xl bg-white shadow-sm">
        {items.map((m) => (
          <li key={m.measurementId} className="space-y-1 p-4">
            <p className="text-sm text-stone-500">
              <span className="font-medium">{showDate(m.measuredOn)}</span> ·{" "}
              {t("growth:list.atAge", { age: ageOn(dateOfBirth, m.measuredOn) })}
            </p>
            <p className="text-lg text-stone-900">{measures(m, units).join(" · ")}</p>
            <Percentiles m={m} />
            {m.notes && <p className="break-words text-sm text-stone-600">{m.notes}</p>}
          </li>
        ))}
      </ul>
      {list.isError && (
        <ErrorState
          error={list.error}
          onRetry={() => void (list.isFetchNextPageError ? list.fetchNextPage() : list.refetch())}
        />
      )}
      {list.hasNextPage && !list.isError && (
        <Button
          variant="secondary"
          className="w-full"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? t("loading") : t("loadMore")}
        </Button>
      )}
    </div>
  );
}
