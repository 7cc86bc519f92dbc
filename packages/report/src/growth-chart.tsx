import { Circle, G, Line, Path, Rect, Svg, Text } from "@react-pdf/renderer";
import { bandOf, chartWindow, DAYS_PER_MONTH, monthTicks, pathOf, spread } from "./chart-geometry.ts";
import type { ReportData } from "./data.ts";
import { FONT_FAMILY } from "./fonts.ts";
import { INK } from "./styles.ts";
import type { Words } from "./words.ts";

type Growth = ReportData["growth"];
const W = 515;
const H = 176;
const M = { left: 34, right: 24, top: 14, bottom: 26 };
const BANDS = [
  [3, 15, "#e4e4e4"],
  [15, 85, "#c9c9c9"],
  [85, 97, "#e4e4e4"],
] as const;

type Chart = Growth["charts"][number];

/** Where the chart changes standard: each segment's start after the first, on the chart's x (chronological days). */
const switches = (chart: Chart) =>
  chart.segments.slice(1).map((segment) => ({ standard: segment.standard, x: segment.fromX }));

/** The standard of the segment at the chart's left edge. */
const standardAt = (chart: Chart, x: number) =>
  chart.segments.filter((s) => s.fromX <= x).at(-1)?.standard ?? chart.segments[0]?.standard ?? "who-2006";

/**
 * One age chart, drawn as vectors: each standard's segment with its 3rd–97th percentile bands in greys and the
 * 50th as a solid line (the curves step where the standard changes, at a dashed line), each curve labelled with
 * its percentile at the right, the baby's points joined in black (white-ringed, so they stand out on a band
 * printed grey), months of age along the bottom.
 */
export function GrowthChart({ chart, w }: { chart: Chart; w: Words }) {
  const points = chart.points.filter((p) => p.x >= 0);
  const all = chart.segments.flatMap((s) => s.curves);
  const win = chartWindow(all, points);
  const segments = chart.segments
    .map((s) => ({
      ...s,
      curves: s.curves.map((c) => ({ ...c, points: c.points.filter((p) => p.x >= win.x0 && p.x <= win.x1) })),
    }))
    .filter((s) => s.curves.some((c) => c.points.length > 0));
  const last = segments.at(-1)?.curves ?? [];
  const sx = (x: number) => M.left + ((x - win.x0) / (win.x1 - win.x0)) * (W - M.left - M.right);
  const nextSwitch = Math.min(
    W,
    ...switches(chart)
      .filter((s) => s.x > win.x0)
      .map((s) => sx(s.x)),
  );
  const sy = (y: number) => H - M.bottom - ((y - win.y0) / (win.y1 - win.y0)) * (H - M.top - M.bottom);
  const at = (p: { x: number; y: number }) => ({ x: sx(p.x), y: sy(p.y) });
  const curveOf = (curves: typeof last, percentile: number) =>
    curves.find((c) => c.percentile === percentile)?.points.map(at) ?? [];
  const yTicks: number[] = [];
  for (let y = win.y0; y <= win.y1 + 1e-9; y += win.yStep) yTicks.push(Math.round(y * 100) / 100);
  const label = { fontFamily: FONT_FAMILY, fontSize: 7 };
  const labelY = spread(
    last.map((c) => at(c.points.at(-1) ?? { x: win.x1, y: win.y0 }).y + 2.5),
    7.5,
  );
  return (
    <Svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
      <Rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="#ffffff" />
      {segments.flatMap((s) =>
        BANDS.map(([lo, hi, fill]) => (
          <Path key={`${s.standard}${lo}-${hi}`} d={bandOf(curveOf(s.curves, lo), curveOf(s.curves, hi))} fill={fill} />
        )),
      )}
      {yTicks.map((y) => (
        <G key={`y${y}`}>
          <Line x1={M.left} x2={W - M.right} y1={sy(y)} y2={sy(y)} stroke="#ffffff" strokeWidth={0.6} />
          <Text x={M.left - 4} y={sy(y) + 2.5} style={label} textAnchor="end" fill={INK.muted}>
            {w.number(y, win.yStep < 1 ? 1 : 0)}
          </Text>
        </G>
      ))}
      {monthTicks(win.x0, win.x1).map((m) => (
        <G key={`x${m}`}>
          <Line
            x1={sx(m * DAYS_PER_MONTH)}
            x2={sx(m * DAYS_PER_MONTH)}
            y1={H - M.bottom}
            y2={H - M.bottom + 3}
            stroke={INK.text}
            strokeWidth={0.6}
          />
          <Text x={sx(m * DAYS_PER_MONTH)} y={H - M.bottom + 11} style={label} textAnchor="middle" fill={INK.text}>
            {String(m)}
          </Text>
        </G>
      ))}
      {segments.flatMap((s) =>
        s.curves.map((c) => (
          <Path
            key={`${s.standard}c${c.percentile}`}
            d={pathOf(c.points.map(at))}
            fill="none"
            stroke={c.percentile === 50 ? "#333333" : "#8a8a8a"}
            strokeWidth={c.percentile === 50 ? 1 : 0.5}
          />
        )),
      )}
      {last.map((c, i) => (
        <G key={`l${c.percentile}`}>
          {c.points.length > 0 && (
            <Text x={W - M.right + 3} y={labelY[i] ?? 0} style={label} fill={INK.muted}>
              {String(c.percentile)}
            </Text>
          )}
        </G>
      ))}
      {switches(chart)
        .filter((s) => s.x > win.x0 && s.x < win.x1)
        .map((s) => (
          <G key={s.standard}>
            <Line
              x1={sx(s.x)}
              x2={sx(s.x)}
              y1={M.top}
              y2={H - M.bottom}
              stroke={INK.text}
              strokeWidth={0.8}
              strokeDasharray="3 2"
            />
            {/* Below the left edge's name when the line is close to it. */}
            <Text x={sx(s.x) + 3} y={M.top + (sx(s.x) - M.left < 80 ? 18 : 8)} style={label} fill={INK.text}>
              {w.t(`growth.short.${s.standard}`)}
            </Text>
          </G>
        ))}
      <Text x={M.left + 3} y={M.top + 8} style={label} fill={INK.text}>
        {/* The short code when the next standard's line is too close for the name. */}
        {w.t(`growth.${nextSwitch - M.left < 80 ? "code" : "short"}.${standardAt(chart, win.x0)}`)}
      </Text>
      <Line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke={INK.text} strokeWidth={0.8} />
      <Line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} stroke={INK.text} strokeWidth={0.8} />
      <Path d={pathOf(points.map(at))} fill="none" stroke="#000000" strokeWidth={1.1} />
      {points.map((p) => (
        <Circle
          key={p.measuredOn}
          cx={sx(p.x)}
          cy={sy(p.y)}
          r={2.4}
          fill="#000000"
          stroke="#ffffff"
          strokeWidth={0.8}
        />
      ))}
      <Text x={(M.left + W - M.right) / 2} y={H - 4} style={label} textAnchor="middle" fill={INK.text}>
        {w.t("growth.axisAge")}
      </Text>
    </Svg>
  );
}
