import type { Access, Repositories } from "@upnest/db";
import { type BabyRecordDefinition, babyRecordTypes, feedings } from "@upnest/schemas";
import type { z } from "zod";
import { appRouter } from "../routers/_app.ts";

/**
 * The procedures the record registry gives the router (`<kind>.list/get/add/update/delete`, as far as a type's
 * router has them), each with a valid input built from its definition's `example`: the isolation sweep, the
 * every-procedure table and the fuzzing cover a type added to the registry with no edit of theirs.
 */
const OPS = ["list", "get", "add", "update", "delete"] as const;
type Op = (typeof OPS)[number];

/** The baby and, per kind, the id of one of its records that the calls name. */
export type RecordIds = { babyId: string; records: Record<string, string> };
export type RegistryProcedure = {
  definition: BabyRecordDefinition;
  op: Op;
  /** Changes data (a caregiver's or owner's role). */
  write: boolean;
  input: (ids: RecordIds) => Record<string, unknown>;
};

const shapeOf = (schema: z.ZodType) => (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};

/** The example's values that an input takes (an update of a milestone takes its date and notes, not its id). */
const taken = (schema: z.ZodType, values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([k]) => k in shapeOf(schema)));

/** A list's bounds, when the type's list takes them: dates, or instants for a type dated by an instant. */
function bounds(definition: BabyRecordDefinition) {
  if (!("from" in shapeOf(definition.inputs.list))) return {};
  return definition.dated.by === "instant"
    ? { from: "2026-01-01T00:00:00.000Z", to: "2026-12-31T23:59:59.999Z" }
    : { from: "2026-01-01", to: "2026-12-31" };
}

function inputOf(definition: BabyRecordDefinition, op: Op): (ids: RecordIds) => Record<string, unknown> {
  const example = definition.example as Record<string, unknown>;
  const ref = (ids: RecordIds) => ({ babyId: ids.babyId, [definition.idField]: ids.records[definition.kind] });
  switch (op) {
    case "list":
      return (ids) => ({ babyId: ids.babyId, limit: 10, ...bounds(definition) });
    case "get":
      return ref;
    case "add":
      return (ids) => ({ babyId: ids.babyId, ...taken(definition.inputs.add, example) });
    case "update":
      return (ids) => ({ ...ref(ids), version: 1, ...taken(definition.inputs.update, example) });
    case "delete":
      return (ids) => ({ ...ref(ids), version: 1 });
  }
}

const procedures = appRouter._def.procedures as Record<string, unknown>;

/** Every registry procedure of the app's router, by path. */
export const REGISTRY_PROCEDURES: Record<string, RegistryProcedure> = Object.fromEntries(
  babyRecordTypes.flatMap((definition) =>
    OPS.filter((op) => `${definition.kind}.${op}` in procedures).map((op) => [
      `${definition.kind}.${op}`,
      { definition, op, write: op === "add" || op === "update" || op === "delete", input: inputOf(definition, op) },
    ]),
  ),
);

/** A procedure no definition gives, listed once here for the isolation sweep, the every-procedure table and the fuzzing. */
export type HandProcedure = {
  /** Needs a caregiver's or an owner's role (a viewer is refused). */
  write: boolean;
  /** A valid input naming the baby (and records) of `ids`. */
  input: (ids: RecordIds) => Record<string, unknown>;
};

/** Procedures outside the registry, by path (others are still listed in each of the three tests). */
export const HAND_PROCEDURES: Record<string, HandProcedure> = {
  // Baby Buddy's records (issue #22): one feeding, by its import key.
  "imports.babyBuddyRecords": {
    write: true,
    input: (ids) => ({
      babyId: ids.babyId,
      records: [{ kind: "feedings", importKey: "bb-feeding-0123456789abcdef", values: feedings.example }],
    }),
  },
  // The FHIR R4 export: any member may read it.
  "fhir.bundle": { write: false, input: (ids) => ({ babyId: ids.babyId }) },
  // Vaccination records from a health card or a clinic's FHIR file (routers/vaccination-imports.ts).
  "vaccinations.readRecords": {
    write: true,
    input: (ids) => ({
      babyId: ids.babyId,
      source: {
        kind: "fhir",
        bundle: {
          resourceType: "Bundle",
          type: "collection",
          entry: [
            {
              resource: {
                resourceType: "Immunization",
                status: "completed",
                vaccineCode: { coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: "20" }] },
                occurrenceDateTime: "2026-03-10",
              },
            },
          ],
        },
      },
    }),
  },
  "vaccinations.addDoses": {
    write: true,
    input: (ids) => ({
      babyId: ids.babyId,
      doses: [
        { cvx: "20", dateGiven: "2026-03-10", lotNumber: "L1", clinic: "Clinic" },
        { cvx: "10", dateGiven: "2026-03-10" },
      ],
    }),
  },
};

/** One record of every registry type in the baby (its example), and the ids the calls name. */
export async function seedEveryType(repos: Repositories, access: Access): Promise<RecordIds> {
  const records: Record<string, string> = {};
  for (const definition of babyRecordTypes) {
    const record = await repos.records(definition).add(access, definition.example as never);
    records[definition.kind] = String((record as Record<string, unknown>)[definition.idField]);
  }
  return { babyId: access.babyId, records };
}

/** Calls the procedure at `path` ("feedings.add") of a caller. */
export const procedureOf = (caller: unknown, path: string) =>
  path.split(".").reduce((o, k) => (o as Record<string, unknown>)[k], caller) as (input: unknown) => Promise<unknown>;
