import { CircleAlert, Eye } from "lucide-react";
import { useT } from "../i18n/use-t.ts";
import { describeError } from "../lib/errors.ts";

/** Whether the API refused a change because of the person's role on the baby. */
export const isForbidden = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  (error as { data?: { code?: unknown } | null }).data?.code === "FORBIDDEN";

/** Shown at the top of a baby's screens for people who may only look. */
export function ReadOnlyNote() {
  const t = useT();
  return (
    <p className="flex items-start gap-2 rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
      <Eye aria-hidden className="mt-0.5 size-4 shrink-0" />
      {t("access.viewerNote")}
    </p>
  );
}

/** A failed change in one line: a role refusal in plain words, anything else as the app says it. */
export function ChangeProblem({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return (
    <p
      role="alert"
      className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900"
    >
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      {isForbidden(error) ? t("access.notAllowed") : describeError(error).message}
    </p>
  );
}
