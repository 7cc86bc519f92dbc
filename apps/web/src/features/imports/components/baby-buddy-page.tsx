import type { TemperatureMethod } from "@upnest/schemas";
import { importBabyBuddy, modelOfFile } from "@upnest/transfer";
import { useMemo, useState } from "react";
import { BackLink, Page } from "../../../components/page.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { useProfile } from "../../../lib/preferences.ts";
import { useAccountBabies } from "../../account/api/account.ts";
import { useImportRun } from "../use-import-run.ts";
import { FilesStep } from "./files-step.tsx";
import { PreviewStep } from "./preview-step.tsx";
import { RunPanel } from "./run-panel.tsx";
import { type ImportSettings, SettingsStep } from "./settings-step.tsx";

const STEPS = ["files", "settings", "preview"] as const;

/**
 * Import from Baby Buddy: the export's files read on this device with @upnest/transfer, the units, zone and
 * temperature method confirmed, a preview per child mapped to a baby, then batches of 49 sent with progress.
 */
export function BabyBuddyPage() {
  const t = useT();
  const profile = useProfile();
  const babies = useAccountBabies();
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  if (babies.isError) return <ErrorState error={babies.error} onRetry={() => void babies.refetch()} />;
  if (!profile.data || !babies.data) return <Loading />;
  const imperial = profile.data.units === "imperial";
  const initial: ImportSettings = {
    units: imperial
      ? { weight: "lb", length: "in", temperature: "F", volume: "oz" }
      : { weight: "kg", length: "cm", temperature: "C", volume: "ml" },
    zone: profile.data.timezone,
    method: "none",
  };
  const all = babies.data.items;
  return (
    <Page title={t("imports:title")} back={<BackLink to="/account">{t("imports:back")}</BackLink>}>
      <ImportSteps
        initial={initial}
        babies={all.filter((b) => b.role !== "viewer")}
        viewsOthers={all.some((b) => b.role === "viewer")}
      />
    </Page>
  );
}

function ImportSteps({
  initial,
  babies,
  viewsOthers,
}: {
  initial: ImportSettings;
  babies: { babyId: string; name: string; dateOfBirth: string }[];
  viewsOthers: boolean;
}) {
  const t = useT();
  const [step, setStep] = useState<(typeof STEPS)[number]>("files");
  const [files, setFiles] = useState<Record<string, string> | null>(null);
  const [settings, setSettings] = useState(initial);
  const run = useImportRun(settings.zone);
  const hasTemperatures = Object.keys(files ?? {}).some((name) => modelOfFile(name) === "temperature");
  const method: TemperatureMethod | undefined = settings.method === "none" ? undefined : settings.method;
  const result = useMemo(
    () =>
      step === "preview" && files
        ? importBabyBuddy({ files, units: settings.units, timeZone: settings.zone, temperatureMethod: method })
        : null,
    [step, files, settings.units, settings.zone, method],
  );
  const number = STEPS.indexOf(step) + 1;
  const busy = run.state.status === "running";
  const again = () => {
    run.reset();
    setFiles(null);
    setStep("files");
  };
  return (
    <div className="space-y-4">
      <p className="text-sm font-medium text-stone-600">
        {t("imports:step", { step: number, name: t(`imports:${step}.name`) })}
      </p>
      {step === "files" && <FilesStep files={files} onFiles={setFiles} onNext={() => setStep("settings")} />}
      {step === "settings" && (
        <SettingsStep
          settings={settings}
          onChange={setSettings}
          askMethod={hasTemperatures}
          onBack={() => setStep("files")}
          onNext={() => setStep("preview")}
        />
      )}
      {step === "preview" && result && run.state.status !== "done" && (
        <PreviewStep
          result={result}
          babies={babies}
          viewsOthers={viewsOthers}
          zone={settings.zone}
          busy={busy || run.state.status === "stopped"}
          onBack={() => setStep("settings")}
          onImport={(jobs) => void run.start(jobs)}
        />
      )}
      {run.state.status !== "idle" && <RunPanel state={run.state} onResume={run.resume} onAnother={again} />}
    </div>
  );
}
