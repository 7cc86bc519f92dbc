import { X } from "lucide-react";
import { useT } from "../i18n/use-t.ts";

// A record's labels (words an import's tags gave it, "daycare"): small and quiet on its row, and in its form a
// way to remove one, so saving an edit keeps the others and never drops them unseen.

const chip = "rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-700 break-all";

/** The labels on a record's row, after its details; nothing when it has none. */
export function LabelChips({ labels }: { labels?: readonly string[] | undefined }) {
  const t = useT();
  if (!labels?.length) return null;
  return (
    <span className="mt-1 flex flex-wrap gap-1">
      <span className="sr-only">{t("labels.heading")}:</span>
      {labels.map((label) => (
        <span key={label} className={chip}>
          {label}
        </span>
      ))}
    </span>
  );
}

/** The labels in a record's form: each one with a button that removes it (what is left is saved with the record). */
export function LabelsField({
  id,
  labels,
  onChange,
}: {
  id: string;
  labels: readonly string[];
  onChange: (labels: string[]) => void;
}) {
  const t = useT();
  return (
    <fieldset className="space-y-1" aria-describedby={`${id}-hint`}>
      <legend className="text-sm font-medium text-stone-800">{t("labels.heading")}</legend>
      <p id={`${id}-hint`} className="text-sm text-stone-500">
        {labels.length > 0 ? t("labels.hint") : t("labels.allRemoved")}
      </p>
      {labels.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {labels.map((label) => (
            <li key={label} className="flex items-center rounded-full border border-stone-300 bg-white pl-3">
              <span className="break-all text-sm text-stone-800">{label}</span>
              <button
                type="button"
                className="flex size-11 shrink-0 items-center justify-center rounded-full text-stone-600 hover:bg-stone-100"
                aria-label={t("labels.remove", { label })}
                onClick={() => onChange(labels.filter((l) => l !== label))}
              >
                <X aria-hidden className="size-4" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
