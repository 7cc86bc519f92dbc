import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CsvForm, CsvKind } from "@upnest/schemas";
import { useTRPC } from "../../../lib/trpc.ts";

/** Reads something fresh on request (a download), with the pending and error states of a mutation. */
export function useExportAll() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...trpc.account.export.queryOptions(), staleTime: 0 }),
    meta: { done: "downloadReady" },
  });
}

export function useCsvDownload() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { babyId: string; kind: CsvKind; form: CsvForm }) =>
      queryClient.fetchQuery({ ...trpc.account.csv.queryOptions(input), staleTime: 0 }),
    meta: { done: "downloadReady" },
  });
}

export function useImportMeasurements() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.account.importMeasurements.mutationOptions({
      onSuccess: (_, input) => {
        if (!input.dryRun)
          return queryClient.invalidateQueries({
            queryKey: trpc.measurements.list.infiniteQueryKey({ babyId: input.babyId }),
          });
      },
    }),
  );
}

export function useImportDocument() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.account.import.mutationOptions({
      meta: { done: "importFinished" },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.babies.list.queryKey() }),
    }),
  );
}

export function useDeletionPreview(enabled: boolean) {
  const trpc = useTRPC();
  return useQuery(trpc.account.deletionPreview.queryOptions(undefined, { enabled, staleTime: 0 }));
}

export function useDeleteAccount() {
  const trpc = useTRPC();
  return useMutation(trpc.account.delete.mutationOptions({ meta: { done: "accountDeleted" } }));
}

export function useAccountBabies() {
  const trpc = useTRPC();
  return useQuery(trpc.babies.list.queryOptions({ limit: 100 }));
}
