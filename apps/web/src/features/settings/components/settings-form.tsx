import { useForm } from "@tanstack/react-form";
import { LANGUAGE_NAMES, LANGUAGES } from "@upnest/i18n";
import { type Language, profileFields, type Theme, type UserProfile } from "@upnest/schemas";
import { RefreshCw } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ErrorState, FormProblem, Loading } from "../../../components/states.tsx";
import { describeError, fieldErrorsOf } from "../../../lib/errors.ts";
import { firstError, zodFieldErrors } from "../../../lib/forms.ts";
import { useProfile } from "../../../lib/preferences.ts";
import { rememberTheme } from "../../../lib/theme.ts";
import type { Units } from "../../../lib/units.ts";
import { useUpdateProfile } from "../api/update-profile.ts";
import { deviceTimezone, timezoneOptions } from "../timezones.ts";
import { ThemeChoice } from "./theme-choice.tsx";

const LANGUAGE_OPTIONS = LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

const settingsFields = profileFields.pick({ displayName: true, units: true, language: true, timezone: true });
type SettingsValues = { displayName: string; units: Units; language: Language; timezone: string };

/**
 * The theme (saved as soon as it is chosen), then display name, units, language and time zone, saved at the version loaded
 * here; a newer save elsewhere is never overwritten. The theme's own save moves that version on (`seen`), so the
 * form neither restarts nor reports a conflict with it.
 */
export function SettingsForm() {
  const profile = useProfile();
  const update = useUpdateProfile();
  // The theme picked here shows as chosen at once, before its save is answered.
  const [chosen, setChosen] = useState<Theme | null>(null);
  const [seen, setSeen] = useState<{ loaded: number; now: number } | null>(null);
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  const loaded = seen?.loaded ?? profile.data.version;
  const version = seen?.now ?? profile.data.version;
  const reload = async () => {
    const fresh = await profile.refetch();
    setSeen(fresh.data ? { loaded: fresh.data.version, now: fresh.data.version } : null);
    update.reset();
  };
  return (
    <div className="space-y-4">
      <ThemeChoice
        value={chosen ?? profile.data.theme}
        onChange={(theme) => {
          setChosen(theme);
          rememberTheme(theme);
          update.mutate({ version, theme }, { onSuccess: (next) => setSeen({ loaded, now: next.version }) });
        }}
      />
      <ProfileForm
        // A reloaded profile starts the form again from what is saved now.
        key={loaded}
        profile={profile.data}
        pending={update.isPending}
        error={update.error}
        onReload={() => void reload()}
        onSubmit={(values) => {
          update.mutate(
            { version, ...values },
            {
              onSuccess: (next) => {
                setSeen({ loaded, now: next.version });
              },
            },
          );
        }}
      />
    </div>
  );
}

type Props = {
  profile: UserProfile;
  pending: boolean;
  error: unknown;
  onReload: () => void;
  onSubmit: (values: SettingsValues) => void;
};

function ProfileForm({ profile, pending, error, onReload, onSubmit }: Props) {
  const { t } = useTranslation(["settings", "common"]);
  const units = [
    { value: "metric", label: t("units.metric") },
    { value: "imperial", label: t("units.imperial") },
  ] as const;
  const zones = useMemo(() => timezoneOptions(profile.timezone), [profile.timezone]);
  const device = useMemo(deviceTimezone, []);
  const form = useForm({
    defaultValues: {
      displayName: profile.displayName,
      units: profile.units,
      language: profile.language,
      timezone: profile.timezone,
    } as SettingsValues,
    validators: {
      onSubmit: ({ value }) => {
        const result = settingsFields.safeParse(value);
        return result.success
          ? undefined
          : { fields: zodFieldErrors(result.error) as Partial<Record<keyof SettingsValues, string>> };
      },
    },
    onSubmit: ({ value }) => onSubmit(settingsFields.parse(value)),
  });
  const server = error ? fieldErrorsOf(error) : {};
  const conflict = error !== null && error !== undefined && describeError(error).kind === "conflict";

  return (
    <form
      noValidate
      className="space-y-5 rounded-2xl bg-white p-4 shadow-sm sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Field name="displayName">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.displayName);
          return (
            <Field id="s-name" label={t("displayName.label")} hint={t("displayName.hint")} error={message}>
              <input
                id="s-name"
                autoComplete="nickname"
                className={inputClass}
                value={field.state.value}
                onChange={(e) => field.handleChange(e.target.value)}
                onBlur={field.handleBlur}
                {...describedBy("s-name", message)}
              />
            </Field>
          );
        }}
      </form.Field>

      <form.Field name="units">
        {(field) => (
          <Choice
            id="s-units"
            legend={t("units.legend")}
            hint={t("units.hint")}
            options={units}
            value={field.state.value}
            onChange={(value) => {
              field.handleChange(value);
            }}
            error={firstError(field.state.meta.errors, server.units)}
          />
        )}
      </form.Field>

      <form.Field name="language">
        {(field) => (
          <Choice
            id="s-language"
            legend={t("language.legend")}
            hint={t("language.hint")}
            options={LANGUAGE_OPTIONS}
            value={field.state.value}
            onChange={(value) => {
              field.handleChange(value);
            }}
            error={firstError(field.state.meta.errors, server.language)}
          />
        )}
      </form.Field>

      <form.Field name="timezone">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.timezone);
          return (
            <Field id="s-timezone" label={t("timezone.label")} error={message}>
              <select
                id="s-timezone"
                className={inputClass}
                value={field.state.value}
                onChange={(e) => field.handleChange(e.target.value)}
                onBlur={field.handleBlur}
                {...describedBy("s-timezone", message)}
              >
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll("_", " ")}
                  </option>
                ))}
              </select>
              {device && device !== field.state.value && zones.includes(device) && (
                <Button
                  variant="quiet"
                  className="-ml-2 text-sm"
                  onClick={() => {
                    field.handleChange(device);
                  }}
                >
                  {t("timezone.useDevice", { zone: device.replaceAll("_", " ") })}
                </Button>
              )}
            </Field>
          );
        }}
      </form.Field>

      {conflict ? (
        <div role="alert" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p>{t("conflict")}</p>
          <Button variant="secondary" onClick={onReload}>
            <RefreshCw aria-hidden className="size-4" /> {t("common:reload")}
          </Button>
        </div>
      ) : (
        <FormProblem error={error} fields={["displayName", "units", "language", "timezone"]} />
      )}
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? t("common:saving") : t("submit")}
      </Button>
    </form>
  );
}
