import type { RouterOutputs } from "@upnest/api";
import { vaccineGroupName } from "@upnest/immunizations/words";
import { Stethoscope } from "lucide-react";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";

type WellChild = RouterOutputs["health"]["overview"]["wellChild"];
type Visit = NonNullable<WellChild["next"]>;

/** The age a check-up is at, in words: "3–5 days", "4 months", "3 years". */
export function visitAge(visit: Pick<Visit, "age">, t: ReturnType<typeof useT>): string {
  const { age } = visit;
  if ("days" in age) return t("health:wellChild.days");
  if ("months" in age) return t("health:wellChild.months", { count: age.months });
  return t("health:wellChild.years", { count: age.years });
}

/**
 * The next well-child check-up of the Bright Futures schedule ("Next check-up: 4 months, around 1 April 2027"),
 * or "due since" one whose window is still open, the vaccines usually given by then, and that the clinician sets
 * the actual appointment. `today` is the family's.
 */
export function WellChildCard({ wellChild, today }: { wellChild: WellChild; today: string }) {
  const t = useT();
  const { next } = wellChild;
  const language = currentLanguage();
  return (
    <section aria-labelledby="well-child-heading" className="space-y-2 rounded-2xl bg-teal-50 p-4">
      <h2 id="well-child-heading" className="flex items-center gap-2 text-lg font-semibold text-teal-900">
        <Stethoscope aria-hidden className="size-5" /> {t("health:wellChild.heading")}
      </h2>
      {next ? (
        <>
          <p className="font-medium text-stone-900">
            {t(next.dueOn < today ? "health:wellChild.nextSince" : "health:wellChild.next", {
              age: visitAge(next, t),
              date: showDate(next.dueOn),
            })}
          </p>
          <p className="text-stone-800">
            {next.vaccines.length > 0
              ? t("health:wellChild.vaccines", {
                  list: next.vaccines.map((group) => vaccineGroupName(group, language)).join(", "),
                })
              : t("health:wellChild.noVaccines")}
          </p>
        </>
      ) : (
        <p className="text-stone-800">{t("health:wellChild.none")}</p>
      )}
      <p className="text-sm text-stone-700">{t("health:wellChild.note")}</p>
    </section>
  );
}
