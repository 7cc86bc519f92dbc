import { babyRecordTypes, IMPORT_KINDS, type ImportKind, MAX_IMPORT_BATCH } from "@upnest/schemas";
import type { ImportedChild } from "@upnest/transfer";

// What the Baby Buddy import sends: each child's records, into the baby the person chose, in batches of 49.

/** A baby the person may write to (owner or caregiver): where a child's records can go. */
export type WritableBaby = { babyId: string; name: string; dateOfBirth: string };

/** Where a Baby Buddy child's records go: a new baby (its first name, date of birth and sex), or one already here. */
export type Target =
  | { kind: "new"; name: string; dateOfBirth: string; sex: "female" | "male" | "" }
  | { kind: "existing"; babyId: string };

/** One record as `imports.babyBuddyRecords` takes it. */
export type SentRecord = { kind: ImportKind; importKey: string; values: Record<string, unknown> };

/** The baby with the child's first name and date of birth, when there is one; else a new baby from child.csv. */
export function defaultTarget(child: ImportedChild, babies: readonly WritableBaby[]): Target {
  const same = babies.find(
    (b) =>
      child.firstName !== undefined &&
      b.name.trim().toLowerCase() === child.firstName.trim().toLowerCase() &&
      b.dateOfBirth === child.birthDate,
  );
  if (same) return { kind: "existing", babyId: same.babyId };
  return { kind: "new", name: child.firstName ?? "", dateOfBirth: child.birthDate ?? "", sex: "" };
}

const definitionOf = (kind: ImportKind) => babyRecordTypes.find((d) => d.kind === kind);

/**
 * The child's records as they are sent, and how many are dated before the baby's date of birth (each kind's own rule,
 * `check`, as the API holds them to): those are left out rather than refusing their whole batch.
 */
export function entriesOf(child: ImportedChild, dateOfBirth: string | undefined) {
  const records: SentRecord[] = [];
  let beforeBirth = 0;
  for (const kind of IMPORT_KINDS) {
    const definition = definitionOf(kind);
    for (const record of child.records[kind]) {
      const values = record.values as Record<string, unknown>;
      if (dateOfBirth && definition?.check?.({ dateOfBirth }, values as never)) beforeBirth += 1;
      else records.push({ kind, importKey: record.importKey, values });
    }
  }
  return { records, beforeBirth };
}

/** The number of records of each kind, for the preview. */
export const countsOf = (child: ImportedChild) =>
  IMPORT_KINDS.map((kind) => ({ kind, count: child.records[kind].length })).filter((c) => c.count > 0);

/** Records in batches of at most 49 (one transaction each). */
export function batchesOf<T>(records: readonly T[], size = MAX_IMPORT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < records.length; i += size) out.push(records.slice(i, i + size));
  return out;
}

/** One child's part of the import: where to, and what. */
export type Job = { childId: string; name: string; target: Target; records: SentRecord[] };

/** How far an import got: kept across a refusal, so continuing neither adds a baby twice nor resends a batch. */
export type Progress = {
  total: number;
  done: number;
  created: number;
  alreadyImported: number;
  /** The baby each child's records went to (a new one once created). */
  babyIds: Record<string, string>;
  /** Batches already answered, per child. */
  sent: Record<string, number>;
};

export const startProgress = (jobs: readonly Job[]): Progress => ({
  total: jobs.reduce((n, j) => n + j.records.length, 0),
  done: 0,
  created: 0,
  alreadyImported: 0,
  babyIds: {},
  sent: {},
});

export type ImportIo = {
  createBaby: (job: Job & { target: Extract<Target, { kind: "new" }> }) => Promise<string>;
  send: (babyId: string, records: SentRecord[]) => Promise<{ created: number; alreadyImported: number }>;
  onProgress: (progress: Progress) => void;
};

/**
 * Runs the import from where `from` stopped: each new baby is created once, then its batches are sent in order. A
 * refusal (the import budget, the network) is thrown after `onProgress` has the last good state to continue from.
 */
export async function runImport(jobs: readonly Job[], from: Progress, io: ImportIo): Promise<Progress> {
  let progress = from;
  for (const job of jobs) {
    let babyId = progress.babyIds[job.childId];
    if (!babyId) {
      babyId = job.target.kind === "existing" ? job.target.babyId : await io.createBaby({ ...job, target: job.target });
      progress = { ...progress, babyIds: { ...progress.babyIds, [job.childId]: babyId } };
      io.onProgress(progress);
    }
    const batches = batchesOf(job.records);
    for (let i = progress.sent[job.childId] ?? 0; i < batches.length; i++) {
      const batch = batches[i] ?? [];
      const answer = await io.send(babyId, batch);
      progress = {
        ...progress,
        done: progress.done + batch.length,
        created: progress.created + answer.created,
        alreadyImported: progress.alreadyImported + answer.alreadyImported,
        sent: { ...progress.sent, [job.childId]: i + 1 },
      };
      io.onProgress(progress);
    }
  }
  return progress;
}
