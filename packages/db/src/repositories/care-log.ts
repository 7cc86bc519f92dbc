import { type BabyRecordDefinition, type Timer, timer } from "@upnest/schemas";
import { keys, prefixes, timelineEnd } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { type Store, send } from "../core/store.ts";
import { type Access, verified } from "../guards/access.ts";
import { type Page, queryPage } from "../guards/pagination.ts";

/** One entry of the care log: the record and the kind (registry type) it is. */
export type TimelineEntry = { kind: string; record: unknown };

/**
 * The care log read as one: every record type on a shared timeline (`timeline` in its definition, all with the
 * same prefix) by instant, newest first. A window up to now is one Query and brings the running timers, which
 * sort after every instant (keys.ts `timerKey`); a range of past days is paged with a sealed cursor.
 */
export function careLogRepository(store: Store, definitions: readonly BabyRecordDefinition[]) {
  const onTimeline = definitions.filter((d) => d.timeline);
  const timeline = onTimeline[0]?.prefix ?? "CARE";
  const byType = new Map(onTimeline.map((d) => [d.recordType, d]));
  const bound = (instant: string) => `${prefixes.records(timeline)}${instant}`;

  const entryOf = (babyId: string, item: Record<string, unknown>): TimelineEntry | undefined => {
    const definition = byType.get(String(item.type));
    return definition && { kind: definition.kind, record: definition.record.parse({ ...item, babyId }) };
  };

  return {
    timeline,

    /**
     * Entries that start at `from` or later, newest first, and the running timers: one Query (more pages only
     * past DynamoDB's 1 MB, some thousands of entries).
     */
    async since(access: Access, from: string): Promise<{ entries: TimelineEntry[]; timers: Timer[] }> {
      const { babyId } = verified(access);
      const pages = queryPages(store.db, {
        TableName: store.tableName,
        KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :end",
        ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":from": bound(from), ":end": timelineEnd(timeline) },
        ScanIndexForward: false,
        ConsistentRead: true,
      });
      return send(async () => {
        const entries: TimelineEntry[] = [];
        const timers: Timer[] = [];
        for await (const items of pages)
          for (const item of items) {
            if (item.type === "timer") timers.push(timer.parse({ ...item, babyId }));
            else {
              const entry = entryOf(babyId, item);
              if (entry) entries.push(entry);
            }
          }
        return { entries, timers };
      });
    },

    /** Entries that start in `[from, to)`, newest first, a page at a time. */
    async range(
      access: Access,
      q: { from: string; to: string; limit: number; cursor?: string | undefined },
    ): Promise<Page<TimelineEntry>> {
      const { userId, babyId } = verified(access);
      const page = await queryPage(
        store,
        userId,
        `care|${babyId}|${q.from}|${q.to}`,
        {
          // `to` is exclusive: the last key before it is any key of an earlier instant.
          KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
          ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":from": bound(q.from), ":to": bound(q.to) },
          ScanIndexForward: false,
          ConsistentRead: true,
        },
        { limit: q.limit, cursor: q.cursor },
        (item) => entryOf(babyId, item),
      );
      return { ...page, items: page.items.filter((e): e is TimelineEntry => e !== undefined) };
    },
  };
}
export type CareLogRepository = ReturnType<typeof careLogRepository>;
