import { currentLanguage, t } from "../../i18n/i18n.ts";

/** A vaccine group's status as the API gives it for parents. */
export type ParentStatus = "upcoming" | "due" | "overdue" | "no-longer-given" | "complete";

type Badge = { label: string; className: string; explanation: string };

const COLOURS: Record<ParentStatus, string> = {
  upcoming: "bg-sky-100 text-sky-900",
  due: "bg-amber-100 text-amber-900",
  overdue: "bg-orange-100 text-orange-900",
  complete: "bg-teal-100 text-teal-900",
  "no-longer-given": "bg-stone-200 text-stone-700",
};

/** The badge for a status; an unknown one (a newer API) reads as itself, in neutral colours. */
export function statusBadge(status: string): Badge {
  if (!Object.hasOwn(COLOURS, status))
    return { label: status, className: "bg-stone-200 text-stone-700", explanation: "" };
  const known = status as ParentStatus;
  return {
    label: t(`vaccines:status.${known}`),
    className: COLOURS[known],
    explanation: t(`vaccines:statusExplained.${known}`),
  };
}

/** Groups needing attention first (overdue, due), then coming up, then done or no longer given; by name within. */
const ORDER: Record<string, number> = { overdue: 0, due: 1, upcoming: 2, complete: 3, "no-longer-given": 4 };
export function byUrgency<T extends { status: string; vaccineGroup: string }>(groups: readonly T[]): T[] {
  return [...groups].sort(
    (a, b) => (ORDER[a.status] ?? 5) - (ORDER[b.status] ?? 5) || a.vaccineGroup.localeCompare(b.vaccineGroup),
  );
}

type Evaluation = { antigen: string; status: string; reason?: string | undefined };
type Dose = { counted: boolean; evaluations: readonly Evaluation[] };

/** What a recorded dose counts for, one line per antigen, in the API's plain words. */
export function doseVerdict(
  dose: Dose,
  schedule: string,
): { counts: "yes" | "no" | "partly" | "not-evaluated"; lines: string[] } {
  const scheduleName = t(`vaccines:scheduleShort.${schedule === "who" ? "who" : "cdc"}`);
  if (!dose.counted)
    return { counts: "not-evaluated", lines: [t("vaccines:verdict.notEvaluated", { schedule: scheduleName })] };
  if (dose.evaluations.length === 0)
    return { counts: "yes", lines: [t("vaccines:verdict.counted", { schedule: scheduleName })] };
  // Antigens a dose simply counts for share one line; anything with a reason gets its own.
  const plain = dose.evaluations.filter((e) => e.status === "valid" && !e.reason).map((e) => e.antigen);
  const list = new Intl.ListFormat(currentLanguage(), { style: "long", type: "unit" });
  const lines = plain.length > 0 ? [t("vaccines:verdict.countsFor", { antigens: list.format(plain) })] : [];
  for (const e of dose.evaluations) {
    if (e.status === "valid") {
      if (e.reason) lines.push(t("vaccines:verdict.withReason", { antigen: e.antigen, reason: e.reason }));
      continue;
    }
    const why = e.reason ?? t(e.status === "extraneous" ? "vaccines:verdict.notNeeded" : "vaccines:verdict.notCounted");
    lines.push(t("vaccines:verdict.doesNotCount", { antigen: e.antigen, reason: why }));
  }
  const valid = dose.evaluations.filter((e) => e.status === "valid").length;
  return { counts: valid === dose.evaluations.length ? "yes" : valid === 0 ? "no" : "partly", lines };
}

/** Products matching what was typed (name or CVX code), best matches first, at most `limit`. */
export function searchProducts<T extends { name: string; cvx: string }>(
  products: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const q = query.trim().toLowerCase();
  if (q === "") return products.slice(0, limit);
  const scored = products
    .map((p) => {
      const name = p.name.toLowerCase();
      const score =
        p.cvx === q || name === q ? 0 : name.startsWith(q) ? 1 : name.includes(q) ? 2 : p.cvx.startsWith(q) ? 3 : -1;
      return { p, score };
    })
    .filter((s) => s.score >= 0);
  return scored
    .sort((a, b) => a.score - b.score || a.p.name.length - b.p.name.length)
    .slice(0, limit)
    .map((s) => s.p);
}
