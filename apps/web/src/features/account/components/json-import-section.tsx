import { type ExportDocument, exportDocument } from "@upnest/schemas";
import { FileUp } from "lucide-react";
import { useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field } from "../../../components/field.tsx";
import { describeError } from "../../../lib/errors.ts";
import { newIdempotencyKey } from "../../../lib/idempotency.ts";
import { useImportDocument } from "../api/account.ts";
import { Problem, Section } from "./section.tsx";

export function JsonImportSection() {
  const run = useImportDocument();
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
      return setProblem("This file is not a JSON file.");
    }
    const parsed = exportDocument.safeParse(json);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "This is not an UpNest export file.");
    setDoc(parsed.data);
    setKey(newIdempotencyKey());
  };
  const records = doc
    ? doc.babies.reduce((n, b) => n + b.measurements.length + b.vaccinations.length + b.milestones.length, 0)
    : 0;
  return (
    <Section title="Import an UpNest export (JSON)">
      <p className="text-sm text-stone-600">
        Each baby in the file is added to your account as a new baby you own. Importing the same file twice in a row
        adds it once.
      </p>
      <Field id="json-file" label="Export file" error={problem ?? undefined}>
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
            {doc.babies.length} {doc.babies.length === 1 ? "baby" : "babies"} (
            {doc.babies.map((b) => b.baby.name).join(", ")}) with {records} records.
          </p>
          <Button disabled={run.isPending} onClick={() => run.mutate({ document: doc, idempotencyKey: key })}>
            <FileUp aria-hidden className="size-4" /> {run.isPending ? "Importing…" : "Import"}
          </Button>
        </div>
      )}
      {run.isError && <Problem>{describeError(run.error).message}</Problem>}
      {run.isSuccess && (
        <p role="status" className="text-teal-900">
          Imported {run.data.babyIds.length} {run.data.babyIds.length === 1 ? "baby" : "babies"} with {run.data.records}{" "}
          records.
        </p>
      )}
    </Section>
  );
}
