import {
  type BabyRecordDefinition,
  babyRef,
  csvForm,
  deleteAccountInput,
  importMeasurementsInput,
  measurements,
  transferSchemasOf,
} from "@upnest/schemas";
import type { z } from "zod";
import { babyCsv } from "../transfer/csv.ts";
import { exportAccount } from "../transfer/export.ts";
import { importCsvRows, importDocument } from "../transfer/import.ts";
import { babyProcedure, protectedProcedure, requireRole, router } from "../trpc/trpc.ts";

/** The account's procedures over a record registry: export, import and CSV cover every type in it. */
export function accountRouterFor<const R extends readonly [BabyRecordDefinition, ...BabyRecordDefinition[]]>(
  registry: R,
) {
  const { csvKind, exportDocument, importDocumentInput } = transferSchemasOf(registry);
  return router({
    /** All of the user's data as one JSON document. */
    export: protectedProcedure.query(
      async ({ ctx }) =>
        (await exportAccount(ctx.repos, registry, ctx.userId, ctx.email)) as unknown as z.infer<typeof exportDocument>,
    ),
    /** One baby's records of one type as CSV: for people in their profile's language, or machine-readable. */
    csv: babyProcedure(babyRef.extend({ kind: csvKind, form: csvForm })).query(async ({ ctx, input }) => {
      const { language } = await ctx.repos.users.getOrCreate(ctx.userId, ctx.email);
      const definition = registry.find((d) => d.kind === input.kind) ?? registry[0];
      return babyCsv(ctx.repos, definition, ctx.access, { form: input.form, language });
    }),
    /** Imports an export document (from this or another account); safe to retry with the same key. */
    import: protectedProcedure.input(importDocumentInput).mutation(async ({ ctx, input }) => {
      // A live account only (babies.create); its zone is an imported baby's when the file has none.
      const { timezone } = await ctx.repos.users.getOrCreate(ctx.userId, ctx.email);
      return importDocument(
        ctx.repos,
        registry,
        ctx.userId,
        input.document as never,
        input.idempotencyKey,
        ctx.limits.importRecords,
        timezone,
      );
    }),
    /** Measurement rows from a CSV, with a per-row report; `dryRun` writes nothing. */
    importMeasurements: babyProcedure(importMeasurementsInput)
      .use(requireRole("caregiver"))
      .mutation(({ ctx, input }) =>
        importCsvRows(ctx.repos, measurements, ctx.access, input, ctx.limits.importRecords),
      ),
    /** What deleting the account would delete, and which shared babies would stay for the others. */
    deletionPreview: protectedProcedure.query(({ ctx }) => ctx.repos.account.preview(ctx.userId)),
    delete: protectedProcedure
      .input(deleteAccountInput)
      .mutation(({ ctx }) => ctx.repos.account.deleteAccount(ctx.userId, ctx.email)),
  });
}
