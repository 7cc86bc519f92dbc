// What one measurement on a chart says, in the hover tooltip and in the details that stay open: date, the real age
// with the corrected or postmenstrual age, the value, and the percentile with the standard that gave it.
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { flagMessage, formatZScore } from "../../../lib/growth-scores.ts";
import type { ChartPoint } from "../chart-data.ts";
import { bmiOfP95, percentileWithStandard } from "../chart-words.ts";

export function PointFacts({ point }: { point: ChartPoint }) {
  const t = useT();
  const { score } = point;
  const bmiExtra = bmiOfP95(score);
  return (
    <>
      <p className="font-semibold text-stone-900">{showDate(point.measuredOn)}</p>
      <p className="text-stone-600">{point.ages.line}</p>
      <p className="text-stone-900">{point.value}</p>
      <p className={score.percentile === null ? "text-stone-600" : "font-medium text-stone-900"}>
        {percentileWithStandard(score)}
      </p>
      {score.percentile !== null && (
        <p className="text-stone-600">{t("growth:chart.zScore", { z: formatZScore(score.zScore) })}</p>
      )}
      {bmiExtra && <p className="text-stone-900">{bmiExtra}</p>}
      {score.flag && <p className="font-medium text-red-800">⚠ {flagMessage(score.flag)}</p>}
    </>
  );
}

export type Hovered = { point: ChartPoint; cx: number; cy: number };

/** A hovered or focused point's facts: above it (below near the top), never covering it. */
export function PointTooltip({ hovered, width, height }: { hovered: Hovered; width: number; height: number }) {
  const { point, cx, cy } = hovered;
  const tipWidth = Math.min(240, width - 8);
  const left = Math.max(4, Math.min(width - tipWidth - 4, cx - tipWidth / 2));
  const place = cy > height * 0.5 ? { bottom: height - cy + 14 } : { top: cy + 14 };
  return (
    <div
      role="status"
      style={{ left, width: tipWidth, ...place }}
      className="growth-tooltip pointer-events-none absolute z-10 space-y-1 rounded-lg border border-stone-300 bg-white/95 p-3 text-sm shadow-md"
    >
      <PointFacts point={point} />
    </div>
  );
}
