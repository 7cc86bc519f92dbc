import { Link } from "@tanstack/react-router";
import { BellRing, ChevronRight } from "lucide-react";
import { useT } from "../../../i18n/use-t.ts";

/** The settings page's way to Settings → Reminders. */
export function RemindersLink() {
  const t = useT();
  return (
    <Link
      to="/settings/reminders"
      className="flex min-h-14 items-center gap-3 rounded-2xl bg-white p-4 shadow-sm hover:bg-stone-100"
    >
      <BellRing aria-hidden className="size-6 shrink-0 text-teal-700" />
      <span className="min-w-0 flex-1">
        <span className="block font-medium text-stone-900">{t("reminders:settingsLink.label")}</span>
        <span className="block text-sm text-stone-600">{t("reminders:settingsLink.hint")}</span>
      </span>
      <ChevronRight aria-hidden className="size-5 shrink-0 text-stone-500" />
    </Link>
  );
}
