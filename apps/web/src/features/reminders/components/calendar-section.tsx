import { CalendarPlus, Copy, RefreshCw } from "lucide-react";
import { useId } from "react";
import { Button } from "../../../components/button.tsx";
import { ConfirmButton } from "../../../components/confirm.tsx";
import { inputClass } from "../../../components/field.tsx";
import { ErrorState, Loading } from "../../../components/states.tsx";
import { i18n } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { notify } from "../../../lib/notify.ts";
import { Section } from "../../account/components/section.tsx";
import { useCalendar, useCreateCalendar, useRevokeCalendar } from "../api/reminders.ts";

/**
 * The calendar feed: a secret address of the person's due vaccines and visits (ICS) that calendar apps subscribe
 * to. Made on request; shown with Copy and how to add it; replaced ("the old one stops working") or turned off,
 * each confirmed first.
 */
export function CalendarSection() {
  const t = useT();
  const id = useId();
  const calendar = useCalendar();
  const url = calendar.data?.url ?? null;
  const create = useCreateCalendar({ renewing: url !== null });
  const revoke = useRevokeCalendar();
  const busy = create.isPending || revoke.isPending;
  const copy = async () => {
    try {
      if (!url) return;
      await navigator.clipboard.writeText(url);
      notify("done", () => i18n.t("reminders:calendar.copied"));
    } catch {
      (document.getElementById(`${id}-url`) as HTMLInputElement | null)?.select();
      notify("failed", () => i18n.t("reminders:calendar.copyFailed"));
    }
  };
  return (
    <Section title={t("reminders:calendar.title")}>
      <p className="text-stone-700">{t("reminders:calendar.intro")}</p>
      {calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : calendar.isPending ? (
        <Loading />
      ) : url === null ? (
        <Button className="w-full sm:w-auto" disabled={busy} onClick={() => create.mutate({ confirm: "new-url" })}>
          <CalendarPlus aria-hidden className="size-5" /> {t("reminders:calendar.make")}
        </Button>
      ) : (
        <div className="space-y-3">
          <div className="space-y-1">
            <label htmlFor={`${id}-url`} className="block text-sm font-medium text-stone-800">
              {t("reminders:calendar.label")}
            </label>
            <input
              id={`${id}-url`}
              readOnly
              className={`${inputClass} font-mono text-sm`}
              value={url}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <Button className="w-full sm:w-auto" onClick={() => void copy()}>
            <Copy aria-hidden className="size-4" /> {t("reminders:calendar.copy")}
          </Button>
          <details className="rounded-lg border border-stone-200 p-3">
            <summary className="cursor-pointer font-medium text-teal-800">{t("reminders:calendar.howTo")}</summary>
            <ul className="mt-2 list-disc space-y-2 pl-5 text-sm text-stone-700">
              <li>{t("reminders:calendar.google")}</li>
              <li>{t("reminders:calendar.apple")}</li>
              <li>{t("reminders:calendar.refresh")}</li>
            </ul>
          </details>
          <div className="flex flex-wrap gap-2">
            <ConfirmButton
              disabled={busy}
              title={t("reminders:calendar.renewTitle")}
              description={t("reminders:calendar.renewBody")}
              confirmLabel={t("reminders:calendar.renew")}
              onConfirm={() => create.mutate({ confirm: "new-url" })}
            >
              <RefreshCw aria-hidden className="size-4" /> {t("reminders:calendar.renew")}
            </ConfirmButton>
            <ConfirmButton
              className="border-red-300 text-red-800"
              aria-label={t("reminders:calendar.offLabel")}
              disabled={busy}
              title={t("reminders:calendar.offTitle")}
              description={t("reminders:calendar.offBody")}
              confirmLabel={t("reminders:calendar.offConfirm")}
              onConfirm={() => revoke.mutate()}
            >
              {t("reminders:calendar.off")}
            </ConfirmButton>
          </div>
        </div>
      )}
    </Section>
  );
}
