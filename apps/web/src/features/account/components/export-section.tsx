import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { localToday } from "../../../lib/dates.ts";
import { downloadText } from "../../../lib/download.ts";
import { describeError } from "../../../lib/errors.ts";
import { useAccountBabies, useCsvDownload, useExportAll } from "../api/account.ts";
import { Problem, Section } from "./section.tsx";

export function ExportSection() {
  const all = useExportAll();
  const csv = useCsvDownload();
  const babies = useAccountBabies();
  const t = useT();
  // The file for people (headers in the person's language, names not codes) unless a machine one is asked for.
  const [machine, setMachine] = useState(false);
  const KINDS = [
    { kind: "measurements", label: t("account:export.measurements") },
    { kind: "vaccinations", label: t("account:export.vaccinations") },
    { kind: "milestones", label: t("account:export.milestones") },
  ] as const;
  return (
    <Section title={t("account:export.title")}>
      <p className="text-sm text-stone-600">{t("account:export.intro")}</p>
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        disabled={all.isPending}
        onClick={() =>
          all.mutate(undefined, {
            onSuccess: (doc) =>
              downloadText(`upnest-export-${localToday()}.json`, JSON.stringify(doc, null, 2), "application/json"),
          })
        }
      >
        <Download aria-hidden className="size-4" />{" "}
        {all.isPending ? t("account:export.preparing") : t("account:export.all")}
      </Button>
      {all.isError && <Problem>{describeError(all.error).message}</Problem>}
      <h3 className="pt-2 font-medium text-stone-900">{t("account:export.perBaby")}</h3>
      {!babies.data ? (
        babies.isError ? (
          <ErrorState error={babies.error} onRetry={() => void babies.refetch()} />
        ) : (
          <Loading />
        )
      ) : babies.data.items.length === 0 ? (
        <p className="text-sm text-stone-600">{t("account:export.noBabies")}</p>
      ) : (
        <ul className="space-y-3">
          <li>
            <label className="flex items-start gap-2 text-sm text-stone-700">
              <input
                type="checkbox"
                className="mt-1"
                checked={machine}
                onChange={(e) => setMachine(e.target.checked)}
              />
              <span>{t("account:export.machine")}</span>
            </label>
          </li>
          {babies.data.items.map((b) => (
            <li key={b.babyId} className="space-y-1">
              <p className="text-stone-800">{b.name}</p>
              <div className="flex flex-wrap gap-2">
                {KINDS.map((k) => (
                  <Button
                    key={k.kind}
                    variant="secondary"
                    aria-label={t("account:export.fileOf", { kind: k.label, name: b.name })}
                    disabled={csv.isPending}
                    onClick={() =>
                      csv.mutate(
                        { babyId: b.babyId, kind: k.kind, form: machine ? "machine" : "readable" },
                        { onSuccess: (file) => downloadText(file.filename, file.csv, "text/csv") },
                      )
                    }
                  >
                    <Download aria-hidden className="size-4" /> {k.label}
                  </Button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {csv.isError && <Problem>{describeError(csv.error).message}</Problem>}
    </Section>
  );
}
