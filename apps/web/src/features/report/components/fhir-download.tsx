import { useQueryClient } from "@tanstack/react-query";
import { FileBraces } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "../../../components/button.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { fhirFileNameOf } from "../file-name.ts";

type Step = { state: "idle" | "reading" } | { state: "ready"; url: string; file: string };

/**
 * The report page's second action: the baby's records as a FHIR R4 file (`fhir.bundle`) for a clinic's or a health
 * portal's system, downloaded as `<name>-fhir.json` (application/fhir+json).
 */
export function FhirDownload({ babyId, name }: { babyId: string; name: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ state: "idle" });
  const [error, setError] = useState<unknown>();
  useEffect(() => () => void (step.state === "ready" && URL.revokeObjectURL(step.url)), [step]);

  async function download() {
    setError(undefined);
    setStep({ state: "reading" });
    try {
      const bundle = await queryClient.fetchQuery({ ...trpc.fhir.bundle.queryOptions({ babyId }), staleTime: 0 });
      const file = fhirFileNameOf(name);
      const blob = new Blob([JSON.stringify(bundle, null, 2)], { type: "application/fhir+json" });
      const url = URL.createObjectURL(blob);
      Object.assign(document.createElement("a"), { href: url, download: file }).click();
      setStep({ state: "ready", url, file });
    } catch (e) {
      setError(e);
      setStep({ state: "idle" });
    }
  }

  return (
    <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
      <p className="text-stone-700">{t("report:page.fhirHint")}</p>
      <FormProblem error={error} fields={[]} />
      <Button
        variant="secondary"
        onClick={() => void download()}
        disabled={step.state === "reading"}
        className="w-full sm:w-auto"
      >
        <FileBraces aria-hidden className="size-5" />
        {t("report:page.fhir")}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {step.state === "reading" && t("report:page.fhirReading")}
        {step.state === "ready" && t("report:page.fhirReady", { file: step.file })}
      </p>
    </div>
  );
}
