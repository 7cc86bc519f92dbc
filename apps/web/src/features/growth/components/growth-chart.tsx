// The Recharts part of the growth screen. Loaded on demand (React.lazy) so Recharts is not in the first page's JS;
// the table beside it shows the same numbers.
import { type ReactElement, useMemo, useRef, useState } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from "recharts";
import { useT } from "../../../i18n/use-t.ts";
import { curveLabel, describePercentile } from "../../../lib/growth-scores.ts";
import { formatNumber } from "../../../lib/units.ts";
import { BANDS, type ChartPoint, type CurveKey, PERCENTILES, type PreparedChart } from "../chart-data.ts";
import { PointShape, PointsContext } from "./chart-points.tsx";
import { type PointActions, PointDetails } from "./point-details.tsx";
import { type Hovered, PointTooltip } from "./point-facts.tsx";

// Colours are the theme's (src/index.css `--chart-*`), so the chart reads in light and dark.
const BAND_FILL = { outer: "var(--chart-band-outer)", inner: "var(--chart-band-inner)" } as const;
const LINE = {
  p3: "var(--chart-p3)",
  p15: "var(--chart-p15)",
  p50: "var(--chart-p50)",
  p85: "var(--chart-p15)",
  p97: "var(--chart-p3)",
} as const satisfies Record<CurveKey, string>;

/** "97th" at the right end of the last segment's curve. */
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

/** The short name at the top of a switch of standard. */
function switchLabel(text: string) {
  return function SwitchLabel(props: { viewBox?: { x?: number; y?: number } }): ReactElement {
    const { x = 0, y = 0 } = props.viewBox ?? {};
    return (
      <text x={x + 4} y={y + 12} fontSize={11} fontWeight={600} fill="var(--chart-label)" className="growth-switch">
        {text}
      </text>
    );
  };
}

/**
 * Each segment's percentile bands (3–15–50–85–97) and labelled lines, its own series so nothing joins across a
 * switch of standard; the switches marked; the target height bar; the baby's measurements as points.
 */
export default function GrowthChart({ chart, actions }: { chart: PreparedChart; actions: PointActions }) {
  const t = useT();
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [openId, setOpenId] = useState<string | undefined>();
  const [current, setCurrent] = useState(0);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const box = useRef<HTMLDivElement>(null);
  const decimals = chart.yDomain[1] - chart.yDomain[0] < 5 ? 1 : 0;
  const last = chart.segments[chart.segments.length - 1];
  const open = chart.points.find((p) => p.measurementId === openId);
  const focusPoint = (measurementId: string | undefined) =>
    box.current?.querySelector<SVGElement>(`.growth-point[data-id="${measurementId}"]`)?.focus();
  const handlers = {
    current: Math.min(current, chart.points.length - 1),
    openId,
    hover: setHovered,
    move: (index: number) => {
      setCurrent(index);
      focusPoint(chart.points[index]?.measurementId);
    },
    open: (point: ChartPoint) => {
      setCurrent(chart.points.indexOf(point));
      setHovered(null);
      setOpenId(point.measurementId);
    },
  };
  const close = () => {
    setOpenId(undefined);
    focusPoint(openId);
  };
  // The chart's drawing changes only with the chart: hovering or opening a point must not redraw it, or Recharts
  // draws the points anew (a new animation key) and the point holding the focus is replaced.
  const plot = useMemo(
    () => (
      <ComposedChart data={chart.rows} margin={{ top: 8, right: 36, bottom: 24, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={chart.xDomain}
          ticks={chart.xTicks}
          allowDataOverflow
          tickFormatter={(v: number) => formatNumber(v, 1)}
          label={{
            value: chart.xLabel,
            position: "insideBottom",
            offset: -14,
            fontSize: 12,
            fill: "var(--chart-label)",
          }}
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
            fill: "var(--chart-label)",
            style: { textAnchor: "middle" },
          }}
          fontSize={12}
        />
        {chart.segments.flatMap((segment) =>
          BANDS.map((band) => (
            <Area
              key={`${segment.key}_${band.key}`}
              dataKey={`${segment.key}_${band.key}`}
              className={`growth-band growth-band-${band.key}`}
              data-standard={segment.standard}
              type="monotone"
              stroke="none"
              fill={band.outer ? BAND_FILL.outer : BAND_FILL.inner}
              fillOpacity={0.55}
              isAnimationActive={false}
              activeDot={false}
              tooltipType="none"
            />
          )),
        )}
        {chart.segments.flatMap((segment) =>
          PERCENTILES.map((p) => {
            const key = `p${p}` as const;
            return (
              <Line
                key={`${segment.key}_${key}`}
                dataKey={`${segment.key}_${key}`}
                name={describePercentile(p)}
                className={`growth-curve growth-curve-${key} growth-segment-${segment.standard}`}
                type="monotone"
                stroke={LINE[key]}
                strokeWidth={p === 50 ? 2.5 : 1.5}
                strokeDasharray={p === 3 || p === 97 ? "6 3" : undefined}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                tooltipType="none"
                label={segment === last ? endLabel(key, p, segment.lastIndex) : undefined}
              />
            );
          }),
        )}
        {chart.switches.map((s) => (
          <ReferenceLine
            key={`switch-${s.x}`}
            x={s.x}
            stroke="var(--chart-label)"
            strokeDasharray="4 3"
            strokeWidth={1.5}
            label={switchLabel(s.label)}
          />
        ))}
        {chart.target && (
          <ReferenceArea
            x1={chart.target.x1}
            x2={chart.target.x2}
            y1={chart.target.low}
            y2={chart.target.high}
            fill="var(--chart-night)"
            fillOpacity={0.35}
            stroke="var(--chart-night)"
            className="growth-target"
          />
        )}
        <Scatter
          data={chart.points}
          dataKey="y"
          name={t("growth:chart.points")}
          fill="var(--chart-point)"
          shape={PointShape}
          isAnimationActive={false}
        />
      </ComposedChart>
    ),
    [chart, decimals, last, t],
  );
  return (
    <div className="space-y-2">
      {/* Taller on a desktop screen, where the chart also gets the page's full width. */}
      <div ref={box} className="growth-chart relative h-90 lg:h-125" data-chart={chart.kind}>
        <PointsContext value={{ points: chart.points, on: handlers }}>
          <ResponsiveContainer width="100%" height="100%" onResize={(width, height) => setSize({ width, height })}>
            {plot}
          </ResponsiveContainer>
        </PointsContext>
        {hovered && !open && <PointTooltip hovered={hovered} width={size.width} height={size.height} />}
      </div>
      {open && <PointDetails point={open} actions={actions} onClose={close} />}
    </div>
  );
}
