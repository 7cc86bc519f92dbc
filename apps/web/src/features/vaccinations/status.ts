/** A vaccine group's status as the API gives it for parents. */
export type ParentStatus = "upcoming" | "due" | "overdue" | "no-longer-given" | "complete";

type Badge = { label: string; className: string; explanation: string };

const BADGES: Record<ParentStatus, Badge> = {
  upcoming: { label: "Upcoming", className: "bg-sky-100 text-sky-900", explanation: "The next dose is not due yet." },
  due: {
    label: "Due",
    className: "bg-amber-100 text-amber-900",
    explanation: "The recommended time has come: book it at the next visit.",
  },
  overdue: {
    label: "Overdue",
    className: "bg-orange-100 text-orange-900",
    explanation: "The recommended window has passed. It is usually not too late: ask about catching up.",
  },
  complete: {
    label: "Complete",
    className: "bg-teal-100 text-teal-900",
    explanation: "Every dose needed has been given.",
  },
  "no-longer-given": {
    label: "No longer given",
    className: "bg-stone-200 text-stone-700",
    explanation: "Past the age for this vaccine, or not recommended right now.",
  },
};

/** The badge for a status; an unknown one (a newer API) reads as itself, in neutral colours. */
export function statusBadge(status: string): Badge {
  return Object.hasOwn(BADGES, status)
    ? BADGES[status as ParentStatus]
    : { label: status, className: "bg-stone-200 text-stone-700", explanation: "" };
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
  const scheduleName = schedule === "who" ? "WHO" : "CDC";
  if (!dose.counted)
    return {
      counts: "not-evaluated",
      lines: [`Kept on record; the ${scheduleName} schedule does not evaluate this vaccine.`],
    };
  if (dose.evaluations.length === 0) return { counts: "yes", lines: [`Counted on the ${scheduleName} schedule.`] };
  // Antigens a dose simply counts for share one line; anything with a reason gets its own.
  const plain = dose.evaluations.filter((e) => e.status === "valid" && !e.reason).map((e) => e.antigen);
  const lines = plain.length > 0 ? [`Counts for ${plain.join(", ")}.`] : [];
  for (const e of dose.evaluations) {
    if (e.status === "valid") {
      if (e.reason) lines.push(`${e.antigen}: ${e.reason}`);
      continue;
    }
    const why = e.reason ?? (e.status === "extraneous" ? "It was not needed." : "It does not count.");
    lines.push(`${e.antigen}: does not count. ${why}`);
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
