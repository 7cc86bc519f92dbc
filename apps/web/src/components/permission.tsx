import { CircleAlert, Eye } from "lucide-react";
import { describeError } from "../lib/errors.ts";

/** What a viewer is told instead of the API's FORBIDDEN. */
export const READ_ONLY_MESSAGE = "You can view but not change this baby's records.";

/** Whether the API refused a change because of the person's role on the baby. */
export const isForbidden = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  (error as { data?: { code?: unknown } | null }).data?.code === "FORBIDDEN";

/** A failed change in words: a role refusal in plain words, anything else as the app says it. */
export const problemMessage = (error: unknown) =>
  isForbidden(error) ? READ_ONLY_MESSAGE : describeError(error).message;

/** Shown at the top of a baby's screens for people who may only look. */
export function ReadOnlyNote() {
  return (
    <p className="flex items-start gap-2 rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
      <Eye aria-hidden className="mt-0.5 size-4 shrink-0" />
      {READ_ONLY_MESSAGE}
    </p>
  );
}

/** A failed change in one line: a role refusal in plain words, anything else as the app says it. */
export function ChangeProblem({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p
      role="alert"
      className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900"
    >
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      {problemMessage(error)}
    </p>
  );
}
