import { useMemo } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { useT } from "../../../i18n/use-t.ts";
import { deviceTimezone, timezoneOptions } from "../../settings/timezones.ts";

type Props = {
  value: string;
  onChange: (zone: string) => void;
  onBlur: () => void;
  error: string | undefined;
};

/** The family's time zone, from the zones this browser knows (as in Settings), with this device's as one tap. */
export function ZoneField({ value, onChange, onBlur, error }: Props) {
  const t = useT();
  const zones = useMemo(() => timezoneOptions(value), [value]);
  const device = useMemo(deviceTimezone, []);
  return (
    <Field id="baby-zone" label={t("babies:form.timeZone")} hint={t("babies:form.timeZoneHint")} error={error}>
      <select
        id="baby-zone"
        className={inputClass}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        {...describedBy("baby-zone", error)}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      {device && device !== value && zones.includes(device) && (
        <Button variant="quiet" className="-ml-2 text-sm" onClick={() => onChange(device)}>
          {t("babies:form.useDevice", { zone: device.replaceAll("_", " ") })}
        </Button>
      )}
    </Field>
  );
}
