import { type BreastSide, type Timer, type TimerKind, timer } from "@upnest/schemas";
import { conflict, notFound } from "../core/errors.ts";
import { keys, timerKey, timersPrefix } from "../core/keys.ts";
import { queryPages } from "../core/query-all.ts";
import { getItem, type Step, type Store, send, transact } from "../core/store.ts";
import { type Access, memberCondition, requireRole, verified } from "../guards/access.ts";
import { auditStep, changedFields } from "../guards/audit.ts";
import { idempotencyStep, once, previousResult } from "../guards/idempotency.ts";
import { versionIs } from "../guards/versions.ts";

const ALREADY_RUNNING: Record<TimerKind, string> = {
  feeding: "A feeding timer is already running",
  sleep: "A sleep timer is already running",
  tummyTime: "A tummy time timer is already running",
  pumping: "A pumping timer is already running",
};
const STALE = "This timer was changed by someone else. Reload to see it and try again.";

/** What a new timer says: its kind, zone, start, and the side a feeding or pumping session starts on. */
export type NewTimer = { kind: TimerKind; timeZone: string; startedAt: string; side?: BreastSide | undefined };
/** The record a stopped timer becomes: its id and steps from the type's repository (`creation`). */
export type TimerOutcome<T> = { id: string; record: T; steps: Step[] };

/**
 * The baby's running timers (feeding, sleep, tummy time, pumping), shared by every caregiver: one per kind
 * (its key is the kind), on the care log's timeline after every instant (keys.ts `timerKey`). Starting, switching
 * side, stopping and discarding are versioned and audited; stopping removes the timer and writes its record in
 * one transaction, so a timer is never both stopped and still running, nor stopped twice.
 */
export function timersRepository(store: Store, timeline: string) {
  const { tableName } = store;
  const keyOf = (babyId: string, kind: string) => timerKey(babyId, timeline, kind);
  const parse = (babyId: string) => (item: Record<string, unknown>) => timer.parse({ ...item, babyId });
  const stale = (old: Record<string, unknown> | undefined) => (old ? conflict(STALE) : notFound("Timer"));
  const audit = (
    access: Access,
    action: "create" | "update" | "delete",
    kind: string,
    before?: object,
    after?: object,
  ) =>
    auditStep(store, access, access.babyId, {
      action,
      recordType: "timer",
      recordId: kind,
      changes: changedFields(before as Record<string, unknown>, after as Record<string, unknown>),
    });

  async function get(access: Access, kind: TimerKind): Promise<Timer> {
    const { babyId } = verified(access);
    const item = await getItem(store, keyOf(babyId, kind));
    if (!item) throw notFound("Timer");
    return parse(babyId)(item);
  }

  return {
    get,

    /** The running timers, read with the baby's timeline or on their own (one Query of at most four items). */
    async list(access: Access): Promise<Timer[]> {
      const { babyId } = verified(access);
      const pages = queryPages(store.db, {
        TableName: tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :timers)",
        ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":timers": timersPrefix(timeline) },
        ConsistentRead: true,
      });
      return send(async () => {
        const out: Timer[] = [];
        for await (const items of pages) out.push(...items.map(parse(babyId)));
        return out;
      });
    },

    /** Starts a timer; one of the kind already running (started on another phone) is a CONFLICT. */
    async start(access: Access, input: NewTimer): Promise<Timer> {
      const { userId, babyId } = requireRole(access, "caregiver");
      const now = store.now().toISOString();
      const sided = input.kind === "feeding" || input.kind === "pumping";
      const item = {
        ...keyOf(babyId, input.kind),
        type: "timer",
        kind: input.kind,
        startedAt: input.startedAt,
        timeZone: input.timeZone,
        ...(sided && input.side
          ? { side: input.side, sideStartedAt: input.startedAt, leftSeconds: 0, rightSeconds: 0 }
          : {}),
        startedBy: userId,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await transact(store, [
        memberCondition(store, userId, babyId),
        {
          item: { Put: { TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(PK)" } },
          onConditionFailed: () => conflict(ALREADY_RUNNING[input.kind]),
        },
        audit(access, "create", input.kind, undefined, item),
      ]);
      return parse(babyId)(item);
    },

    /** A feeding or pumping timer moves to the other side: the seconds on the side it leaves are banked. */
    async switchSide(access: Access, kind: TimerKind, version: number, side: BreastSide): Promise<Timer> {
      const { userId, babyId } = requireRole(access, "caregiver");
      const old = await get(access, kind);
      if (old.version !== version) throw conflict(STALE);
      const now = store.now();
      const banked = { leftSeconds: old.leftSeconds ?? 0, rightSeconds: old.rightSeconds ?? 0 };
      if (old.side) banked[`${old.side}Seconds`] += secondsBetween(old.sideStartedAt ?? old.startedAt, now);
      const { babyId: _, ...stored } = old;
      const item = {
        ...keyOf(babyId, kind),
        type: "timer",
        ...stored,
        ...banked,
        side,
        sideStartedAt: now.toISOString(),
        updatedAt: now.toISOString(),
        version: version + 1,
      };
      await transact(store, [
        memberCondition(store, userId, babyId),
        { item: { Put: { TableName: tableName, Item: item, ...versionIs(version) } }, onConditionFailed: stale },
        audit(access, "update", kind, old, item),
      ]);
      return parse(babyId)(item);
    },

    /**
     * Stops a timer: it goes, and the record it became (`outcomeOf` the running timer) is written, in one
     * transaction. With a request key a retried stop returns the first record (`load`), even with the timer gone.
     */
    async stop<T>(
      access: Access,
      kind: TimerKind,
      version: number,
      outcomeOf: (running: Timer) => TimerOutcome<T>,
      load: (id: string) => Promise<T>,
      idempotencyKey?: string,
    ): Promise<T> {
      const { userId, babyId } = requireRole(access, "caregiver");
      const request = { babyId, stop: kind, version };
      if (idempotencyKey) {
        const earlier = await previousResult(store, userId, idempotencyKey, request);
        if (earlier) return load(earlier);
      }
      const outcome = outcomeOf(await get(access, kind));
      const steps: Step[] = [
        {
          item: { Delete: { TableName: tableName, Key: keyOf(babyId, kind), ...versionIs(version) } },
          onConditionFailed: stale,
        },
        ...outcome.steps,
      ];
      const member = memberCondition(store, userId, babyId);
      if (!idempotencyKey) {
        await transact(store, [member, ...steps]);
        return outcome.record;
      }
      return once(
        request,
        async () => {
          await transact(store, [
            member,
            idempotencyStep(store, userId, idempotencyKey, request, outcome.id),
            ...steps,
          ]);
          return outcome.record;
        },
        load,
      );
    },

    /** Discards a timer without recording anything (started by mistake, or left running). */
    async cancel(access: Access, kind: TimerKind, version: number): Promise<void> {
      const { userId, babyId } = requireRole(access, "caregiver");
      const old = await getItem(store, keyOf(babyId, kind));
      await transact(store, [
        memberCondition(store, userId, babyId),
        {
          item: { Delete: { TableName: tableName, Key: keyOf(babyId, kind), ...versionIs(version) } },
          onConditionFailed: stale,
        },
        audit(access, "delete", kind, old, undefined),
      ]);
    },
  };
}
export type TimersRepository = ReturnType<typeof timersRepository>;

/** Whole seconds from an instant to now (never negative: a phone's clock may be ahead). */
export const secondsBetween = (from: string, to: Date) =>
  Math.max(0, Math.round((to.getTime() - Date.parse(from)) / 1000));
