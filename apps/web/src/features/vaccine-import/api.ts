import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@upnest/api";
import { MAX_IMPORTED_DOSES } from "@upnest/schemas";
import { newIdempotencyKey } from "../../lib/idempotency.ts";
import { useTRPC, useTRPCClient } from "../../lib/trpc.ts";

export type CardReading = RouterOutputs["vaccinations"]["readRecords"];
export type ReadDose = CardReading["doses"][number];

/** A card (its JWS) or a FHIR file read on the server: verified there, its doses marked new or recorded. */
export function useReadRecords() {
  const trpc = useTRPC();
  return useMutation(trpc.vaccinations.readRecords.mutationOptions());
}

/**
 * The chosen doses, 49 at a time (one transaction each), each batch with its own request key; then the vaccines
 * page reads its overview again, so the engine's status counts them.
 */
export function useAddDoses(babyId: string) {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (doses: readonly ReadDose[]) => {
      let added = 0;
      for (let at = 0; at < doses.length; at += MAX_IMPORTED_DOSES) {
        const batch = doses.slice(at, at + MAX_IMPORTED_DOSES).map((d) => ({
          cvx: d.cvx,
          dateGiven: d.date,
          ...(d.lotNumber ? { lotNumber: d.lotNumber } : {}),
          ...(d.performer ? { clinic: d.performer } : {}),
        }));
        const result = await client.vaccinations.addDoses.mutate({
          babyId,
          idempotencyKey: newIdempotencyKey(),
          doses: batch,
        });
        added += result.added.length;
      }
      return added;
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.vaccinations.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.health.pathKey() }),
      ]),
  });
}
