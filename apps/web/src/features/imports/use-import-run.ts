import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { newIdempotencyKey } from "../../lib/idempotency.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { type Job, type Progress, runImport, startProgress } from "./plan.ts";

export type RunState =
  | { status: "idle" }
  | { status: "running"; jobs: Job[]; progress: Progress; adding?: string }
  | { status: "stopped"; jobs: Job[]; progress: Progress; error: unknown }
  | { status: "done"; jobs: Job[]; progress: Progress };

/**
 * The import's run: new babies created (once each: a retried create has the same idempotency key), then each child's
 * batches sent in order, progress after each. A refusal stops it with what was done; `resume` goes on from there.
 */
export function useImportRun(zone: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The page says why a step failed; no notice on top of it.
  const createBaby = useMutation(trpc.babies.create.mutationOptions({ meta: { quietFailure: true } }));
  const send = useMutation(trpc.imports.babyBuddyRecords.mutationOptions({ meta: { quietFailure: true } }));
  const [state, setState] = useState<RunState>({ status: "idle" });
  const createKeys = useRef(new Map<string, string>());

  const run = async (jobs: Job[], from: Progress) => {
    let last = from;
    setState({ status: "running", jobs, progress: from });
    try {
      const progress = await runImport(jobs, from, {
        createBaby: async ({ childId, target }) => {
          setState({ status: "running", jobs, progress: last, adding: target.name });
          const key = createKeys.current.get(childId) ?? newIdempotencyKey();
          createKeys.current.set(childId, key);
          const baby = await createBaby.mutateAsync({
            name: target.name.trim(),
            dateOfBirth: target.dateOfBirth,
            // The page checked every new baby with the create's own schema first: the sex is chosen.
            sex: target.sex as "female" | "male",
            timeZone: zone,
            idempotencyKey: key,
          });
          return baby.babyId;
        },
        send: (babyId, records) => send.mutateAsync({ babyId, records }),
        onProgress: (progress) => {
          last = progress;
          setState({ status: "running", jobs, progress });
        },
      });
      setState({ status: "done", jobs, progress });
    } catch (error) {
      setState({ status: "stopped", jobs, progress: last, error });
    } finally {
      // New babies and their entries: every list reads again.
      await queryClient.invalidateQueries();
    }
  };

  return {
    state,
    start: (jobs: Job[]) => run(jobs, startProgress(jobs)),
    resume: () => {
      if (state.status === "stopped") void run(state.jobs, state.progress);
    },
    reset: () => setState({ status: "idle" }),
  };
}
