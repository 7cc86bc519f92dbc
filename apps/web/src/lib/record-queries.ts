import { useQueryClient } from "@tanstack/react-query";
import type { babyRecordTypes } from "@upnest/schemas";
import { useTRPC } from "./trpc.ts";

/** A record type of the registry (packages/schemas, `babyRecordTypes`): its router has the same name. */
export type RecordKind = (typeof babyRecordTypes)[number]["kind"];

/**
 * After any change to a baby's records of one type, every query of that type's router (its list, and views
 * built on it such as the vaccination status, the milestone view or the growth charts) is read again.
 */
export function useRefreshRecords(kind: RecordKind) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc[kind].pathKey() });
}
