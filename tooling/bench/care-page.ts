import type { monthlyCost } from "./cost.ts";
import { pageSection } from "./page-section.ts";

type Cost = ReturnType<typeof monthlyCost>;
/** What `pnpm bench:care` measured (tooling/bench/care-log.ts). */
export type CareBench = {
  date: string;
  days: number;
  entries: number;
  todayViewsPerDay: number;
  perOperation: Record<
    string,
    { requests: number; readUnits: number; writeUnits: number; awsWriteUnits: number; ms: number }
  >;
  stored: { items: number; bytes: number };
  month: { requests: number; readUnits: number; writeUnits: number; awsWriteUnits: number };
  cost: Cost;
  costAwsRule: Cost;
  bigTodayView: { entries: number; readUnits: number; entriesReturned: number };
  pollPerPageHour: { polls: number; readUnits: number; cost: number };
};

const section = pageSection("care-bench");
const usd = (n: number) => `$${n.toFixed(6)}`;
const units = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

export function careSection(b: CareBench): string {
  const rows = Object.entries(b.perOperation).map(
    ([name, o]) =>
      `| ${name} | ${o.requests} | ${units(o.readUnits)} | ${units(o.writeUnits)} | ${units(o.awsWriteUnits)} | ${o.ms.toFixed(1)} |`,
  );
  const goal = b.costAwsRule.fullStack <= 0.002 ? "met" : "**not met**";
  return section.within(
    [
      "## The care log: a family-month (decision 0008)",
      "",
      `Measured by \`pnpm bench:care\` (tooling/bench/care-log.ts; also run by \`pnpm bench\`) on ${b.date}, through the real API`,
      "over HTTP with real sign-ups and tokens, on DynamoDB Local. Two caregivers log",
      `${b.days} days of one baby: 25 entries a day (5 breastfeeds and 5 sleeps through shared timers, with a side switch on each`,
      "feed; a pumping session and tummy time by timer; 3 bottles; 8 diapers; a note; a tracker entry edited once; every create",
      "and stop with a request key, as the app sends them), and open",
      `the today view ${b.todayViewsPerDay} times a day; ${b.entries} entries in all. The entries the timers make are added at their`,
      "times (so each day holds what it would), and the timers' requests (start on one phone, switch side and stop on the",
      "other) are measured on a second baby and priced in their place. Units are what the API's DynamoDB client",
      "reported (ConsumedCapacity; every request includes its membership Get and, for writes, the rate limiter's update), and",
      "writes again by AWS's rule of 2 units per transaction item (DynamoDB Local under-counts transactions). Time is the",
      "request's wall time in this process, billed as Lambda duration at 1 GB (a stand-in: Lambda's own is not measured here).",
      "",
      "| request | count | read units | write units (reported) | write units (AWS rule) | ms |",
      "| --- | --: | --: | --: | --: | --: |",
      ...rows,
      "",
      `A family-month: ${b.month.requests} requests, ${units(b.month.readUnits)} read units, ${units(b.month.awsWriteUnits)} write units by AWS's rule`,
      `(${units(b.month.writeUnits)} reported); the month leaves ${b.stored.items} items, ${(b.stored.bytes / 1024).toFixed(0)} KiB with the audit trail.`,
      "",
      "| per family-month | as reported | by AWS's transaction rule |",
      "| --- | --: | --: |",
      `| DynamoDB requests | ${usd(b.cost.requestsCost)} | ${usd(b.costAwsRule.requestsCost)} |`,
      `| storage + PITR of the month's items | ${usd(b.cost.storageCost + b.cost.pitrCost)} | ${usd(b.costAwsRule.storageCost + b.costAwsRule.pitrCost)} |`,
      `| Lambda requests + duration + logs | ${usd(b.cost.lambdaRequests + b.cost.lambdaDuration + b.cost.logs)} | ${usd(b.costAwsRule.lambdaRequests + b.costAwsRule.lambdaDuration + b.costAwsRule.logs)} |`,
      `| **full stack** (goal ≤ $0.002: ${goal}) | ${usd(b.cost.fullStack)} | ${usd(b.costAwsRule.fullStack)} |`,
      "",
      "Storage grows by about that much each month a family keeps logging; it is priced here for one month's data.",
      "",
      `**The today view with ${b.bigTodayView.entries.toLocaleString("en")} entries in the baby** (three years at 25 a day): ${units(b.bigTodayView.readUnits)} read units`,
      `(the membership Get and one Query of the day and the evening before, ${b.bigTodayView.entriesReturned} entries), the same as with a month of entries:`,
      "it reads the day, not the history.",
      "",
      `**Live updates**: an open, visible page asks \`care.changes\` every 4 s (${b.pollPerPageHour.polls} an hour): ${units(b.pollPerPageHour.readUnits)} read units`,
      `and ${usd(b.pollPerPageHour.cost)} (DynamoDB + Lambda requests and duration) per open page-hour; it reads the day again only when`,
      "something changed. Not included in the family-month above, which counts the 20 openings a day.",
    ].join("\n"),
  );
}

/** The page with this section in place of the previous one (or appended). */
export const withCareSection = section.put;
/** A regenerated page keeps the section this script wrote into the one it replaces. */
export const keepCareSection = section.keep;
