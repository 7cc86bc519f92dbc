import { CircleAlert, LoaderCircle, RefreshCw } from "lucide-react";
import type { ReactNode } from "react";
import { useT } from "../i18n/use-t.ts";
import { describeError, fieldErrorsOf } from "../lib/errors.ts";
import { Button } from "./button.tsx";

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p role="status" className="flex items-center justify-center gap-2 py-10 text-stone-600">
      <LoaderCircle aria-hidden className="size-5 animate-spin" />
      {label ?? t("loading")}
    </p>
  );
}

/** A failed request in words a person can act on, with a way to try again where that helps. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const problem = describeError(error);
  const canRetry = onRetry && problem.kind !== "not-found";
  return (
    <div role="alert" className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-4 text-red-900">
      <p className="flex gap-2">
        <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0" />
        {problem.message}
      </p>
      {canRetry && (
        <Button variant="secondary" onClick={onRetry}>
          <RefreshCw aria-hidden className="size-4" /> {t("tryAgain")}
        </Button>
      )}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="space-y-3 rounded-xl border border-dashed border-stone-300 bg-white p-6 text-center">
      <p className="font-medium text-stone-800">{title}</p>
      {children}
    </div>
  );
}

/**
 * Why a form was not saved, above its submit button. Messages about the form's own `fields` are shown next to
 * them, so this only points there; any other field message is listed here. `action` offers a way out (e.g. reload).
 */
export function FormProblem({
  error,
  fields,
  action,
}: {
  error: unknown;
  fields: readonly string[];
  action?: ReactNode;
}) {
  const t = useT();
  if (!error) return null;
  const byField = Object.entries(fieldErrorsOf(error));
  const elsewhere = byField.filter(([field]) => !fields.includes(field)).map(([, message]) => message);
  const highlighted = byField.length > elsewhere.length;
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-3 text-red-900">
      <p className="flex gap-2">
        <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0" />
        {highlighted ? t("problem.checkFields") : describeError(error).message}
      </p>
      {elsewhere.length > 0 && (
        <ul className="list-disc pl-7 text-sm">
          {elsewhere.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {action}
    </div>
  );
}
