import type { RouterOutputs } from "@upnest/api";
import { CalendarClock } from "lucide-react";
import { currentLanguage } from "../../../i18n/i18n.ts";
import { useT } from "../../../i18n/use-t.ts";
import { showDate } from "../../../lib/dates.ts";
import { shortGroupName } from "../status.ts";

type Overview = RouterOutputs["vaccinations"]["overview"];
type Visit = Overview["nextVisits"][number];

/** "DTaP, Hib, PCV, polio, rotavirus" in the app's language. */
const listOf = (groups: readonly string[]) =>
  new Intl.ListFormat(currentLanguage(), { style: "short", type: "unit" }).format(groups.map(shortGroupName));

/** A visit's date as a parent reads it: "now" for doses already due or overdue (their date is the assessment's). */
function useVisitDate() {
  const t = useT();
  return (visit: Visit, today: string) => (visit.date <= today ? t("vaccines:visit.now") : showDate(visit.date));
}

/** Each dose of a visit with its window: from when it can be given, when it is due, when it is overdue. */
function VisitDoses({ visit }: { visit: Visit }) {
  const t = useT();
  return (
    <ul className="space-y-1 text-sm">
      {visit.doses.map((d) => (
        <li key={d.group} className="wrap-anywhere text-stone-700">
          <span className="inline-block font-medium text-stone-900 first-letter:uppercase">
            {d.doseNumber
              ? t("vaccines:visit.doseOf", { group: shortGroupName(d.group), number: d.doseNumber })
              : shortGroupName(d.group)}
          </span>
          {" · "}
          {d.pastDue
            ? t("vaccines:visit.windowOverdue", {
                earliest: showDate(d.earliest),
                recommended: showDate(d.recommended),
                pastDue: showDate(d.pastDue),
              })
            : t("vaccines:visit.window", { earliest: showDate(d.earliest), recommended: showDate(d.recommended) })}
        </li>
      ))}
    </ul>
  );
}

/** The page's first answer: the next visit and its vaccines (overdue first), then the later dates. */
export function NextVisits({ visits, today }: { visits: Overview["nextVisits"]; today: string }) {
  const t = useT();
  const when = useVisitDate();
  const [next, ...later] = visits;
  if (!next)
    return (
      <section aria-labelledby="next-visit" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="next-visit" className="text-lg font-semibold text-stone-900">
          {t("vaccines:visit.none")}
        </h2>
      </section>
    );
  return (
    <>
      <section
        aria-labelledby="next-visit"
        className="min-w-0 space-y-3 rounded-xl border border-sky-200 bg-sky-50 p-4 text-sky-950"
      >
        <h2 id="next-visit" className="flex items-start gap-2 text-lg font-semibold">
          <CalendarClock aria-hidden className="mt-1 size-5 shrink-0" />
          <span className="min-w-0 wrap-anywhere">
            {t("vaccines:visit.next", { date: when(next, today), groups: listOf(next.groups) })}
          </span>
        </h2>
        {next.overdue && (
          <p className="rounded-lg bg-orange-100 px-3 py-2 text-sm font-medium text-orange-900">
            {t("vaccines:visit.overdueNote")}
          </p>
        )}
        <VisitDoses visit={next} />
      </section>
      {later.length > 0 && (
        <section aria-labelledby="later-visits" className="space-y-2">
          <h2 id="later-visits" className="text-lg font-semibold text-stone-900">
            {t("vaccines:visit.later")}
          </h2>
          <ul aria-label={t("vaccines:visit.later")} className="space-y-2">
            {later.map((v) => (
              <li key={v.date} className="space-y-1 rounded-xl bg-white p-3 shadow-sm">
                <h3 className="wrap-anywhere font-medium text-stone-900">
                  {t("vaccines:visit.at", { date: when(v, today), groups: listOf(v.groups) })}
                </h3>
                <VisitDoses visit={v} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
