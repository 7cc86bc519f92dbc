import { Link } from "@tanstack/react-router";
import { ChevronRight, Plug } from "lucide-react";
import { useT } from "../../../i18n/use-t.ts";

/** The way from the baby's Family page to its Integrations (API keys). */
export function IntegrationsLink({ babyId }: { babyId: string }) {
  const t = useT();
  return (
    <Link
      to="/babies/$babyId/integrations"
      params={{ babyId }}
      className="flex min-h-14 items-center gap-3 rounded-xl bg-white p-4 shadow-sm hover:bg-stone-50"
    >
      <Plug aria-hidden className="size-5 shrink-0 text-teal-700" />
      <span className="min-w-0 flex-1">
        <span className="block font-medium text-stone-900">{t("integrations:link.label")}</span>
        <span className="block text-sm text-stone-600">{t("integrations:link.hint")}</span>
      </span>
      <ChevronRight aria-hidden className="size-5 shrink-0 text-stone-400" />
    </Link>
  );
}
