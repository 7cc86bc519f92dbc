import { Link } from "@tanstack/react-router";
import type { Role } from "@upnest/schemas";
import { useBabies } from "../features/babies/api/babies.ts";
import { useT } from "../i18n/use-t.ts";

export type BabyTab = "today" | "growth" | "vaccinations" | "health" | "milestones" | "caregivers" | "history";

const TABS = [
  { tab: "today", label: "care:title", to: "/babies/$babyId" },
  { tab: "growth", label: "nav.growth", to: "/babies/$babyId/measurements" },
  { tab: "vaccinations", label: "nav.vaccinations", to: "/babies/$babyId/vaccinations" },
  { tab: "health", label: "health:title", to: "/babies/$babyId/health" },
  { tab: "milestones", label: "nav.milestones", to: "/babies/$babyId/milestones" },
  { tab: "caregivers", label: "nav.family", to: "/babies/$babyId/caregivers" },
  { tab: "history", label: "nav.history", to: "/babies/$babyId/history" },
] as const;

/** The catalog key of a section's name as its tab says it (also the start of the page's title). */
export const tabLabel = (tab: BabyTab) => TABS.find((t) => t.tab === tab)?.label ?? TABS[0].label;

/**
 * A baby's sections as tabs, and (with more than one child) the children as one-tap chips that open
 * the same section for the other child. History is for owners only.
 */
export function BabyNav({ babyId, role, current }: { babyId: string; role: Role; current: BabyTab }) {
  const babies = useBabies();
  const t = useT();
  const others = babies.data?.items ?? [];
  const here = TABS.find((tab) => tab.tab === current) ?? TABS[0];
  return (
    <div className="space-y-3">
      {others.length > 1 && (
        <nav aria-label={t("nav.switchChild")} className="-mx-4 overflow-x-auto px-4">
          <ul className="flex gap-2">
            {others.map((b) => (
              <li key={b.babyId}>
                <Link
                  to={here.to}
                  params={{ babyId: b.babyId }}
                  activeOptions={{ exact: true }}
                  aria-current={b.babyId === babyId ? "page" : undefined}
                  className="inline-flex min-h-11 items-center whitespace-nowrap rounded-full border border-stone-300 bg-white px-4 text-sm font-medium text-stone-700 aria-[current=page]:border-teal-700 aria-[current=page]:bg-teal-700 aria-[current=page]:text-white"
                >
                  {b.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <nav aria-label={t("nav.babySections")} className="-mx-4 overflow-x-auto border-b border-stone-200 px-4">
        <ul className="flex">
          {TABS.filter((tab) => tab.tab !== "history" || role === "owner").map((tab) => (
            <li key={tab.tab} className="flex-1">
              <Link
                to={tab.to}
                params={{ babyId }}
                activeOptions={{ exact: true }}
                aria-current={tab.tab === current ? "page" : undefined}
                className="flex min-h-11 w-full items-center justify-center whitespace-nowrap border-b-2 border-transparent px-2 text-sm font-medium text-stone-600 hover:text-teal-800 aria-[current=page]:border-teal-700 aria-[current=page]:text-teal-800"
              >
                {t(tab.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
