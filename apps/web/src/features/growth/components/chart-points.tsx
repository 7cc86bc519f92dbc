// The baby's points on a chart, answering mouse, touch and keyboard: one tab stop for all of them (roving
// tabindex), arrow keys and Home/End move between them in age order, Enter, Space or a tap opens their details.
import { createContext, type KeyboardEvent, type ReactElement, use } from "react";
import type { ChartPoint } from "../chart-data.ts";
import type { Hovered } from "./point-facts.tsx";

const POINT = "var(--chart-point)";
const FLAGGED = "var(--chart-flagged)";

export type PointHandlers = {
  /** The point with the tab stop (index into the chart's points, in age order). */
  current: number;
  /** The point whose details are open. */
  openId: string | undefined;
  hover: (hovered: Hovered | null) => void;
  /** Moves the tab stop and the focus to point `index`. */
  move: (index: number) => void;
  open: (point: ChartPoint) => void;
};

/** The key's new index among `count` points, or null for a key that does not move. */
export function nextIndex(key: string, index: number, count: number): number | null {
  if (key === "ArrowRight" || key === "ArrowDown") return Math.min(count - 1, index + 1);
  if (key === "ArrowLeft" || key === "ArrowUp") return Math.max(0, index - 1);
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

/**
 * The chart's points and what they answer, for the shapes. A context, not a closure: Recharts draws `shape` as a
 * component, and a new function each render would remount every point and lose the focus it holds.
 */
export const PointsContext = createContext<{ points: ChartPoint[]; on: PointHandlers } | null>(null);

/** The shape Recharts draws for each point; a flagged one is a red diamond. */
export function PointShape(props: { cx?: number; cy?: number; payload?: ChartPoint }): ReactElement {
  const context = use(PointsContext);
  const { cx = 0, cy = 0, payload } = props;
  if (!payload || !context) return <g />;
  const { points, on } = context;
  const index = points.findIndex((p) => p.measurementId === payload.measurementId);
  const flagged = payload.score.flag !== null;
  const active = payload.measurementId === on.openId;
  const size = active ? 8 : 6;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      on.open(payload);
      return;
    }
    const next = nextIndex(event.key, index, points.length);
    if (next === null) return;
    event.preventDefault();
    on.move(next);
  };
  const common = {
    "data-point": payload.measuredOn,
    "data-id": payload.measurementId,
    "data-flagged": flagged ? "true" : undefined,
    className:
      "growth-point cursor-pointer outline-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--chart-point-active)",
    tabIndex: index === on.current ? 0 : -1,
    role: "button",
    "aria-label": payload.name,
    "aria-haspopup": "dialog" as const,
    "aria-expanded": active,
    stroke: active ? "var(--chart-point-active)" : "var(--chart-point-ring)",
    strokeWidth: active ? 2.5 : 1.5,
    fill: flagged ? FLAGGED : POINT,
    onMouseEnter: () => on.hover({ point: payload, cx, cy }),
    onMouseLeave: () => on.hover(null),
    onFocus: () => on.hover({ point: payload, cx, cy }),
    onBlur: () => on.hover(null),
    onClick: () => on.open(payload),
    onKeyDown,
  };
  return flagged ? (
    <path
      d={`M${cx},${cy - size - 1}L${cx + size + 1},${cy}L${cx},${cy + size + 1}L${cx - size - 1},${cy}Z`}
      {...common}
    />
  ) : (
    <circle cx={cx} cy={cy} r={size - 0.5} {...common} />
  );
}
