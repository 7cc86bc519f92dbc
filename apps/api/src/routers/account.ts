import { babyRef, csvKind, deleteAccountInput, importDocumentInput, importMeasurementsInput } from "@upnest/schemas";
import { babyCsv } from "../transfer/csv.ts";
import { exportAccount } from "../transfer/export.ts";
import { importDocument, importMeasurementRows } from "../transfer/import.ts";
import { protectedProcedure, router } from "../trpc/trpc.ts";

export const accountRouter = router({
  /** All of the user's data as one JSON document. */
  export: protectedProcedure.query(({ ctx }) => exportAccount(ctx.repos, ctx.userId, ctx.email)),
  /** One baby's measurements, doses or milestones as CSV. */
  csv: protectedProcedure
    .input(babyRef.extend({ kind: csvKind }))
    .query(({ ctx, input }) => babyCsv(ctx.repos, ctx.userId, input.babyId, input.kind)),
  /** Imports an export document (from this or another account); safe to retry with the same key. */
  import: protectedProcedure.input(importDocumentInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.users.getOrCreate(ctx.userId, ctx.email); // a live account only (babies.create)
    return importDocument(ctx.repos, ctx.userId, input.document, input.idempotencyKey, ctx.limits.importRecords);
  }),
  /** Measurement rows from a CSV, with a per-row report; `dryRun` writes nothing. */
  importMeasurements: protectedProcedure
    .input(importMeasurementsInput)
    .mutation(({ ctx, input }) => importMeasurementRows(ctx.repos, ctx.userId, input, ctx.limits.importRecords)),
  /** What deleting the account would delete, and which shared babies would stay for the others. */
  deletionPreview: protectedProcedure.query(({ ctx }) => ctx.repos.account.preview(ctx.userId)),
  delete: protectedProcedure
    .input(deleteAccountInput)
    .mutation(({ ctx }) => ctx.repos.account.deleteAccount(ctx.userId, ctx.email)),
});
