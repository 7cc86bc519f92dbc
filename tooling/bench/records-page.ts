import { pageSection } from "./page-section.ts";
/** The "Finding a record by id" section of docs/benchmarks.md, from `pnpm bench:records`' results. */
export type RecordsBench = {
  date: string;
  perDay: number;
  sizes: {
    records: number;
    days: number;
    membershipReadUnits: number;
    edit: { before: number; after: number; afterCalls: string[] };
    movedEdit: { after: number };
    movedRead: { after: number };
    dayView: { before: number; after: number; records: number };
  }[];
};

const section = pageSection("records-bench");

export function recordsSection(bench: RecordsBench): string {
  const rows = bench.sizes.map(
    (s) =>
      `| ${s.records.toLocaleString("en")} | ${s.edit.before} | ${s.edit.after} | ${s.movedEdit.after} | ${s.movedRead.after} | ${s.dayView.before} | ${s.dayView.after} |`,
  );
  const [small, large] = [bench.sizes[0], bench.sizes.at(-1)];
  const ratio = small && large ? (large.edit.before / small.edit.before).toFixed(0) : "?";
  return section.within(
    [
      "## Finding a record by id (decision 0007)",
      "",
      `Measured by \`pnpm bench:records\` on DynamoDB Local (${bench.date}): one baby with that many measurements,`,
      `${bench.perDay} a day (a care log's day). Read units as DynamoDB Local reports them (ConsumedCapacity), each`,
      "including the membership Get. _Before_ is decision 0004's lookup (a consistent Query over all of the",
      "baby's records of the type, filtered on the id), run as a baseline in the same run; _after_ is the",
      "repository: the id names the record's key, so an edit reads the record with one Get.",
      "",
      "| records in the baby | edit, before | edit, after | edit of a moved record, after | read of a moved record, after | day view, before | day view, after |",
      "| --: | --: | --: | --: | --: | --: | --: |",
      ...rows,
      "",
      `Per edit the old lookup grew ${ratio}-fold from the smallest to the largest baby; the new one reads the same`,
      "units at every size. A record whose date was edited is read through its locator (three Gets). The day view",
      "(one key-range Query over the day) was already bounded by the day's records and is unchanged.",
    ].join("\n"),
  );
}

/** The page with this section in place of the previous one (or appended). */
export const withRecordsSection = section.put;
/** A regenerated page keeps the section this script wrote into the one it replaces. */
export const keepRecordsSection = section.keep;
