import { TriangleAlert } from "lucide-react";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import {
  checkMeasurement,
  flagMessage,
  type Growth,
  percentOf95th,
  reasonWords,
  scoreText,
  standardShortName,
} from "../../../lib/growth-scores.ts";
import { measureLabel, measureList, rowScores } from "../row-scores.ts";

/**
 * A row's percentiles: one line per standard, named once ("WHO · Weight: 62nd percentile · Length: 40th
 * percentile"), one line per reason a percentile is missing, and a note for each value worth checking.
 */
export function RowPercentiles({ growth }: { growth: Growth }) {
  const t = useT();
  const { scored, missing, flagged } = rowScores(growth);
  if (scored.length === 0 && missing.length === 0) return null;
  return (
    <div className="space-y-1 text-sm text-stone-700">
      {scored.map((group) => (
        <p key={group.standard ?? "none"}>
          {group.standard && (
            <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 font-semibold text-stone-800">
              {standardShortName(group.standard)}
            </span>
          )}
          {group.scores.map(({ measure, score }, i) => {
            const ofP95 = percentOf95th(score);
            return (
              <span key={measure}>
                {i > 0 && " · "}
                {t("growth:measures.scoreOf", { measure: measureLabel(measure) })}
                <span className={score.flag ? "font-semibold text-amber-800" : "font-medium"}>{scoreText(score)}</span>
                {ofP95 && ` (${ofP95})`}
              </span>
            );
          })}
        </p>
      ))}
      {missing.map((group) => (
        <p key={group.reason} className="text-stone-600">
          {t("growth:measures.noScoreFor", {
            measures: measureList(group.measures, currentLanguage()),
            reason: reasonWords(group.reason),
          })}
        </p>
      ))}
      {flagged.map(({ measure, score }) => (
        <p
          key={measure}
          role="note"
          aria-label={checkMeasurement()}
          className="flex gap-2 rounded-lg bg-amber-50 p-2 text-amber-900"
        >
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {score.flag &&
            t("growth:measures.flagOf", { measure: measureLabel(measure), message: flagMessage(score.flag) })}
        </p>
      ))}
    </div>
  );
}
