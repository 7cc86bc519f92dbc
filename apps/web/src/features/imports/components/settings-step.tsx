import { valueWord } from "@upnest/i18n";
import { TEMPERATURE_METHODS, type TemperatureMethod } from "@upnest/schemas";
import type { ConfirmedUnits } from "@upnest/transfer";
import { ArrowLeft, ArrowRight } from "lucide-react";
import { useMemo } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { Field, inputClass } from "../../../components/field.tsx";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { timezoneOptions } from "../../settings/timezones.ts";

/** What the person confirms about Baby Buddy's numbers and times; `method` "none" leaves temperatures out. */
export type ImportSettings = { units: ConfirmedUnits; zone: string; method: TemperatureMethod | "none" };

type Props = {
  settings: ImportSettings;
  onChange: (settings: ImportSettings) => void;
  /** Only asked when the files have temperatures. */
  askMethod: boolean;
  onBack: () => void;
  onNext: () => void;
};

const UNIT_CHOICES = {
  weight: ["kg", "lb"],
  length: ["cm", "in"],
  temperature: ["C", "F"],
  volume: ["ml", "oz"],
} as const;

/** Step 2: the units Baby Buddy's numbers were in, the zone its times were written in, how temperatures were taken. */
export function SettingsStep({ settings, onChange, askMethod, onBack, onNext }: Props) {
  const t = useT();
  const language = currentLanguage();
  const zones = useMemo(() => timezoneOptions(settings.zone), [settings.zone]);
  const methods = [
    ...TEMPERATURE_METHODS.map((m) => ({ value: m, label: valueWord("method", m, language) ?? m })),
    { value: "none" as const, label: t("imports:settings.leaveOut") },
  ];
  return (
    <div className="space-y-5">
      <p className="text-stone-700">{t("imports:settings.intro")}</p>
      {(Object.keys(UNIT_CHOICES) as (keyof ConfirmedUnits)[]).map((measure) => (
        <Choice
          key={measure}
          id={`bb-${measure}`}
          legend={t(`imports:settings.${measure}`)}
          options={UNIT_CHOICES[measure].map((unit) => ({ value: unit, label: t(`imports:settings.units.${unit}`) }))}
          value={settings.units[measure]}
          onChange={(unit) => onChange({ ...settings, units: { ...settings.units, [measure]: unit } })}
        />
      ))}
      <Field id="bb-zone" label={t("imports:settings.zone")} hint={t("imports:settings.zoneHint")}>
        <select
          id="bb-zone"
          className={inputClass}
          value={settings.zone}
          onChange={(e) => onChange({ ...settings, zone: e.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </Field>
      {askMethod && (
        <Choice
          id="bb-method"
          legend={t("imports:settings.method")}
          hint={t("imports:settings.methodHint")}
          narrow
          options={methods}
          value={settings.method}
          onChange={(method) => onChange({ ...settings, method })}
        />
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Button variant="secondary" onClick={onBack}>
          <ArrowLeft aria-hidden className="size-4" /> {t("imports:settings.back")}
        </Button>
        <Button onClick={onNext}>
          {t("imports:settings.next")} <ArrowRight aria-hidden className="size-4" />
        </Button>
      </div>
    </div>
  );
}
