import { formatNumber, translateMessage } from "@upnest/i18n";
import { createBabyInput } from "@upnest/schemas";
import type { BabyBuddyImport } from "@upnest/transfer";
import { ArrowLeft, FileUp } from "lucide-react";
import { useState } from "react";
import { z } from "zod";
import { Button } from "../../../components/button.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { defaultTarget, entriesOf, type Job, type Target, type WritableBaby } from "../plan.ts";
import { ChildCard } from "./child-card.tsx";
import { NotImported } from "./not-imported.tsx";

type Props = {
  result: BabyBuddyImport;
  babies: readonly WritableBaby[];
  /** The person also sees babies they may only view: these are not offered. */
  viewsOthers: boolean;
  zone: string;
  busy: boolean;
  onBack: () => void;
  onImport: (jobs: Job[]) => void;
};

/** A new baby's fields checked with the create's own schema, messages in the person's language. */
function problemsOf(target: Target, zone: string): Record<string, string> {
  if (target.kind !== "new") return {};
  const parsed = createBabyInput.safeParse({ ...target, name: target.name.trim(), timeZone: zone });
  if (parsed.success) return {};
  const language = currentLanguage();
  const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(
    Object.entries(fields).flatMap(([field, messages]) =>
      messages?.[0] ? [[field, translateMessage(messages[0], language)]] : [],
    ),
  );
}

/**
 * Step 3: per Baby Buddy child, its entries by kind and the baby they go to; the rows that will not be imported, with
 * their reasons; then Import, once every new baby has its name, date of birth and sex.
 */
export function PreviewStep({ result, babies, viewsOthers, zone, busy, onBack, onImport }: Props) {
  const t = useT();
  const [targets, setTargets] = useState<Record<string, Target>>({});
  const [checked, setChecked] = useState(false);
  const targetOf = (childId: string) => {
    const child = result.children.find((c) => c.sourceId === childId);
    return targets[childId] ?? (child ? defaultTarget(child, babies) : undefined);
  };
  const birthOf = (target: Target) =>
    target.kind === "new" ? target.dateOfBirth : babies.find((b) => b.babyId === target.babyId)?.dateOfBirth;
  const plans = result.children.flatMap((child) => {
    const target = targetOf(child.sourceId);
    if (!target) return [];
    const { records, beforeBirth } = entriesOf(child, birthOf(target));
    const name =
      target.kind === "new" ? target.name.trim() : (babies.find((b) => b.babyId === target.babyId)?.name ?? "");
    return [{ child, target, records, beforeBirth, name, problems: problemsOf(target, zone) }];
  });
  const total = plans.reduce((n, p) => n + p.records.length, 0);

  const start = () => {
    setChecked(true);
    const sending = plans.filter((p) => p.records.length > 0);
    if (sending.some((p) => Object.keys(p.problems).length > 0)) return;
    onImport(sending.map((p) => ({ childId: p.child.sourceId, name: p.name, target: p.target, records: p.records })));
  };

  return (
    <div className="space-y-4">
      {plans.map((p) => (
        <ChildCard
          key={p.child.sourceId}
          child={p.child}
          target={p.target}
          babies={babies}
          viewsOthers={viewsOthers}
          onTarget={(target) => setTargets((all) => ({ ...all, [p.child.sourceId]: target }))}
          beforeBirth={p.beforeBirth}
          errors={checked ? p.problems : {}}
          disabled={busy}
        />
      ))}
      <NotImported report={result.report} />
      {total === 0 && <p className="text-stone-800">{t("imports:preview.nothing")}</p>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Button variant="secondary" disabled={busy} onClick={onBack}>
          <ArrowLeft aria-hidden className="size-4" /> {t("imports:preview.back")}
        </Button>
        <Button disabled={busy || total === 0} onClick={start}>
          <FileUp aria-hidden className="size-4" />{" "}
          {t("imports:preview.import", { count: total, entries: formatNumber(total, currentLanguage(), 0) })}
        </Button>
      </div>
    </div>
  );
}
