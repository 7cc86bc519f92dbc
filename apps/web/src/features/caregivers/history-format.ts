import { formatDateTime, formatNumber, resources, valueWord } from "@upnest/i18n";
import { conditionName } from "@upnest/immunizations/words";
import { babyFields, babyRecordTypes, timerKind } from "@upnest/schemas";
import { currentLanguage, t } from "../../i18n/i18n.ts";
import { showDate } from "../../lib/dates.ts";
import { formatLength, formatWeight } from "../../lib/units.ts";

type Change = { before?: unknown; after?: unknown };
export type AuditEventLike = { action: string; recordType: string; changes: Record<string, Change> };

/** Words for values that are stored as codes: a vaccine's name for its CVX code, a milestone's text for its id. */
export type ValueNames = {
  vaccine?: (cvx: string) => string | undefined;
  milestone?: (id: string) => string | undefined;
};

/** The record kinds the history names: the baby's profile, every registry type, people and invitations. */
export const HISTORY_RECORDS = [
  "baby",
  ...babyRecordTypes.map((d) => d.recordType),
  "member",
  "invitation",
  "timer",
  "apiKey",
];
/** A timer's own bookkeeping (its kind is in the sentence): not shown as changes. */
const TIMER_BOOKKEEPING = new Set(["kind", "startedBy", "sideStartedAt"]);
/** The changed fields the history names: the profile's, every registry type's values, and a member's role. */
export const HISTORY_FIELDS = [
  ...new Set([
    ...Object.keys(babyFields.shape),
    ...babyRecordTypes.flatMap((d) => Object.keys(d.values.shape)),
    "milestoneId",
    "title",
    "role",
    "scope",
  ]),
];
type RecordWord = keyof typeof import("@upnest/i18n").resources.en.family.history.record;
type FieldWord = keyof typeof import("@upnest/i18n").resources.en.family.history.field;
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => list.includes(value as T);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** A care entry's own values: a moment on its zone's clock, seconds as minutes, millilitres, codes in words. */
function showCareValue(field: string, value: unknown, zone: string | undefined): string | undefined {
  const language = currentLanguage();
  if (typeof value === "string" && ISO_INSTANT.test(value)) return formatDateTime(value, language, zone);
  if (typeof value === "number" && field.endsWith("Seconds"))
    return t("family:history.minutes", { minutes: formatNumber(value / 60, language, 1) });
  if (typeof value === "number" && field === "amountMl") return `${formatNumber(value, language, 1)} ml`;
  if (typeof value === "number" && field === "celsius") return `${formatNumber(value, language, 1)} °C`;
  if (Array.isArray(value)) return value.map((item) => valueWord(field, String(item), language) ?? item).join(", ");
  return typeof value === "string" ? valueWord(field, value, language) : undefined;
}

/** A changed value as a person reads it: dates written out, weights and lengths rounded with units, codes named. */
/** The baby's conditions by their plain names, and the mother's RSV vaccine in words (the vaccines page's). */
function showHealthValue(field: string, value: unknown): string | undefined {
  const language = currentLanguage();
  if (field === "conditions" && Array.isArray(value))
    return value
      .map((c: { code?: unknown }) => conditionName(String(c?.code), language) ?? t("history.details"))
      .join("; ");
  const status = (value as { status?: unknown } | null)?.status;
  if (
    field === "maternalRsvVaccine" &&
    typeof status === "string" &&
    isOneOf(["given", "not-given", "unknown"], status)
  ) {
    const date = (value as { date?: unknown }).date;
    return `${t(`vaccines:health.rsv.${status}`)}${typeof date === "string" && ISO_DATE.test(date) ? ` · ${showDate(date)}` : ""}`;
  }
  return undefined;
}

function showValue(field: string, value: unknown, names: ValueNames, zone?: string): string {
  if (value === undefined || value === null || value === "") return t("none");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  const health = showHealthValue(field, value);
  if (health !== undefined) return health;
  const care = showCareValue(field, value, zone);
  if (care !== undefined) return care;
  if (typeof value === "number" && field === "weightKg") return formatWeight(value, "metric");
  if (typeof value === "number" && (field === "lengthCm" || field === "headCircumferenceCm"))
    return formatLength(value, "metric");
  if (typeof value === "string" && ISO_DATE.test(value)) return showDate(value);
  if (typeof value === "string" && field === "cvx") return names.vaccine?.(value) ?? t("history.unknownVaccine");
  if (typeof value === "string" && field === "milestoneId")
    return names.milestone?.(value) ?? t("history.unknownMilestone");
  if (typeof value === "string" && field === "sex" && (value === "female" || value === "male"))
    return t(`babies:sex.${value}`);
  if (typeof value === "string" && field === "lengthMethod" && (value === "lying" || value === "standing"))
    return t(`growth:measures.${value}`);
  if (typeof value === "string" && field === "role" && isOneOf(["owner", "caregiver", "viewer"], value))
    return t(`family:roleWord.${value}`);
  if (typeof value === "string" && field === "scope" && isOneOf(["read", "read-write"], value))
    return t(`integrations:scope.${value}`);
  if (typeof value === "number") return String(Math.round(value * 10) / 10);
  return typeof value === "object" ? t("history.details") : String(value);
}

