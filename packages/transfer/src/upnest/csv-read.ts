import type { BabyRecordDefinition, RuleFacts, ValuesOf } from "@upnest/schemas";
import { z } from "zod";
import { storedCell } from "./csv-cells.ts";
import { importHeaders } from "./csv-columns.ts";

/** What became of one row of an imported CSV (rows numbered from 1), with its problems by field. */
export type RowResult = {
  row: number;
  status: "created" | "duplicate" | "invalid";
  errors?: Record<string, string[] | undefined>;
};

const headersByType = new WeakMap<BabyRecordDefinition, ReturnType<typeof importHeaders>>();
const headersOf = (definition: BabyRecordDefinition) => {
  const known = headersByType.get(definition) ?? importHeaders(definition);
  headersByType.set(definition, known);
  return known;
};

/**
 * One row of a CSV as the values it stands for. Numbers and yes/no arrive as text; an empty cell means "not
 * recorded". Headers are the field names (the machine form) or a column's header in either language (the readable
 * form), whose words are read back.
 */
export function valuesFromCsvRow(definition: BabyRecordDefinition, row: Record<string, unknown>) {
  const headers = headersOf(definition);
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
}

/** A row read and checked: its values as the type's schema gives them, or its problems by field. */
export type CheckedRow<D extends BabyRecordDefinition> =
  | { ok: true; values: ValuesOf<D> }
  | { ok: false; errors: Record<string, string[]> };

/** Reads one row and checks it as a record of `definition` for this baby (its schema, then rules such as not before birth). */
export function checkCsvRow<D extends BabyRecordDefinition>(
  definition: D,
  baby: RuleFacts,
  row: Record<string, unknown>,
): CheckedRow<D> {
  const parsed = definition.values.safeParse(valuesFromCsvRow(definition, row));
  if (!parsed.success)
    return { ok: false, errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const problem = definition.check?.(baby, parsed.data as never);
  return problem
    ? { ok: false, errors: { [problem.field]: [problem.message] } }
    : { ok: true, values: parsed.data as ValuesOf<D> };
}

/** How many rows of a report were (or would be) created, were already there, and could not be imported. */
export function tallyRows(results: readonly Pick<RowResult, "status">[]) {
  return {
    created: results.filter((r) => r.status === "created").length,
    duplicates: results.filter((r) => r.status === "duplicate").length,
    invalid: results.filter((r) => r.status === "invalid").length,
  };
}
