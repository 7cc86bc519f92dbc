import { babyRecordTypes } from "@upnest/schemas";
import { showDate } from "../../lib/dates.ts";

type Change = { before?: unknown; after?: unknown };
export type AuditEventLike = { action: string; recordType: string; changes: Record<string, Change> };

/** What the history calls each kind of record: the registry's types in their definitions' words, and the rest. */
const RECORD_NAMES: Record<string, string> = {
  baby: "the profile",
  ...Object.fromEntries(babyRecordTypes.map((d) => [d.recordType, d.historyName])),
  member: "a family member",
  invitation: "an invitation",
};

const FIELD_NAMES: Record<string, string> = {
  name: "Name",
  dateOfBirth: "Date of birth",
  sex: "Sex",
  gestationalAgeWeeks: "Weeks at birth",
  vaccinationSchedule: "Vaccination schedule",
  measuredOn: "Date measured",
  weightKg: "Weight (kg)",
  lengthCm: "Length (cm)",
  lengthMethod: "Measured",
  headCircumferenceCm: "Head (cm)",
  notes: "Notes",
  dateGiven: "Date given",
  cvx: "Vaccine (CVX)",
  lotNumber: "Lot number",
  clinic: "Clinic",
  reactions: "Reactions",
  givenAbroad: "Given abroad",
  milestoneId: "Milestone",
  title: "Milestone",
  achievedOn: "Date achieved",
  role: "Role",
};

const VERBS: Record<string, string> = { create: "added", update: "changed", delete: "removed" };

const show = (value: unknown): string => {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const showValue = (value: unknown) =>
  typeof value === "string" && ISO_DATE.test(value) ? showDate(value) : show(value);

function memberSummary(
  event: AuditEventLike & { actorId?: string; recordId?: string },
  nameOf: (userId: string) => string,
): string {
  const self = event.actorId !== undefined && event.actorId === event.recordId;
  const who = event.recordId ? nameOf(event.recordId) : "a family member";
  if (event.action === "create") return "joined";
  if (event.action === "delete") return self ? "left" : `removed ${who}`;
  return self ? "changed their own role" : `changed the role of ${who}`;
}

/**
 * One history event as a sentence ("added a dose") and its changed fields ("Clinic: — → Riverside"); record ids
 * say nothing to a family and are left out. `nameOf` names the person a membership change is about.
 */
export function describeEvent(
  event: AuditEventLike & { actorId?: string; recordId?: string },
  nameOf: (userId: string) => string = () => "a family member",
): { summary: string; changes: string[] } {
  const what = RECORD_NAMES[event.recordType] ?? event.recordType;
  const summary =
    event.recordType === "member" ? memberSummary(event, nameOf) : `${VERBS[event.action] ?? event.action} ${what}`;
  const fields = Object.entries(event.changes).filter(([field]) => field === "milestoneId" || !/Id$/.test(field));
  const changes = fields.map(([field, c]) => {
    const label = FIELD_NAMES[field] ?? field;
    if (event.action === "create") return `${label}: ${showValue(c.after)}`;
    if (event.action === "delete") return `${label}: ${showValue(c.before)}`;
    return `${label}: ${showValue(c.before)} → ${showValue(c.after)}`;
  });
  return { summary, changes };
}
