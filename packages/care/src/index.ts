export * from "./days.ts";
export * from "./entry.ts";
export * from "./intervals.ts";
export * from "./summary.ts";
export * from "./timeline.ts";
export * from "./totals.ts";
