import { createHash } from "node:crypto";
import { type Access, allPages, DomainError, type RateLimit, type Repositories } from "@upnest/db";
import { type BabyRecordDefinition, type BabyRecordRegistry, type ExportDocument, valuesOf } from "@upnest/schemas";
import { z } from "zod";
import { checkBabyHealth } from "../routers/baby-health-checks.ts";
import { storedCell } from "./csv-cells.ts";
import { importHeaders } from "./csv-columns.ts";
import { chargeImport, recordsIn } from "./import-budget.ts";

/** A per-request idempotency key derived from stable content, so importing the same thing twice writes it once. */
const keyFor = (...parts: unknown[]) =>
  `imp-${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 40)}`;

/**
 * Imports an export document into the acting user's account: each baby is created (with the importer as
 * owner) with its records of every type in the registry. Retrying the same import (same key) creates
 * nothing twice; a record with a natural id already recorded (a checklist milestone) is skipped.
 * Each record counts against the import budget, all of them before the first is written. A baby exported
 * before babies had a time zone gets `timeZone` (the importer's own, as a baby they create would).
 */
export async function importDocument(
  repos: Repositories,
  registry: BabyRecordRegistry,
  userId: string,
  document: ExportDocument,
  importKey: string,
  budget: RateLimit,
  timeZone: string,
) {
  // Every baby's conditions are checked before anything is charged or written.
  for (const { baby } of document.babies) checkBabyHealth(baby, baby.dateOfBirth);
  await chargeImport(repos, userId, recordsIn(document, registry), budget);
  let records = 0;
  const babyIds: string[] = [];
  for (const [index, entry] of document.babies.entries()) {
    const baby = await repos.babies.create(userId, {
      ...entry.baby,
      timeZone: entry.baby.timeZone ?? timeZone,
      idempotencyKey: keyFor(importKey, "baby", index),
    });
    const { babyId } = baby;
    babyIds.push(babyId);
    const access = await repos.babies.access(userId, babyId);
    for (const definition of registry) {
      const repository = repos.records(definition);
      const recorded = definition.naturalId
        ? new Set((await repository.all(access)).map((r) => definition.naturalId?.(r as never)))
        : new Set<string>();
      const entries = ((entry as Record<string, unknown>)[definition.kind] ?? []) as Record<string, unknown>[];
      for (const [i, values] of entries.entries()) {
        const natural = definition.naturalId?.(values as never);
        if (natural !== undefined && recorded.has(natural)) continue;
        await repository.add(access, values as never, keyFor(importKey, babyId, definition.kind, i));
        records++;
      }
    }
  }
  return { babyIds, records };
}

export type RowResult = { row: number; status: "created" | "duplicate" | "invalid"; errors?: Record<string, string[]> };

/**
 * Numbers and yes/no arrive from CSV as text; an empty cell means "not recorded". Headers are the field names
 * (the machine form) or a column's header in either language (the readable form), whose words are read back.
 */
const fromCsv = (definition: BabyRecordDefinition, row: Record<string, unknown>) => {
  const headers = importHeaders(definition);
  const cells = Object.entries(row)
    .filter(([, v]) => v !== "" && v !== null && v !== undefined)
    .map(([header, v]) => {
      const { field, readable } = headers.get(header) ??
        headers.get(header.trim().toLowerCase()) ?? { field: header, readable: false };
      return { field, readable, value: v };
    });
  // The row's own fields first (its time zone: a local time is read on its clock).
  const named = Object.fromEntries(cells.map((c) => [c.field, c.value]));
  return Object.fromEntries(
    cells.map(({ field, readable, value }) => [
      field,
      typeof value === "string" && value.trim() !== "" ? storedCell(definition, field, value, named, readable) : value,
    ]),
  );
};

/**
 * Imports rows of one type's CSV (the file `account.csv` makes). Every row is validated first (and with
 * `dryRun` nothing is written); a row equal to a record already there is a duplicate, so running the same
 * file twice adds nothing. The rows to be created count against the import budget before the first is written.
 */
export async function importCsvRows(
  repos: Repositories,
  definition: BabyRecordDefinition,
  access: Access,
  input: { rows: Record<string, unknown>[]; dryRun: boolean },
  budget: RateLimit,
) {
  const { rows, dryRun } = input;
  const repository = repos.records(definition);
  const same = (values: Record<string, unknown>) => JSON.stringify(valuesOf(definition, values));
  const existing = new Set(
    (await allPages((cursor) => repository.list(access, { limit: 100, cursor }))).map((r) => same(r)),
  );
  const results: RowResult[] = [];
  const valid: { row: number; values: Record<string, unknown> }[] = [];
  for (const [i, raw] of rows.entries()) {
    const parsed = definition.values.safeParse(fromCsv(definition, raw));
    const problem = parsed.success ? definition.check?.(access.baby, parsed.data) : undefined;
    if (!parsed.success) {
      results.push({
        row: i + 1,
        status: "invalid",
        errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      });
    } else if (problem) {
      results.push({ row: i + 1, status: "invalid", errors: { [problem.field]: [problem.message] } });
    } else if (existing.has(same(parsed.data))) {
      results.push({ row: i + 1, status: "duplicate" });
    } else {
      existing.add(same(parsed.data));
      valid.push({ row: i + 1, values: parsed.data });
      results.push({ row: i + 1, status: "created" });
    }
  }
  if (!dryRun) {
    await chargeImport(repos, access.userId, valid.length, budget);
    for (const { values, row } of valid) {
      try {
        await repository.add(access, values as never);
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== "invalid") throw error;
        const result = results.find((r) => r.row === row);
        if (result) Object.assign(result, { status: "invalid", errors: error.fieldErrors });
      }
    }
  }
  return {
    results,
    created: results.filter((r) => r.status === "created").length,
    duplicates: results.filter((r) => r.status === "duplicate").length,
    invalid: results.filter((r) => r.status === "invalid").length,
  };
}
