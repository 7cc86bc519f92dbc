import type { UserProfile } from "@upnest/schemas";
import { RefreshCw } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Button } from "../../../components/button.tsx";
import { describedBy, Field, inputClass } from "../../../components/field.tsx";
import { FormProblem } from "../../../components/states.tsx";
import { i18n } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { describeError } from "../../../lib/errors.ts";
import { notify } from "../../../lib/notify.ts";
import { Section } from "../../account/components/section.tsx";
import { useSaveNotifications } from "../api/reminders.ts";
import { formValues, type ReminderFormValues, toPreferences } from "../preferences.ts";

/**
 * E-mail on or off, the topics and quiet hours, saved to the person's profile at the version it was read at (a
 * save from another device in between is never overwritten: the person is told and reloads). Whether devices
 * get notifications is the device section's; it is kept as saved.
 */
export function ChoicesForm({ profile, onReload }: { profile: UserProfile; onReload: () => void }) {
  const t = useT();
  const update = useSaveNotifications();
  const [values, setValues] = useState<ReminderFormValues>(() => formValues(profile.notifications));
  const [problems, setProblems] = useState<Partial<Record<"from" | "to", string>>>({});
  const set = <K extends keyof ReminderFormValues>(key: K, value: ReminderFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const conflict = update.error !== null && describeError(update.error).kind === "conflict";
  const check = (key: "email" | "vaccines" | "medicines" | "visits", label: string, hint?: string) => (
    <Check checked={values[key]} onChange={(on) => set(key, on)} hint={hint}>
      {label}
    </Check>
  );
  return (
    <Section title={t("reminders:choices.title")}>
      <form
        noValidate
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          const result = toPreferences(values, profile.notifications);
          setProblems(result.ok ? {} : result.fields);
          if (result.ok)
            update.mutate(
              { profile, notifications: result.value },
              { onSuccess: () => notify("done", () => i18n.t("reminders:choices.saved")) },
            );
        }}
      >
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-medium text-stone-800">{t("reminders:choices.channels")}</legend>
          {check("email", t("reminders:choices.email"), t("reminders:choices.emailHint", { email: profile.email }))}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-medium text-stone-800">{t("reminders:choices.topics")}</legend>
          {check("vaccines", t("reminders:choices.vaccines"))}
          {check("medicines", t("reminders:choices.medicines"))}
          {check("visits", t("reminders:choices.visits"))}
        </fieldset>
        <div className="space-y-2">
          <Check
            checked={values.quiet}
            onChange={(on) => set("quiet", on)}
            hint={t("reminders:choices.quietHint", { zone: profile.timezone.replaceAll("_", " ") })}
          >
            {t("reminders:choices.quiet")}
          </Check>
          {values.quiet && (
            <div className="grid grid-cols-2 gap-3">
              {(["from", "to"] as const).map((end) => (
                <Field key={end} id={`quiet-${end}`} label={t(`reminders:choices.${end}`)} error={problems[end]}>
                  <input
                    id={`quiet-${end}`}
                    type="time"
                    required
                    className={inputClass}
                    value={values[end]}
                    onChange={(e) => set(end, e.target.value)}
                    {...describedBy(`quiet-${end}`, problems[end])}
                  />
                </Field>
              ))}
            </div>
          )}
        </div>
        {conflict ? (
          <div role="alert" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
            <p>{t("settings:conflict")}</p>
            <Button variant="secondary" onClick={onReload}>
              <RefreshCw aria-hidden className="size-4" /> {t("common:reload")}
            </Button>
          </div>
        ) : (
          <FormProblem error={update.error} fields={["notifications"]} />
        )}
        <Button type="submit" className="w-full sm:w-auto" disabled={update.isPending}>
          {update.isPending ? t("common:saving") : t("reminders:choices.submit")}
        </Button>
      </form>
    </Section>
  );
}

/** A large checkbox row (easy to hit on a phone), with an optional line under its label. */
function Check({
  checked,
  onChange,
  hint,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string | undefined;
  children: ReactNode;
}) {
  return (
    <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2">
      <input
        type="checkbox"
        className="size-5 shrink-0 accent-teal-700"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="min-w-0">
        <span className="block text-stone-900">{children}</span>
        {hint && <span className="block text-sm text-stone-600">{hint}</span>}
      </span>
    </label>
  );
}
