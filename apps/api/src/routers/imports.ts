import { importedRecordsInput } from "@upnest/schemas";
import { importBabyBuddyRecords } from "../transfer/babybuddy-import.ts";
import { babyProcedure, requireRole, router } from "../trpc/trpc.ts";

/** Records from other apps' exports, converted in the browser (packages/transfer) and written here once each. */
export const importsRouter = router({
  /**
   * Up to 49 of Baby Buddy's records of any import kind into one baby (a caregiver's or owner's), in one
   * transaction with their audit events: a row imported before (by its import key, however long ago) is not written
   * again. Answers how many were created and how many were already there.
   */
  babyBuddyRecords: babyProcedure(importedRecordsInput)
    .use(requireRole("caregiver"))
    .mutation(({ ctx, input }) => importBabyBuddyRecords(ctx.repos, ctx.access, input, ctx.limits)),
});
