/** Renders the results: an SVG of p50/p99 per operation and concurrency (API beside baseline) and the Markdown page. */
import type { Cell } from "./load.ts";

export type Row = { op: string; label: string; api: Cell; baseline: Cell };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function latencySvg(rows: Row[]): string {
  const ops = [...new Set(rows.map((r) => r.op))];
  const [panelW, plotH, top, left] = [330, 260, 80, 50];
  const colors = { apiP50: "#2563eb", baseP50: "#93c5fd", apiP99: "#c2410c", baseP99: "#fdba74" };
  // One log scale for all panels: 1-client times (a few ms) and 50-client p99 (a second) both stay readable.
  const max = Math.max(...rows.flatMap((r) => [r.api.p99, r.baseline.p99]));
  const decades = Math.ceil(Math.log10(max));
  const y = (v: number) => top + plotH - (Math.log10(Math.max(v, 1)) / decades) * plotH;
  const parts: string[] = [];
  const width = left + ops.length * panelW + 10;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + plotH + 60}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(`<rect width="100%" height="100%" fill="white"/>`);
  parts.push(
    `<text x="${left}" y="18" font-size="13">Latency in ms (log scale) by concurrent clients: API over HTTP vs the same DynamoDB calls direct (DynamoDB Local, loopback)</text>`,
  );
  const legend: [string, string][] = [
    [colors.apiP50, "API p50"],
    [colors.baseP50, "baseline p50"],
    [colors.apiP99, "API p99"],
    [colors.baseP99, "baseline p99"],
  ];
  legend.forEach(([c, name], i) =>
    parts.push(
      `<rect x="${left + i * 120}" y="30" width="12" height="12" fill="${c}"/><text x="${left + i * 120 + 16}" y="40">${name}</text>`,
    ),
  );
  for (const op of ops) {
    const p = ops.indexOf(op);
    const cells = rows.filter((r) => r.op === op);
    const x0 = left + p * panelW;
    parts.push(`<text x="${x0 + 10}" y="${top - 10}" font-weight="bold">${esc(cells[0]?.label ?? op)}</text>`);
    for (let d = 0; d <= decades; d++) {
      for (const m of d < decades ? [1, 3] : [1]) {
        const v = m * 10 ** d;
        parts.push(
          `<line x1="${x0}" x2="${x0 + panelW - 20}" y1="${y(v)}" y2="${y(v)}" stroke="${m === 1 ? "#d1d5db" : "#f3f4f6"}"/>`,
        );
        if (p === 0 || m === 1) parts.push(`<text x="${x0 - 4}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
      }
    }
    cells.forEach((r, g) => {
      const gx = x0 + 12 + g * 102;
      const bars: [number, string][] = [
        [r.api.p50, colors.apiP50],
        [r.baseline.p50, colors.baseP50],
        [r.api.p99, colors.apiP99],
        [r.baseline.p99, colors.baseP99],
      ];
      bars.forEach(([v, c], b) =>
        parts.push(
          `<rect x="${gx + b * 20}" y="${y(v)}" width="18" height="${top + plotH - y(v)}" fill="${c}"><title>${v.toFixed(2)} ms</title></rect>`,
        ),
      );
      const cx = gx + 39;
      parts.push(
        `<text x="${cx}" y="${top + plotH + 15}" text-anchor="middle">${r.api.concurrency} client${r.api.concurrency > 1 ? "s" : ""}</text>`,
      );
      parts.push(
        `<text x="${cx}" y="${top + plotH + 29}" text-anchor="middle" fill="#555">p50 ×${(r.api.p50 / r.baseline.p50).toFixed(2)}</text>`,
      );
      parts.push(
        `<text x="${cx}" y="${top + plotH + 43}" text-anchor="middle" fill="#555">p99 ×${(r.api.p99 / r.baseline.p99).toFixed(2)}</text>`,
      );
    });
  }
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

const ms = (x: number) => x.toFixed(2);

export function latencyTable(rows: Row[]) {
  const lines = [
    "| operation | clients | API p50 | base p50 | p50 × (goal ≤ 1.25) | API p99 | base p99 | p99 × (goal ≤ 1.5) | API req/s | base req/s | errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const p50 = r.api.p50 / r.baseline.p50;
    const p99 = r.api.p99 / r.baseline.p99;
    lines.push(
      `| ${r.label} | ${r.api.concurrency} | ${ms(r.api.p50)} | ${ms(r.baseline.p50)} | ${p50.toFixed(2)} ${p50 <= 1.25 ? "met" : "**not met**"} | ${ms(r.api.p99)} | ${ms(r.baseline.p99)} | ${p99.toFixed(2)} ${p99 <= 1.5 ? "met" : "**not met**"} | ${r.api.throughput.toFixed(0)} | ${r.baseline.throughput.toFixed(0)} | ${r.api.errors + r.baseline.errors} |`,
    );
  }
  return lines.join("\n");
}
