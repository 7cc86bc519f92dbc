import type { Units } from "@upnest/i18n";
import { Baby, ChevronRight, Droplets, Milk, Moon, NotebookPen, Soup, Timer as TimerIcon, Waves } from "lucide-react";
import type { ReactNode } from "react";
import { LabelChips } from "../../../components/labels.tsx";
import { Empty } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { describeEntry, entryTimes } from "../describe.ts";
import { type CareEntry, type CareKind, idOf } from "../entries.ts";

const ICONS: Record<CareKind, ReactNode> = {
  feedings: <Milk aria-hidden className="size-5" />,
  sleeps: <Moon aria-hidden className="size-5" />,
  diapers: <Droplets aria-hidden className="size-5" />,
  pumpings: <Waves aria-hidden className="size-5" />,
  tummyTimes: <Baby aria-hidden className="size-5" />,
  careNotes: <NotebookPen aria-hidden className="size-5" />,
  customEntries: <TimerIcon aria-hidden className="size-5" />,
};
const iconOf = (entry: CareEntry) =>
  entry.kind === "feedings" && entry.record.method === "solids" ? (
    <Soup aria-hidden className="size-5" />
  ) : (
    ICONS[entry.kind]
  );

/** The day's entries, newest first, each opening its form (for people who may change them). */
export function EntryList({
  entries,
  zone,
  units,
  canWrite,
  onOpen,
}: {
  entries: readonly CareEntry[];
  zone: string;
  units: Units;
  canWrite: boolean;
  onOpen: (entry: CareEntry) => void;
}) {
  const t = useT();
  return (
    <section aria-labelledby="entries-heading" className="space-y-2">
      <h2 id="entries-heading" className="text-lg font-semibold text-stone-900">
        {t("care:list.heading")}
      </h2>
      {entries.length === 0 ? (
        <Empty title={t("care:list.empty")}>
          {canWrite && <p className="text-sm text-stone-600">{t("care:list.emptyText")}</p>}
        </Empty>
      ) : (
        <ul aria-label={t("care:list.label")} className="divide-y divide-stone-200 rounded-2xl bg-white shadow-sm">
          {entries.map((entry) => {
            const { title, details } = describeEntry(entry, units, zone);
            const time = entryTimes(entry, zone);
            const body = (
              <>
                <span className="mt-0.5 text-teal-700">{iconOf(entry)}</span>
                <span className="min-w-0 flex-1">
                  <span className="block text-sm tabular-nums text-stone-600">{time}</span>
                  <span className="block break-words font-medium text-stone-900">{title}</span>
                  {details.length > 0 && (
                    <span className="block break-words text-sm text-stone-600">{details.join(" · ")}</span>
                  )}
                  <LabelChips labels={"labels" in entry.record ? entry.record.labels : undefined} />
                </span>
              </>
            );
            return (
              <li key={idOf(entry)}>
                {canWrite ? (
                  <button
                    type="button"
                    className="flex min-h-14 w-full items-start gap-3 px-4 py-3 text-left hover:bg-stone-50"
                    onClick={() => onOpen(entry)}
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
