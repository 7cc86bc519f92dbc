import { createHash } from "node:crypto";
import { allPages, DomainError, type RateLimit, type Repositories } from "@upnest/db";
import { type ExportDocument, type Measurement, measurementFields } from "@upnest/schemas";
import { z } from "zod";
import { measurementValues } from "./export.ts";
import { chargeImport, recordsIn } from "./import-budget.ts";

/** A per-request idempotency key derived from stable content, so importing the same thing twice writes it once. */
const keyFor = (...parts: unknown[]) =>
  `imp-${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 40)}`;

/**
 * Imports an export document into the acting user's account: each baby is
 * created (with the importer as owner) with its measurements, doses and
 * milestones. Retrying the same import (same key) creates nothing twice.
 * Each record counts against the import budget, all of them before the first is written.
 */
export async function importDocument(
  repos: Repositories,
  userId: string,
  document: ExportDocument,
  importKey: string,
  budget: RateLimit,
) {
  await chargeImport(repos, userId, recordsIn(document), budget);
  let records = 0;
  const babyIds: string[] = [];
  for (const [index, entry] of document.babies.entries()) {
    const baby = await repos.babies.create(userId, { ...entry.baby, idempotencyKey: keyFor(importKey, "baby", index) });
    const { babyId } = baby;
    babyIds.push(babyId);
    for (const [i, m] of entry.measurements.entries()) {
      await repos.measurements.add(userId, { babyId, ...m, idempotencyKey: keyFor(importKey, babyId, "m", i) });
      records++;
    }
    for (const [i, v] of entry.vaccinations.entries()) {
      await repos.vaccinations.add(userId, { babyId, ...v, idempotencyKey: keyFor(importKey, babyId, "v", i) });
      records++;
    }
    const marked = new Set(
      (await repos.milestones.all(userId, babyId)).map((m) => m.milestoneId ?? `title:${m.title}|${m.achievedOn}`),
    );
    for (const m of entry.milestones) {
      if (marked.has(m.milestoneId ?? `title:${m.title}|${m.achievedOn}`)) continue;
      if (m.milestoneId)
        await repos.milestones.mark(userId, {
          babyId,
          milestoneId: m.milestoneId,
          achievedOn: m.achievedOn,
          notes: m.notes,
        });
      else
        await repos.milestones.addCustom(userId, {
          babyId,
          title: m.title ?? "",
          achievedOn: m.achievedOn,
          notes: m.notes,
        });
      records++;
    }
  }
  return { babyIds, records };
}

export type RowResult = { row: number; status: "created" | "duplicate" | "invalid"; errors?: Record<string, string[]> };

const rowFields = measurementFields;
/** Numbers arrive from CSV as text; an empty cell means "not measured". */
const fromCsv = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([, v]) => v !== "" && v !== null && v !== undefined)
      .map(([k, v]) => [
        k,
        ["weightKg", "lengthCm", "headCircumferenceCm"].includes(k) && typeof v === "string" && v.trim() !== ""
          ? Number(v)
          : v,
      ]),
  );
const sameValues = (m: Pick<Measurement, "measuredOn">) => JSON.stringify(measurementValues(m as Measurement));

/**
 * Imports measurement rows from a CSV. Every row is validated first (and with
 * `dryRun` nothing is written); a row equal to a measurement already recorded
 * is a duplicate, so running the same file twice adds nothing. The rows to be created count against the
 * import budget before the first is written.
 */
export async function importMeasurementRows(
  repos: Repositories,
  userId: string,
  input: { babyId: string; rows: Record<string, unknown>[]; dryRun: boolean },
  budget: RateLimit,
) {
  const { babyId, rows, dryRun } = input;
  const access = await repos.babies.access(userId, babyId);
  const { baby } = access;
  const existing = new Set(
    (await allPages((cursor) => repos.measurements.list(userId, { babyId, limit: 100, cursor }, access))).map(
      sameValues,
    ),
  );
  const results: RowResult[] = [];
  const valid: { row: number; values: z.infer<typeof rowFields> }[] = [];
  for (const [i, raw] of rows.entries()) {
    const parsed = rowFields.safeParse(fromCsv(raw));
    if (!parsed.success) {
      results.push({
        row: i + 1,
        status: "invalid",
        errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      });
    } else if (parsed.data.measuredOn < baby.dateOfBirth) {
      results.push({
        row: i + 1,
        status: "invalid",
        errors: { measuredOn: [`Date measured cannot be before the date of birth (${baby.dateOfBirth})`] },
      });
    } else if (existing.has(sameValues(parsed.data as Measurement))) {
      results.push({ row: i + 1, status: "duplicate" });
    } else {
      existing.add(sameValues(parsed.data as Measurement));
      valid.push({ row: i + 1, values: parsed.data });
      results.push({ row: i + 1, status: "created" });
    }
  }
  if (!dryRun) {
    await chargeImport(repos, userId, valid.length, budget);
    for (const { values, row } of valid) {
      try {
        await repos.measurements.add(userId, { babyId, ...values }, access);
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
