import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "../../../components/button.tsx";
import { LabelChips } from "../../../components/labels.tsx";

export type ListedRecord = {
  key: string;
  title: string;
  details: string[];
  badge?: string;
  labels?: readonly string[] | undefined;
  onOpen: () => void;
};

/**
 * One section of the health page: its heading, its records (each opens its form for people who may change it)
 * or a line saying there are none, and the button that adds one.
 */
export function RecordSection({
  id,
  heading,
  records,
  empty,
  addLabel,
  onAdd,
  canWrite,
  children,
}: {
  id: string;
  heading: string;
  records: readonly ListedRecord[];
  empty: string;
  addLabel: string;
  onAdd: () => void;
  canWrite: boolean;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-stone-900">
          {heading}
        </h2>
        {canWrite && (
          <Button variant="secondary" className="min-h-11" onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </div>
      {children}
      {records.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-3 text-stone-600">{empty}</p>
      ) : (
        <ul aria-label={heading} className="divide-y divide-stone-200 rounded-2xl bg-white shadow-sm">
          {records.map((record) => {
            const body = (
              <span className="min-w-0 flex-1">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="break-words font-medium text-stone-900">{record.title}</span>
                  {record.badge && (
                    <span className="rounded-full bg-teal-50 px-2 py-0.5 text-sm text-teal-800">{record.badge}</span>
                  )}
                </span>
                {record.details.length > 0 && (
                  <span className="block break-words text-sm text-stone-600">{record.details.join(" · ")}</span>
                )}
                <LabelChips labels={record.labels} />
              </span>
            );
            return (
              <li key={record.key}>
                {canWrite ? (
                  <button
                    type="button"
                    className="flex min-h-14 w-full items-start gap-3 px-4 py-3 text-left hover:bg-stone-50"
                    onClick={record.onOpen}
                  >
                    {body}
                    <ChevronRight aria-hidden className="mt-0.5 size-5 shrink-0 text-stone-400" />
                  </button>
                ) : (
                  <div className="flex min-h-14 items-start gap-3 px-4 py-3">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
