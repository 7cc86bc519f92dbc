import { useForm } from "@tanstack/react-form";
import { profileFields, type UserProfile } from "@upnest/schemas";
import { CircleCheck, RefreshCw } from "lucide-react";
import { useMemo, useState } from "react";
import { Button } from "../../../components/button.tsx";
import { Choice } from "../../../components/choice.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { ErrorState, FormProblem, Loading } from "../../../components/states.tsx";
import { describeError, fieldErrorsOf } from "../../../lib/errors.ts";
import { firstError, zodFieldErrors } from "../../../lib/forms.ts";
import { useProfile } from "../../../lib/preferences.ts";
import type { Units } from "../../../lib/units.ts";
import { useUpdateProfile } from "../api/update-profile.ts";
import { deviceTimezone, timezoneOptions } from "../timezones.ts";

const UNITS = [
  { value: "metric", label: "Metric (kg, cm)" },
  { value: "imperial", label: "Imperial (lb + oz, in)" },
] as const;

const settingsFields = profileFields.pick({ displayName: true, units: true, timezone: true });
type SettingsValues = { displayName: string; units: Units; timezone: string };

const CONFLICT =
  "Your settings were changed somewhere else (another device or tab) since you opened this page. Reload to see them, then make your change again.";

/** Display name, units and time zone, saved at the version loaded here; a newer save elsewhere is never overwritten. */
export function SettingsForm() {
  const profile = useProfile();
  const update = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  const reload = async () => {
    await profile.refetch();
    update.reset();
  };
  return (
    <ProfileForm
      // A reloaded profile (new version) starts the form again from what is saved now.
      key={profile.data.version}
      profile={profile.data}
      pending={update.isPending}
      error={update.error}
      saved={saved}
      onReload={() => void reload()}
      onChange={() => setSaved(false)}
      onSubmit={(values) => {
        setSaved(false);
        update.mutate({ version: profile.data.version, ...values }, { onSuccess: () => setSaved(true) });
      }}
    />
  );
}

type Props = {
  profile: UserProfile;
  pending: boolean;
  error: unknown;
  saved: boolean;
  onReload: () => void;
  onChange: () => void;
  onSubmit: (values: SettingsValues) => void;
};

function ProfileForm({ profile, pending, error, saved, onReload, onChange, onSubmit }: Props) {
  const zones = useMemo(() => timezoneOptions(profile.timezone), [profile.timezone]);
  const device = useMemo(deviceTimezone, []);
  const form = useForm({
    defaultValues: {
      displayName: profile.displayName,
      units: profile.units,
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
      onChange={onChange}
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Field name="displayName">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.displayName);
          return (
            <Field
              id="s-name"
              label="Display name"
              hint="Shown to the family members you share a baby with."
              error={message}
            >
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
            legend="Units"
            hint="For every weight, length and head size you see or enter. Values are kept exactly either way."
            options={UNITS}
            value={field.state.value}
            onChange={(value) => {
              field.handleChange(value);
              onChange();
            }}
            error={firstError(field.state.meta.errors, server.units)}
          />
        )}
      </form.Field>

      <form.Field name="timezone">
        {(field) => {
          const message = firstError(field.state.meta.errors, server.timezone);
          return (
            <Field id="s-timezone" label="Time zone" error={message}>
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
                    onChange();
                  }}
                >
                  Use this device's time zone ({device.replaceAll("_", " ")})
                </Button>
              )}
            </Field>
          );
        }}
      </form.Field>

      {conflict ? (
        <div role="alert" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p>{CONFLICT}</p>
          <Button variant="secondary" onClick={onReload}>
            <RefreshCw aria-hidden className="size-4" /> Reload
          </Button>
        </div>
      ) : (
        <FormProblem error={error} fields={["displayName", "units", "timezone"]} />
      )}
      {saved && !error && (
        <p role="status" className="flex items-center gap-2 text-teal-800">
          <CircleCheck aria-hidden className="size-5" /> Settings saved
        </p>
      )}
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