const KIND_FIELDS: Record<string, Record<string, string> | undefined> = resources.en.family.history.kindField;

/** What the history calls a field: its own word in a record type where the name means something else. */
function fieldLabel(recordType: string, field: string): string {
  if (KIND_FIELDS[recordType]?.[field]) return t(`family:history.kindField.${recordType}.${field}` as never);
  return t(`family:history.field.${(HISTORY_FIELDS.includes(field) ? field : "other") as FieldWord}`);
}

function memberSummary(
  event: AuditEventLike & { actorId?: string; recordId?: string },
  nameOf: (userId: string) => string,
  verbs: "history" | "history.byMe",
): string {
  const self = event.actorId !== undefined && event.actorId === event.recordId;
  const who = event.recordId ? nameOf(event.recordId) : t("family:history.aMember");
  if (event.action === "create") return t(`family:${verbs}.joined`);
  if (event.action === "delete") return self ? t(`family:${verbs}.left`) : t(`family:${verbs}.removedMember`, { who });
  return self ? t(`family:${verbs}.changedOwnRole`) : t(`family:${verbs}.changedRoleOf`, { who });
}

/**
 * One history event as a sentence ("added a dose") and its changed fields ("Clinic: — → Riverside"); record ids,
 * codes and raw numbers say nothing to a family and are left out or written in words. `nameOf` names the person a
 * membership change is about. `byMe`: the person reading made the change, so the sentence follows "You" (in Spanish
 * the verb agrees with it: "Tú añadiste", not "Tú añadió").
 */
export function describeEvent(
  event: AuditEventLike & { actorId?: string; recordId?: string },
  nameOf: (userId: string) => string = () => t("family:history.aMember"),
  names: ValueNames = {},
  byMe = false,
): { summary: string; changes: string[] } {
  const verbs = byMe ? "history.byMe" : "history";
  // A timer's event is about its kind ("started a feeding timer"; stopping it also adds the feeding, its own event).
  const timer = event.recordType === "timer" && isOneOf(timerKind.options, event.recordId ?? "");
  const what = timer
    ? t(`family:history.timer.${event.recordId as (typeof timerKind.options)[number]}`)
    : t(
        `family:history.record.${(HISTORY_RECORDS.includes(event.recordType) ? event.recordType : "other") as RecordWord}`,
      );
  const verb =
    event.action === "create"
      ? timer
        ? "started"
        : "added"
      : event.action === "delete"
        ? timer
          ? "stopped"
          : "removed"
        : "changed";
  const summary =
    event.recordType === "member" ? memberSummary(event, nameOf, verbs) : t(`family:${verbs}.${verb}`, { what });
  const fields = Object.entries(event.changes).filter(
    ([field]) =>
      (field === "milestoneId" || !/Id$/.test(field)) &&
      !(event.recordType === "timer" && TIMER_BOOKKEEPING.has(field)),
  );
  // A care entry's moments are read on the clock it was logged in (when the change names it).
  const zoneChange = event.changes.timeZone;
  const zoneOf = (value: unknown) => (typeof value === "string" && value ? value : undefined);
  const before = zoneOf(zoneChange?.before) ?? zoneOf(zoneChange?.after);
  const after = zoneOf(zoneChange?.after) ?? before;
  const changes = fields.map(([field, c]) => {
    const label = fieldLabel(event.recordType, field);
    if (event.action === "create")
      return t("family:history.created", { field: label, value: showValue(field, c.after, names, after) });
    if (event.action === "delete")
      return t("family:history.created", { field: label, value: showValue(field, c.before, names, before) });
    return t("family:history.updated", {
      field: label,
      before: showValue(field, c.before, names, before),
      after: showValue(field, c.after, names, after),
    });
  });
  return { summary, changes };
}
