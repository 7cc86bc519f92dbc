import { type ExportDocument, exportDocument } from "@upnest/schemas";
import { FileUp } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field } from "../../../components/field.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import { newIdempotencyKey } from "../../../lib/idempotency.ts";
import { useImportDocument } from "../api/account.ts";
import { Problem, Section } from "./section.tsx";

export function JsonImportSection() {
  const run = useImportDocument();
  const t = useT();
  const [doc, setDoc] = useState<ExportDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const onFile = async (file: File | undefined) => {
    setDoc(null);
    setProblem(null);
    run.reset();
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setProblem(t("account:json.notJson"));
    }
    const parsed = exportDocument.safeParse(json);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? t("account:json.notExport"));
    setDoc(parsed.data);
    setKey(newIdempotencyKey());
  };
  const records = doc
    ? doc.babies.reduce((n, b) => n + b.measurements.length + b.vaccinations.length + b.milestones.length, 0)
    : 0;
  return (
    <Section title={t("account:json.title")}>
      <p className="text-sm text-stone-600">{t("account:json.intro")}</p>
      <Field id="json-file" label={t("account:json.file")} error={problem ?? undefined}>
        <input
          id="json-file"
          type="file"
          accept=".json,application/json"
          className="block w-full min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4"
          onChange={(e) => void onFile(e.target.files?.[0])}
          {...describedBy("json-file", problem ?? undefined)}
        />
      </Field>
      {doc && !run.isSuccess && (
        <div className="space-y-2">
          <p className="text-stone-800">
            {t("account:json.summary", {
              count: doc.babies.length,
              names: doc.babies.map((b) => b.baby.name).join(", "),
              records,
            })}
          </p>
          <Button disabled={run.isPending} onClick={() => run.mutate({ document: doc, idempotencyKey: key })}>
            <FileUp aria-hidden className="size-4" />{" "}
            {run.isPending ? t("account:json.importing") : t("account:json.import")}
          </Button>
        </div>
      )}
      {run.isError && <Problem>{describeError(run.error).message}</Problem>}
      {run.isSuccess && (
        <p role="status" className="text-teal-900">
          {t("account:json.imported", { count: run.data.babyIds.length, records: run.data.records })}
        </p>
      )}
    </Section>
  );
}
