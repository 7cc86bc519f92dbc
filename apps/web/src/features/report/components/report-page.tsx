import { useQuery, useQueryClient } from "@tanstack/react-query";
import { dayOf } from "@upnest/care";
import { FileDown } from "lucide-react";
import { useEffect, useState } from "react";
import { Button, buttonClass } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { DateField, Field, inputClass } from "../../../components/field.tsx";
import { BackLink, Page } from "../../../components/page.tsx";
import { ErrorState, FormProblem, Loading } from "../../../components/states.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showDate as formatDate } from "../../../lib/dates.ts";
import { fieldErrorsOf } from "../../../lib/errors.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useBaby } from "../../babies/api/babies.ts";
import { keepQuestions, readQuestions } from "../draft.ts";
import { drawPdf } from "../draw.ts";
import { fileNameOf } from "../file-name.ts";
import { defaultChoice, type Range, type RangeChoice, rangeOf } from "../range.ts";
import { FhirDownload } from "./fhir-download.tsx";

type Step = { state: "idle" } | { state: "reading" | "drawing" } | { state: "ready"; url: string; file: string };

/**
 * The paediatrician's report: choose the dates, write the questions for the visit (kept on this device), and one
 * tap reads `report.data` and draws the PDF in the browser, in the app's language, then downloads it. Below it, the
 * same records as a FHIR file for a clinic's system.
 */
export function ReportPage({ babyId }: { babyId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const baby = useBaby(babyId);
  const zone = useQuery(trpc.care.zone.queryOptions({ babyId }, { staleTime: 5 * 60_000 }));
  const visits = useQuery(trpc.visits.list.queryOptions({ babyId, limit: 1 }));
  const lastVisit = visits.data?.items[0]?.visitedOn;
  const today = zone.data ? dayOf(Date.now(), zone.data.timeZone) : undefined;
  const [choice, setChoice] = useState<RangeChoice | undefined>();
  const [custom, setCustom] = useState<Range | undefined>();
  const [questions, setQuestions] = useState(() => readQuestions(localStorage, babyId));
  const [step, setStep] = useState<Step>({ state: "idle" });
  const [error, setError] = useState<unknown>();
  useEffect(() => () => void (step.state === "ready" && URL.revokeObjectURL(step.url)), [step]);

  const failed = [baby, zone, visits].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!baby.data || !today || visits.isPending) return <Loading />;
  const dateOfBirth = baby.data.dateOfBirth;
  const chosen = choice ?? defaultChoice(lastVisit);
  const range =
    chosen === "custom"
      ? (custom ?? rangeOf("last-year", { today, dateOfBirth, lastVisit }))
      : rangeOf(chosen, { today, dateOfBirth, lastVisit });
  const language = currentLanguage();
  const busy = step.state === "reading" || step.state === "drawing";
  const fieldErrors = fieldErrorsOf(error);

  async function make() {
    setError(undefined);
    setStep({ state: "reading" });
    try {
      const data = await queryClient.fetchQuery({
        ...trpc.report.data.queryOptions({ babyId, ...range }),
        staleTime: 0,
      });
      setStep({ state: "drawing" });
      // The PDF library and the document load only now, in the worker that draws the pages.
      const blob = await drawPdf({ data, questions, language });
      const file = fileNameOf(data.baby.name, data.range.to);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement("a"), { href: url, download: file });
      link.click();
      setStep({ state: "ready", url, file });
    } catch (e) {
      setError(e);
      setStep({ state: "idle" });
    }
  }

  const options: { value: RangeChoice; label: string }[] = [
    ...(lastVisit
      ? [{ value: "since-visit" as const, label: t("report:page.sinceVisit", { date: formatDate(lastVisit) }) }]
      : []),
    { value: "last-year", label: t("report:page.lastYear") },
    { value: "whole", label: t("report:page.whole") },
    { value: "custom", label: t("report:page.custom") },
  ];
  return (
    <Page
      title={t("report:title")}
      documentTitle={[t("report:title"), baby.data.name]}
      back={
        <BackLink to="/babies/$babyId" params={{ babyId }}>
          {baby.data.name}
        </BackLink>
      }
    >
      <p className="text-stone-700">{t("report:page.intro")}</p>
      <div className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
        <Choice
          id="report-range"
          legend={t("report:page.range")}
          options={options}
          value={chosen}
          onChange={setChoice}
        />
        {chosen === "custom" ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <DateField
              id="report-from"
              label={t("report:page.from")}
              value={range.from}
              error={fieldErrors.from}
              onChange={(from) => setCustom({ ...range, from })}
            />
            <DateField
              id="report-to"
              label={t("report:page.to")}
              value={range.to}
              error={fieldErrors.to}
              onChange={(to) => setCustom({ ...range, to })}
            />
          </div>
        ) : (
          <p className="text-sm text-stone-600">
            {formatDate(range.from)} – {formatDate(range.to)}
          </p>
        )}
        <Field id="report-questions" label={t("report:page.questions")} hint={t("report:page.questionsHint")}>
          <textarea
            id="report-questions"
            rows={5}
            className={`${inputClass} py-2`}
            value={questions}
            onChange={(e) => {
              setQuestions(e.target.value);
              keepQuestions(localStorage, babyId, e.target.value);
            }}
          />
        </Field>
        <FormProblem error={error} fields={chosen === "custom" ? ["from", "to"] : []} />
        <Button onClick={() => void make()} disabled={busy} className="w-full sm:w-auto">
          <FileDown aria-hidden className="size-5" />
          {t("report:page.make")}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-stone-700">
          {step.state === "reading" && t("report:page.reading")}
          {step.state === "drawing" && t("report:page.drawing")}
          {step.state === "ready" && t("report:page.ready", { file: step.file })}
        </p>
        {step.state === "ready" && (
          <a href={step.url} download={step.file} className={buttonClass("secondary")}>
            {t("report:page.open")}
          </a>
        )}
      </div>
      <FhirDownload babyId={babyId} name={baby.data.name} />
    </Page>
  );
}
