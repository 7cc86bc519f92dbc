import { Link } from "@tanstack/react-router";
import { formatNumber } from "@upnest/i18n";
import { RefreshCw } from "lucide-react";
import { Button, buttonClass } from "../../../components/button.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import type { RunState } from "../use-import-run.ts";

type Props = { state: Exclude<RunState, { status: "idle" }>; onResume: () => void; onAnother: () => void };

/** The import as it runs: a progress bar in entries; a refusal with what was done and a way on; the end, with links. */
export function RunPanel({ state, onResume, onAnother }: Props) {
  const t = useT();
  const language = currentLanguage();
  const { progress, jobs } = state;
  const n = (value: number) => formatNumber(value, language, 0);
  const counts = { done: n(progress.done), total: n(progress.total) };
  return (
    <section aria-label={t("imports:run.progressLabel")} className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      {state.status !== "done" && (
        <div className="space-y-1">
          <p className="text-stone-800" aria-live="polite">
            {state.status === "running" && state.adding
              ? t("imports:run.adding", { name: state.adding })
              : t("imports:run.progress", counts)}
          </p>
          <div
            role="progressbar"
            aria-label={t("imports:run.progressLabel")}
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
            aria-valuetext={t("imports:run.progress", counts)}
            className="h-3 overflow-hidden rounded-full bg-stone-200"
          >
            <div
              className="h-full bg-teal-700 transition-[width]"
              style={{ width: `${progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100)}%` }}
            />
          </div>
        </div>
      )}
      {state.status === "stopped" && (
        <div className="space-y-3">
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            {describeError(state.error).message}
          </p>
          <p className="text-stone-800">{t("imports:run.stopped", counts)}</p>
          <Button onClick={onResume}>
            <RefreshCw aria-hidden className="size-4" /> {t("imports:run.continue")}
          </Button>
        </div>
      )}
      {state.status === "done" && (
        <div className="space-y-3">
          <p role="status" className="text-lg font-medium text-teal-900">
            {t("imports:run.done", {
              count: progress.created,
              created: n(progress.created),
              already: n(progress.alreadyImported),
            })}
          </p>
          <ul className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
            {jobs.map((job) => {
              const babyId = progress.babyIds[job.childId];
              return babyId ? (
                <li key={job.childId}>
                  <Link
                    to="/babies/$babyId"
                    params={{ babyId }}
                    className={buttonClass("secondary", "w-full sm:w-auto")}
                  >
                    {t("imports:run.open", { name: job.name })}
                  </Link>
                </li>
              ) : null;
            })}
          </ul>
          <Button variant="quiet" onClick={onAnother}>
            {t("imports:run.another")}
          </Button>
        </div>
      )}
    </section>
  );
}
