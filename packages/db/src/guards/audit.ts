import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import { auditKey, auditKeyParts, keys, prefixes } from "../core/keys.ts";
import { type Step, type Store, send } from "../core/store.ts";
import { type Access, requireRole, verified } from "./access.ts";
import { type Page, queryPage } from "./pagination.ts";

export type AuditAction = "create" | "update" | "delete";
export type FieldChange = { before?: unknown; after?: unknown };

export type AuditEvent = {
  eventId: string;
  babyId: string;
  at: string;
  actorId: string;
  /** The author's display name when they made the change (absent on events from before names were kept). */
  actorName?: string;
  /** A change an API key made (acting as `actorId`, who made the key): the key's name then. */
  actorKeyName?: string;
  /** A member change: the display name of the member it is about, as it was then. */
  subjectName?: string;
  action: AuditAction;
  /** baby, measurement, vaccination, milestone, member, invitation */
  recordType: string;
  recordId: string;
  changes: Record<string, FieldChange>;
};

/** Fields that change on every write and say nothing to a family. */
const BOOKKEEPING = new Set(["PK", "SK", "RID", "type", "version", "updatedAt", "createdAt", "createdBy", "babyId"]);

/** The fields that differ between two versions of a record, with their before and after values. */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined) {
  const changes: Record<string, FieldChange> = {};
  for (const field of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    if (BOOKKEEPING.has(field)) continue;
    const a = before?.[field];
    const b = after?.[field];
    if (JSON.stringify(a) !== JSON.stringify(b))
      changes[field] = { ...(a === undefined ? {} : { before: a }), ...(b === undefined ? {} : { after: b }) };
  }
  return changes;
}

/** Who makes a change: an `Access` is one (its name comes with the membership check), so is a new member. */
export type Actor = {
  readonly userId: string;
  readonly displayName?: string | undefined;
  readonly apiKey?: { readonly keyId: string; readonly name: string } | undefined;
};

/**
 * The audit event of a change, written in the same transaction as the change
 * itself: if the change happens, so does its record, and never one without the other.
 * It keeps the author's display name, so the history names them even after they leave.
 */
export function auditStep(
  store: Store,
  actor: Actor,
  babyId: string,
  event: Omit<AuditEvent, "eventId" | "babyId" | "at" | "actorId" | "actorName" | "actorKeyName">,
): Step {
  const at = store.now().toISOString();
  const eventId = ulid();
  const actorName = {
    ...(actor.displayName ? { actorName: actor.displayName } : {}),
    ...(actor.apiKey ? { actorKeyId: actor.apiKey.keyId, actorKeyName: actor.apiKey.name } : {}),
  };
  return {
    item: {
      Put: {
        TableName: store.tableName,
        // The event's id, time and baby are in its key; `listAudit` reads them from there.
        Item: { ...auditKey(babyId, at, eventId), type: "audit", actorId: actor.userId, ...actorName, ...event },
      },
    },
  };
}

/** Access pattern: a baby's audit trail, newest first; owners only. */
export async function listAudit(
  store: Store,
  access: Access,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<AuditEvent>> {
  const { userId, babyId } = requireRole(access, "owner", "Only the baby's owners can read the history of changes");
  return queryPage(
    store,
    userId,
    `audit|${babyId}`,
    {
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :audit)",
      ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":audit": prefixes.audit },
      ScanIndexForward: false,
      ConsistentRead: true,
    },
    page,
    (item) => {
      const { at, eventId } = auditKeyParts(String(item.SK));
      const { actorId, actorName, actorKeyName, subjectName, action, recordType, recordId, changes } =
        item as AuditEvent;
      const names = {
        ...(actorName ? { actorName } : {}),
        ...(actorKeyName ? { actorKeyName } : {}),
        ...(subjectName ? { subjectName } : {}),
      };
      return { eventId, babyId, at, actorId, ...names, action, recordType, recordId, changes };
    },
  );
}

/**
 * The newest change to anything of a baby, as an opaque marker (its audit event's key): a page that polls it
 * learns, for one small read, whether to read again. Every write of a baby's data writes an audit event.
 */
export async function latestChange(store: Store, access: Access): Promise<string | null> {
  const { babyId } = verified(access);
  const out = await send(() =>
    store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :audit)",
        ExpressionAttributeValues: { ":pk": keys.baby(babyId), ":audit": prefixes.audit },
        ProjectionExpression: "SK",
        ScanIndexForward: false,
        Limit: 1,
      }),
    ),
  );
  return out.Items?.[0] ? String(out.Items[0].SK) : null;
}
