// The Recharts part of the growth screen. Loaded on demand (React.lazy) so Recharts is not in the first page's JS;
// the table beside it shows the same numbers.
import { type ReactElement, useState } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Scatter, XAxis, YAxis } from "recharts";
import { t } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import {
  curveLabel,
  describePercentile,
  flagMessage,
  formatPercentile,
  formatZScore,
  noScoreReason,
} from "../../../lib/growth-scores.ts";
import { formatNumber } from "../../../lib/units.ts";
import { BANDS, type ChartPoint, type CurveKey, PERCENTILES, type PreparedChart } from "../chart-data.ts";

const BAND_FILL = { outer: "#fde68a", inner: "#bbf7d0" } as const;
const LINE = {
  p3: "#b45309",
  p15: "#65a30d",
  p50: "#047857",
  p85: "#65a30d",
  p97: "#b45309",
} as const satisfies Record<CurveKey, string>;
const POINT = "#1e3a8a";
const FLAGGED = "#b91c1c";

/** "97th" at the right end of a curve. */
function endLabel(key: CurveKey, percentile: number, last: number) {
  return function EndLabel(props: { index?: number; x?: number | string; y?: number | string }): ReactElement {
    if (props.index !== last) return <g />;
    return (
      <text
        x={Number(props.x) + 4}
        y={Number(props.y)}
        dy={4}
        fontSize={11}
        fill={LINE[key]}
        fontWeight={percentile === 50 ? 700 : 500}
      >
        {curveLabel(percentile)}
      </text>
    );
  };
}

type Active = { point: ChartPoint; cx: number; cy: number };

/** The baby's point; a flagged one is a red diamond. Hover, focus (keyboard) or tap shows its details. */
function pointShape(show: (active: Active | null) => void, activeId: string | undefined) {
  return function PointShape(props: { cx?: number; cy?: number; payload?: ChartPoint }): ReactElement {
    const { cx = 0, cy = 0, payload } = props;
    if (!payload) return <g />;
    const flagged = payload.score.flag !== null;
    const active = payload.measurementId === activeId;
    const on = () => show({ point: payload, cx, cy });
    const size = active ? 8 : 6;
    const common = {
      "data-point": payload.measuredOn,
      "data-flagged": flagged ? "true" : undefined,
      className: "growth-point cursor-pointer outline-none",
      tabIndex: 0,
      role: "button",
      "aria-label": t("growth:chart.pointLabel", { date: showDate(payload.measuredOn), value: payload.value }),
      stroke: active ? "#0c0a09" : "#fff",
      strokeWidth: active ? 2 : 1.5,
      fill: flagged ? FLAGGED : POINT,
      onMouseEnter: on,
      onFocus: on,
      onClick: on,
      onMouseLeave: () => show(null),
      onBlur: () => show(null),
    };
    return flagged ? (
      <path
        d={`M${cx},${cy - size - 1}L${cx + size + 1},${cy}L${cx},${cy + size + 1}L${cx - size - 1},${cy}Z`}
        {...common}
      />
    ) : (
      <circle cx={cx} cy={cy} r={size - 0.5} {...common} />
    );
  };
}

/** Date, age(s), value and percentile of one point: above it (below near the top), never covering it. */
function PointTooltip({ active, width, height }: { active: Active; width: number; height: number }) {
  const { point, cx, cy } = active;
  const { score } = point;
  const tipWidth = Math.min(232, width - 8);
  const left = Math.max(4, Math.min(width - tipWidth - 4, cx - tipWidth / 2));
  const place = cy > height * 0.5 ? { bottom: height - cy + 14 } : { top: cy + 14 };
  const t = useT();
  return (
    <div
      role="status"
      style={{ left, width: tipWidth, ...place }}
      className="growth-tooltip pointer-events-none absolute z-10 space-y-1 rounded-lg border border-stone-300 bg-white/95 p-3 text-sm shadow-md"
    >
      <p className="font-semibold text-stone-900">{showDate(point.measuredOn)}</p>
      <p className="text-stone-600">
        {t("growth:chart.age", { age: point.age })}
        {point.correctedAge && t("growth:chart.correctedAge", { age: point.correctedAge })}
      </p>
      <p className="text-stone-900">{point.value}</p>
      {score.percentile === null ? (
        <p className="text-stone-600">{noScoreReason(score.reason)}</p>
      ) : (
        <p className="text-stone-900">
          {t("growth:chart.percentileIs")}
          <span className="font-semibold">{formatPercentile(score.percentile)}</span>
          {t("growth:chart.zScoreIs", { z: formatZScore(score.zScore) })}
        </p>
      )}
      {score.flag && <p className="font-medium text-red-800">⚠ {flagMessage(score.flag)}</p>}
    </div>
  );
}

/** WHO percentile bands (3–15–50–85–97) with labelled lines, and the baby's measurements as points. */
export default function GrowthChart({ chart, height = 360 }: { chart: PreparedChart; height?: number }) {
  const [active, setActive] = useState<Active | null>(null);
  const t = useT();
  const [width, setWidth] = useState(0);
  const last = chart.rows.length - 1;
  const decimals = chart.yDomain[1] - chart.yDomain[0] < 5 ? 1 : 0;
  return (
    <div className="growth-chart relative" data-chart={chart.kind}>
      <ResponsiveContainer width="100%" height={height} onResize={(w) => setWidth(w)}>
        <ComposedChart data={chart.rows} margin={{ top: 8, right: 36, bottom: 24, left: 4 }}>
          <CartesianGrid stroke="#e7e5e4" strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={chart.xDomain}
            ticks={chart.xTicks}
            tickFormatter={(v: number) => formatNumber(v, 1)}
            label={{ value: chart.xLabel, position: "insideBottom", offset: -14, fontSize: 12, fill: "#57534e" }}
            fontSize={12}
          />
          <YAxis
            type="number"
            domain={chart.yDomain}
            ticks={chart.yTicks}
            width={44}
            tickFormatter={(v: number) => formatNumber(v, decimals)}
            label={{
              value: chart.yLabel,
              angle: -90,
              position: "insideLeft",
              offset: 10,
              fontSize: 12,
              fill: "#57534e",
              style: { textAnchor: "middle" },
            }}
            fontSize={12}
          />
          {BANDS.map((band) => (
            <Area
              key={band.key}
              dataKey={band.key}
              className={`growth-band growth-band-${band.key}`}
              type="monotone"
              stroke="none"
              fill={band.outer ? BAND_FILL.outer : BAND_FILL.inner}
              fillOpacity={0.55}
              isAnimationActive={false}
              activeDot={false}
              tooltipType="none"
            />
          ))}
          {PERCENTILES.map((p) => {
            const key = `p${p}` as const;
            return (
              <Line
                key={key}
                dataKey={key}
                name={describePercentile(p)}
                className={`growth-curve growth-curve-${key}`}
                type="monotone"
                stroke={LINE[key]}
                strokeWidth={p === 50 ? 2.5 : 1.5}
                strokeDasharray={p === 50 ? undefined : p === 3 || p === 97 ? "6 3" : undefined}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                tooltipType="none"
                label={endLabel(key, p, last)}
              />
            );
          })}
          <Scatter
            data={chart.points}
            dataKey="y"
            name={t("growth:chart.points")}
            fill={POINT}
            shape={pointShape(setActive, active?.point.measurementId)}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      {active && <PointTooltip active={active} width={width} height={height} />}
    </div>
  );
}
