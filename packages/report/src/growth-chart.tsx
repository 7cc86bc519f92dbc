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

/** Where the chart for the age changes standard, on this chart's x (corrected days while the correction applies). */
function switches(growth: Growth) {
  return growth.timeline.slice(1).map((span, i) => ({
    standard: span.standard,
    before: growth.timeline[i]?.standard,
    x: growth.preterm && span.fromAgeInDays < 731 ? span.fromAgeInDays - growth.correctionDays : span.fromAgeInDays,
  }));
}

/** The standard the chart for the age names at the chart's left edge. */
const standardAt = (growth: Growth, x: number) =>
  switches(growth)
    .filter((s) => s.x <= x)
    .at(-1)?.standard ??
  growth.timeline[0]?.standard ??
  "who-2006";

/**
 * One age chart, drawn as vectors: the 3rd–97th percentile bands in greys, the 50th as a solid line, each curve
 * labelled with its percentile at the right, the baby's points joined in black (white-ringed, so they stand out
 * on a band printed grey), months of (corrected) age along the bottom and dashed lines where the standard changes.
 */
export function GrowthChart({ chart, growth, w }: { chart: Growth["charts"][number]; growth: Growth; w: Words }) {
  const points = chart.points.filter((p) => p.x >= 0);
  const win = chartWindow(chart.curves, points);
  const sx = (x: number) => M.left + ((x - win.x0) / (win.x1 - win.x0)) * (W - M.left - M.right);
  const sy = (y: number) => H - M.bottom - ((y - win.y0) / (win.y1 - win.y0)) * (H - M.top - M.bottom);
  const at = (p: { x: number; y: number }) => ({ x: sx(p.x), y: sy(p.y) });
  const curve = (percentile: number) => win.curves.find((c) => c.percentile === percentile)?.points.map(at) ?? [];
  const yTicks: number[] = [];
  for (let y = win.y0; y <= win.y1 + 1e-9; y += win.yStep) yTicks.push(Math.round(y * 100) / 100);
  const label = { fontFamily: FONT_FAMILY, fontSize: 7 };
  const labelY = spread(
    win.curves.map((c) => at(c.points.at(-1) ?? { x: win.x1, y: win.y0 }).y + 2.5),
    7.5,
  );
  return (
    <Svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
      <Rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="#ffffff" />
      {BANDS.map(([lo, hi, fill]) => (
        <Path key={`${lo}-${hi}`} d={bandOf(curve(lo), curve(hi))} fill={fill} />
      ))}
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
      {win.curves.map((c, i) => (
        <G key={`c${c.percentile}`}>
          <Path
            d={pathOf(c.points.map(at))}
            fill="none"
            stroke={c.percentile === 50 ? "#333333" : "#8a8a8a"}
            strokeWidth={c.percentile === 50 ? 1 : 0.5}
          />
          {c.points.length > 0 && (
            <Text x={W - M.right + 3} y={labelY[i] ?? 0} style={label} fill={INK.muted}>
              {String(c.percentile)}
            </Text>
          )}
        </G>
      ))}
      {switches(growth)
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
        {w.t(`growth.short.${standardAt(growth, win.x0)}`)}
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
        {w.t(growth.preterm ? "growth.axisCorrected" : "growth.axisAge")}
      </Text>
    </Svg>
  );
}
