import { type BabyRecordDefinition, healthRecordTypes, valuesOf } from "@upnest/schemas";
import type { RecordOfKind } from "../../lib/record-queries.ts";

// The health log's kinds as the app holds them: a kind's registry definition, its id field and its records.

export type HealthKind = (typeof healthRecordTypes)[number]["kind"];
export const HEALTH_KINDS = healthRecordTypes.map((d) => d.kind) as readonly HealthKind[];
export type HealthRecord<K extends HealthKind = HealthKind> = RecordOfKind<K>;
/** A record with its kind, so one form and one delete serve them all. */
export type HealthEntry = { [K in HealthKind]: { kind: K; record: HealthRecord<K> } }[HealthKind];

/** A kind's registry definition. */
export const definitionOf = (kind: HealthKind) =>
  healthRecordTypes.find((d) => d.kind === kind) as BabyRecordDefinition;

/** The id field of a kind (`courseId`). */
export const idFieldOf = (kind: HealthKind) => definitionOf(kind).idField;

/** A record's id, whatever its kind. */
export const idOf = (entry: HealthEntry) => String((entry.record as Record<string, unknown>)[idFieldOf(entry.kind)]);

/** A record's values only (what add and update carry). */
export const valuesOfEntry = (entry: HealthEntry) =>
  valuesOf(definitionOf(entry.kind), entry.record as Record<string, unknown>) as Record<string, unknown>;
