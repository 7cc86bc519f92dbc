import { createHash } from "node:crypto";
import { type Access, allPages, DomainError, type RateLimit, type Repositories } from "@upnest/db";
import { type BabyRecordDefinition, type BabyRecordRegistry, type ExportDocument, valuesOf } from "@upnest/schemas";
import { checkCsvRow, type RowResult, recordsInDocument, tallyRows } from "@upnest/transfer";
import { checkBabyHealth } from "../routers/baby-health-checks.ts";
import { chargeImport } from "./import-budget.ts";

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
  await chargeImport(repos, userId, recordsInDocument(document, registry), budget);
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

/**
 * Imports rows of one type's CSV (the file `account.csv` makes). Every row is read and checked first, by
 * `@upnest/transfer`'s `checkCsvRow` (the web app's preview runs the same), and with `dryRun` nothing is
 * written; a row equal to a record already there is a duplicate, so running the same file twice adds nothing. The rows to be created count against the import budget before the first is written.
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
    const checked = checkCsvRow(definition, access.baby, raw);
    if (!checked.ok) {
      results.push({ row: i + 1, status: "invalid", errors: checked.errors });
    } else if (existing.has(same(checked.values))) {
      results.push({ row: i + 1, status: "duplicate" });
    } else {
      existing.add(same(checked.values));
      valid.push({ row: i + 1, values: checked.values });
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
  return { results, ...tallyRows(results) };
}
