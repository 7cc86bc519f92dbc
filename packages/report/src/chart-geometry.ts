// A growth chart's geometry: the part of the curves the baby's points need, scales to the page, and the ticks.

export type XY = { x: number; y: number };
export type Curve = { percentile: number; points: XY[] };
export const DAYS_PER_MONTH = 30.4375;

/** The x range (days of the age used) the points need, at least six months, on whole months; and the curves in it. */
export function chartWindow(curves: readonly Curve[], points: readonly XY[]) {
  const xs = points.map((p) => p.x).filter((x) => x >= 0);
  const first = Math.max(0, Math.floor(Math.min(...xs, Number.POSITIVE_INFINITY) / DAYS_PER_MONTH) - 1);
  const last = Math.ceil(Math.max(...xs, 0) / DAYS_PER_MONTH) + 1;
  const x0 = (xs.length ? first : 0) * DAYS_PER_MONTH;
  const x1 = Math.max(last, (xs.length ? first : 0) + 6) * DAYS_PER_MONTH;
  const inside = curves.map((c) => ({ ...c, points: c.points.filter((p) => p.x >= x0 && p.x <= x1) }));
  const ys = [...inside.flatMap((c) => c.points.map((p) => p.y)), ...points.filter((p) => p.x >= x0).map((p) => p.y)];
  const low = Math.min(...ys);
  const high = Math.max(...ys);
  const pad = (high - low) * 0.05 || 1;
  const step = niceStep((high - low + 2 * pad) / 6);
  return {
    x0,
    x1,
    y0: Math.floor((low - pad) / step) * step,
    y1: Math.ceil((high + pad) / step) * step,
    yStep: step,
    curves: inside,
  };
}

/** 1, 2 or 5 times a power of ten. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** Month ticks: every month up to a year shown, every 3 up to three years, else every 6. */
export function monthTicks(x0: number, x1: number): number[] {
  const span = (x1 - x0) / DAYS_PER_MONTH;
  const every = span <= 12 ? 1 : span <= 36 ? 3 : 6;
  const ticks: number[] = [];
  for (let m = Math.ceil(x0 / DAYS_PER_MONTH / every) * every; m * DAYS_PER_MONTH <= x1 + 0.5; m += every)
    ticks.push(m);
  return ticks;
}

/** An SVG path through points, in page units. */
export const pathOf = (points: readonly XY[]) =>
  points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(" ");

/** The closed band between two curves (the lower one's points back along the upper one). */
export const bandOf = (lower: readonly XY[], upper: readonly XY[]) =>
  `${pathOf(lower)} ${[...upper]
    .reverse()
    .map((p) => `L${p.x.toFixed(1)} ${p.y.toFixed(1)}`)
    .join(" ")} Z`;

/** Label positions moved apart to at least `gap` (page units), keeping their order: the curves' names at the right. */
export function spread(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    const cur = order[k];
    if (prev && cur && cur.y - prev.y < gap) cur.y = prev.y + gap;
  }
  const out = [...ys];
  for (const { y, i } of order) out[i] = y;
  return out;
}
